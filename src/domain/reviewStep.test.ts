import { describe, expect, it } from 'vitest';
import { actionChangeRight, calendarDate, checkActionChange, checkReview, isOverdue } from './actionPlan.ts';
import { applyAll, facilitator, onStep, p1, refusal, run, STEP } from './testing/workshopBuilder.ts';
import type { Command } from './testing/workshopBuilder.ts';
import type { ActionStatus, ReviewItem } from './workshopState.ts';

const item = (id: string, fields: Partial<ReviewItem> = {}): ReviewItem => ({
  id,
  what: `Handling ${id}`,
  problem: '',
  who: 'Mette',
  due: '2026-03-01',
  status: 'open',
  scope: 'ours',
  upwardTo: null,
  decidedIn: 'Kompas før',
  outcome: null,
  ...fields,
});

const review = (actionId: string, outcome: Command<'action.review'>['outcome'], due: string | null = null, comment = ''): Command<'action.review'> => ({
  type: 'action.review',
  actionId,
  outcome,
  due,
  comment,
});

const loaded = (...items: ReviewItem[]) => applyAll(onStep(STEP.review), [{ type: 'review.loaded', items }]);

describe('a review step', () => {
  it('holds the project’s open actions as loaded', () => {
    const state = loaded(item('a1'), item('a2', { status: 'in_progress' }));
    expect([...state.review.keys()]).toEqual(['a1', 'a2']);
    expect(state.review.get('a2')).toMatchObject({ status: 'in_progress', outcome: null });
  });

  it('marks an action done, keeps one open with a new date, and drops one with its reason', () => {
    let state = loaded(item('a1'), item('a2', { status: 'in_progress' }), item('a3'));
    state = run(state, facilitator, review('a1', 'done', null, ' Er indført '));
    state = run(state, facilitator, review('a2', 'open', '2026-06-01'));
    state = run(state, facilitator, review('a3', 'dropped', null, 'Systemet gør det nu selv'));
    expect(state.review.get('a1')?.outcome).toEqual({ outcome: 'done', status: 'done', due: '2026-03-01', comment: 'Er indført' });
    // Still open keeps "in progress" as it was, with the new date.
    expect(state.review.get('a2')?.outcome).toEqual({ outcome: 'open', status: 'in_progress', due: '2026-06-01', comment: '' });
    expect(state.review.get('a3')?.outcome).toEqual({ outcome: 'dropped', status: 'dropped', due: '2026-03-01', comment: 'Systemet gør det nu selv' });
  });

  it('refuses a drop without a reason, an open without a date, and an unknown action', () => {
    const state = loaded(item('a1'));
    expect(refusal(state, facilitator, review('a1', 'dropped', null, '  '))).toBe('reason_required');
    expect(refusal(state, facilitator, review('a1', 'open', null))).toBe('due_required');
    expect(refusal(state, facilitator, review('a1', 'open', '2026-03-01'))).toBe('nothing_changed');
    expect(refusal(state, facilitator, review('a1', 'open', '2026-03-01', 'Vi venter på leverandøren'))).toBe('accepted');
    expect(refusal(state, facilitator, review('nope', 'done'))).toBe('action_not_found');
    expect(refusal(state, facilitator, review('a1', 'done', null, 'x'.repeat(1001)))).toBe('comment_too_long');
  });

  it('is the facilitator’s to record', () => {
    expect(refusal(loaded(item('a1')), p1, review('a1', 'done'))).toBe('not_allowed');
  });

  it('keeps what the meeting decided when the list is loaded again, and drops actions no longer open', () => {
    let state = loaded(item('a1'), item('a2'));
    state = run(state, facilitator, review('a1', 'done'));
    // Loaded again: a1 is closed now (so not in the project's open list), a2 was closed elsewhere, a3 is new.
    state = applyAll(state, [{ type: 'review.loaded', items: [item('a3')] }]);
    expect([...state.review.keys()].sort()).toEqual(['a1', 'a3']);
    expect(state.review.get('a1')?.outcome?.status).toBe('done');
  });

  it('does not let a new action take the id of one under review', () => {
    const state = applyAll(onStep(STEP.actions), [{ type: 'review.loaded', items: [item('a1')] }]);
    const add: Command<'action.add'> = { type: 'action.add', actionId: 'a1', what: 'x', who: '', due: null, noteIds: [], traitId: null };
    expect(refusal(state, facilitator, add)).toBe('action_exists');
  });
});

describe('the action plan’s rules', () => {
  it('counts an action overdue only while open and past its date', () => {
    expect(isOverdue({ status: 'open', due: '2026-03-01' }, '2026-03-02')).toBe(true);
    expect(isOverdue({ status: 'in_progress', due: '2026-03-01' }, '2026-03-02')).toBe(true);
    expect(isOverdue({ status: 'open', due: '2026-03-02' }, '2026-03-02')).toBe(false);
    expect(isOverdue({ status: 'done', due: '2026-03-01' }, '2026-03-02')).toBe(false);
    expect(isOverdue({ status: 'open', due: null }, '2026-03-02')).toBe(false);
  });

  it('counts today in Danish time, not UTC', () => {
    // 23:30 UTC on 1 March is already 2 March in Copenhagen.
    expect(calendarDate(Date.UTC(2026, 2, 1, 23, 30))).toBe('2026-03-02');
    expect(calendarDate(Date.UTC(2026, 2, 1, 22, 30))).toBe('2026-03-01');
  });

  it('needs a reason to drop, and a change or a comment', () => {
    const current: { status: ActionStatus; due: string } = { status: 'open', due: '2026-03-01' };
    expect(checkActionChange(current, { ...current, status: 'dropped' }, '')).toBe('reason_required');
    expect(checkActionChange(current, { ...current, status: 'dropped' }, 'Overflødig')).toBeNull();
    expect(checkActionChange(current, current, '')).toBe('nothing_changed');
    expect(checkActionChange(current, current, 'Status: vi venter')).toBeNull();
    expect(checkReview(current, 'open', '2026-04-01', '')).toBeNull();
  });

  it('lets those who run the dialogue change everything, whoever answers for it its follow-up, and others nothing', () => {
    const action = { responsibleUserId: 'u-mette' };
    expect(actionChangeRight(['union_rep'], 'u-other', action)).toBe('all');
    expect(actionChangeRight(['employee'], 'u-mette', action)).toBe('followUp');
    expect(actionChangeRight(['employee'], 'u-other', action)).toBe('none');
    expect(actionChangeRight(['employee'], 'u-other', { responsibleUserId: null })).toBe('none');
  });
});
