import { describe, expect, it } from 'vitest';
import type { ProjectActionView } from '../../../protocol/projectActions.ts';
import { groupProjectActions, isOverdue, localToday } from './actionGroups.ts';

let created = 0;
function item(what: string, fields: Partial<ProjectActionView['action']> = {}): ProjectActionView {
  created += 1;
  return {
    action: { id: what, what, who: '', due: null, status: 'open', noteIds: [], traitId: null, scope: 'ours', upwardTo: null, createdAt: created, ...fields },
    workshopId: 'w1',
    workshopTitle: 'Compass before',
    templateId: 'compass-before',
  };
}

describe('groupProjectActions', () => {
  const actions = [
    item('done early', { status: 'done', due: '2026-01-01' }),
    item('no date'),
    item('late', { due: '2026-02-01' }),
    item('soon', { due: '2026-03-10', status: 'in_progress' }),
    item('to the committee', { scope: 'upward', upwardTo: 'committee', due: '2026-04-01' }),
    item('to management, dropped', { scope: 'upward', upwardTo: 'management', status: 'dropped' }),
    item('to management', { scope: 'upward', upwardTo: 'management' }),
  ];
  const groups = groupProjectActions(actions, '2026-03-01');

  it('splits ours from what was sent upward, unfinished first, then by date', () => {
    expect(groups.ours.map((a) => a.action.what)).toEqual(['late', 'soon', 'no date', 'done early']);
    expect(groups.upward.map((a) => a.action.what)).toEqual(['to the committee', 'to management', 'to management, dropped']);
  });

  it('counts the open and the overdue across both', () => {
    expect(groups.openCount).toBe(5);
    expect(groups.overdueCount).toBe(1);
  });

  it('does not call a finished or undated action overdue', () => {
    expect(isOverdue(item('x', { due: '2026-01-01', status: 'done' }), '2026-03-01')).toBe(false);
    expect(isOverdue(item('y'), '2026-03-01')).toBe(false);
    expect(isOverdue(item('z', { due: '2026-03-01' }), '2026-03-01')).toBe(false);
  });
});

describe('localToday', () => {
  it('writes the local date as YYYY-MM-DD', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
