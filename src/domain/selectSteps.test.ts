import { describe, expect, it } from 'vitest';
import { replay } from './evolve.ts';
import { findTemplate } from './templateRegistry.ts';
import type { TemplateDefinition } from './template.ts';
import { accepted, addNote, applyAll, createdEvent, facilitator, p1, p2, participant, refusal, run, stored } from './testing/workshopBuilder.ts';
import { isVotableIn, votingStepOf } from './votable.ts';
import type { WorkshopState } from './workshopState.ts';

function template(id: string): TemplateDefinition {
  const found = findTemplate(id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
}

const AFTER = template('status-after');
const index = (id: string) => AFTER.steps.findIndex((s) => s.id === id);
const opts = { template: AFTER };

/** A status-after workshop where p1 noted one improvement and one deterioration, now on the pick step. */
function onPick(): WorkshopState {
  let state = replay(stored(replay([]), [createdEvent({}, AFTER.id)]));
  state = applyAll(state, [{ type: 'step.changed', stepIndex: index('changes') }]);
  state = run(state, p1, addNote('up', 'changes', 'realistic', 'improved'), opts);
  state = run(state, p1, addNote('down', 'changes', 'healthy', 'worsened'), opts);
  state = run(state, facilitator, { type: 'step.go', stepIndex: index('pick') }, opts);
  return run(state, facilitator, { type: 'voting.open', stepId: 'pick' }, opts);
}

describe('a select step', () => {
  it('votes on its source step’s notes of the source kinds only', () => {
    const state = onPick();
    const voted = run(state, p2, { type: 'vote.cast', noteId: 'down' }, opts);
    expect(voted.notes.get('down')?.votes).toBe(1);
    // An improvement is not a deterioration to pick.
    expect(refusal(state, p2, { type: 'vote.cast', noteId: 'up' }, opts)).toBe('voting_closed');
  });

  it('keeps the vote budget of the select step', () => {
    const state = onPick();
    expect(refusal(state, participant('p2', 3), { type: 'vote.cast', noteId: 'down' }, opts)).toBe('vote_budget_used');
  });

  it('takes no notes of its own', () => {
    expect(refusal(onPick(), p1, addNote('n', 'pick', 'realistic', 'worsened'), opts)).toBe('step_takes_no_notes');
  });

  it('hands dots back in the step they were spent in when a picked note is deleted', () => {
    const voted = run(onPick(), p2, { type: 'vote.cast', noteId: 'down' }, opts);
    const deleted = accepted(voted, p1, { type: 'note.delete', noteId: 'down' }, opts);
    expect(deleted.voteRefunds).toEqual([{ participantId: 'p2', stepId: 'pick', count: 1 }]);
    const down = voted.notes.get('down');
    if (!down) throw new Error('note missing');
    expect(votingStepOf(AFTER, down)).toBe('pick');
    expect(isVotableIn(AFTER, 'changes', down)).toBe(true);
    expect(isVotableIn(AFTER, 'why-good', down)).toBe(false);
  });
});

describe('actions ours or sent upward', () => {
  const TASKS = template('tasks-move');
  const actionsStep = TASKS.steps.findIndex((s) => s.kind === 'actions');
  const onActions = () => applyAll(replay(stored(replay([]), [createdEvent({}, TASKS.id)])), [{ type: 'step.changed', stepIndex: actionsStep }]);
  const add = { type: 'action.add' as const, actionId: 'a1', what: 'Tal med IT om genveje', who: 'AMR', due: null, noteIds: [] as string[], traitId: null };

  it('are the group’s own unless sent upward', () => {
    const state = run(onActions(), p1, add, { template: TASKS });
    expect(state.actions.get('a1')).toMatchObject({ scope: 'ours', upwardTo: null });
  });

  it('sent upward always say to whom, the committee unless told', () => {
    const state = run(onActions(), p1, { ...add, scope: 'upward' }, { template: TASKS });
    expect(state.actions.get('a1')).toMatchObject({ scope: 'upward', upwardTo: 'committee' });
    const toManagement = run(state, facilitator, { type: 'action.update', actionId: 'a1', upwardTo: 'management' }, { template: TASKS });
    expect(toManagement.actions.get('a1')).toMatchObject({ scope: 'upward', upwardTo: 'management' });
    const keptHome = run(toManagement, facilitator, { type: 'action.update', actionId: 'a1', scope: 'ours' }, { template: TASKS });
    expect(keptHome.actions.get('a1')).toMatchObject({ scope: 'ours', upwardTo: null });
  });

  it('recorded before scopes existed read as the group’s own', () => {
    const legacy = { id: 'old', what: 'x', who: '', due: null, status: 'open', noteIds: [], traitId: null, createdAt: 1 } as const;
    // An action.added stored by an earlier version has no scope at all.
    const state = applyAll(onActions(), [{ type: 'action.added', action: legacy as never }]);
    expect(state.actions.get('old')).toMatchObject({ scope: 'ours', upwardTo: null });
  });
});
