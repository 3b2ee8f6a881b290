import { describe, expect, it } from 'vitest';
import { accepted, facilitator, participant, refusal, run, STEP, workshop } from './testing/workshopBuilder.ts';
import type { WorkshopSettings, WorkshopState } from './workshopState.ts';

const idea = (noteId: string) =>
  ({ type: 'note.add', noteId, stepId: 'preconditions', category: 'before', kind: 'idea', text: `idea ${noteId}` }) as const;
const cast = (noteId: string) => ({ type: 'vote.cast', noteId }) as const;
const retract = (noteId: string) => ({ type: 'vote.retract', noteId }) as const;
const openVoting = { type: 'voting.open', stepId: 'preconditions' } as const;

/** On the brainstorm step with ideas a and b and a note t on the 'today' step; voting not yet open. */
function board(settings: Partial<WorkshopSettings> = {}): WorkshopState {
  let state = workshop(settings, { type: 'step.changed', stepIndex: STEP.preconditions });
  state = run(state, facilitator, idea('a'));
  state = run(state, facilitator, idea('b'));
  return run(state, facilitator, {
    type: 'note.add',
    noteId: 't',
    stepId: 'today',
    category: 'healthy',
    kind: 'today',
    text: 'Ondt i ryggen',
  });
}
const voting = (settings: Partial<WorkshopSettings> = {}) => run(board(settings), facilitator, openVoting);

const votesOn = (state: WorkshopState, noteId: string) => state.notes.get(noteId)?.votes;
const namedOn = (state: WorkshopState, noteId: string) => Object.fromEntries(state.namedVotes.get(noteId) ?? []);

describe('opening and closing voting', () => {
  it('refuses votes while voting is closed', () => {
    expect(refusal(board(), participant('v1'), cast('a'))).toBe('voting_closed');
    expect(refusal(board(), participant('v1'), retract('a'))).toBe('voting_closed');
  });

  it('opens only on a step that votes', () => {
    expect(refusal(board(), facilitator, { type: 'voting.open', stepId: 'today' })).toBe('voting_not_in_step');
    expect(refusal(board(), facilitator, { type: 'voting.open', stepId: 'nowhere' })).toBe('step_out_of_range');
    expect(voting().votingStepId).toBe('preconditions');
  });

  it('takes votes only on notes of the step open for voting', () => {
    expect(refusal(voting(), participant('v1'), cast('t'))).toBe('voting_closed');
    expect(refusal(voting(), participant('v1'), cast('zz'))).toBe('note_not_found');
  });

  it('closes again', () => {
    const state = run(voting(), facilitator, { type: 'voting.close' });
    expect(state.votingStepId).toBeNull();
    expect(refusal(state, participant('v1'), cast('a'))).toBe('voting_closed');
  });

  it('is for participants: the facilitator does not vote', () => {
    expect(refusal(voting(), facilitator, cast('a'))).toBe('not_allowed');
    expect(refusal(voting(), facilitator, retract('a'))).toBe('not_allowed');
  });
});

describe('casting named votes', () => {
  it('adds a dot, remembers whose it is and spends one of the voter’s dots', () => {
    const decision = accepted(voting(), participant('v1'), cast('a'));
    expect(decision).toEqual({ events: [{ type: 'vote.cast', noteId: 'a', participantId: 'v1' }], votesUsedDelta: 1, voteRefunds: [] });
    const state = run(voting(), participant('v1'), cast('a'));
    expect(votesOn(state, 'a')).toBe(1);
    expect(namedOn(state, 'a')).toEqual({ v1: 1 });
  });

  it('allows several dots on one note', () => {
    let state = voting();
    state = run(state, participant('v1', 0), cast('a'));
    state = run(state, participant('v1', 1), cast('a'));
    state = run(state, participant('v2', 0), cast('a'));
    expect(votesOn(state, 'a')).toBe(3);
    expect(namedOn(state, 'a')).toEqual({ v1: 2, v2: 1 });
  });

  it('stops at the budget', () => {
    const state = voting({ voteBudget: 3 });
    expect(refusal(state, participant('v1', 2), cast('a'))).toBe('accepted');
    expect(refusal(state, participant('v1', 3), cast('a'))).toBe('vote_budget_used');
    expect(refusal(state, participant('v1', 7), cast('a'))).toBe('vote_budget_used');
    const raised = run(state, facilitator, { type: 'settings.update', voteBudget: 5 });
    expect(refusal(raised, participant('v1', 3), cast('a'))).toBe('accepted');
    expect(refusal(raised, participant('v1', 5), cast('a'))).toBe('vote_budget_used');
  });

  it('lets nobody but the author vote on a hidden note', () => {
    let state = board({ privateWriting: true });
    state = run(state, participant('p1'), idea('h'));
    state = run(state, facilitator, openVoting);
    expect(refusal(state, participant('p2'), cast('h'))).toBe('note_not_found');
    expect(refusal(state, participant('p1'), cast('h'))).toBe('accepted');
  });
});

describe('retracting', () => {
  it('takes back one of the voter’s own dots and gives it back to spend', () => {
    let state = run(voting(), participant('v1', 0), cast('a'));
    state = run(state, participant('v1', 1), cast('a'));
    const decision = accepted(state, participant('v1', 2), retract('a'));
    expect(decision).toEqual({ events: [{ type: 'vote.retracted', noteId: 'a', participantId: 'v1' }], votesUsedDelta: -1, voteRefunds: [] });
    state = run(state, participant('v1', 2), retract('a'));
    expect(votesOn(state, 'a')).toBe(1);
    expect(namedOn(state, 'a')).toEqual({ v1: 1 });
  });

  it('refuses taking back a dot the voter did not place', () => {
    const state = run(voting(), participant('v1'), cast('a'));
    expect(refusal(state, participant('v2', 0), retract('a'))).toBe('no_vote_to_retract');
    expect(refusal(state, participant('v1', 1), retract('b'))).toBe('no_vote_to_retract');
    const undone = run(state, participant('v1', 1), retract('a'));
    expect(namedOn(undone, 'a')).toEqual({});
    expect(refusal(undone, participant('v1', 0), retract('a'))).toBe('no_vote_to_retract');
  });
});

describe('anonymous votes', () => {
  it('carry no voter, still count, and are final', () => {
    const decision = accepted(voting({ anonymous: true }), participant('v1'), cast('a'));
    expect(decision.events).toEqual([{ type: 'vote.cast', noteId: 'a', participantId: null }]);
    expect(decision.votesUsedDelta).toBe(1);
    const state = run(voting({ anonymous: true }), participant('v1'), cast('a'));
    expect(votesOn(state, 'a')).toBe(1);
    expect(state.namedVotes.size).toBe(0);
    expect(refusal(state, participant('v1', 1), retract('a'))).toBe('anonymous_votes_final');
  });

  it('are still budgeted', () => {
    expect(refusal(voting({ anonymous: true, voteBudget: 2 }), participant('v1', 2), cast('a'))).toBe('vote_budget_used');
  });
});

describe('votes and changes to notes', () => {
  it('carries named votes over when notes are merged', () => {
    let state = voting();
    state = run(state, participant('v1', 0), cast('a'));
    state = run(state, participant('v1', 1), cast('b'));
    state = run(state, participant('v2', 0), cast('b'));
    state = run(state, facilitator, { type: 'notes.merge', targetId: 'a', sourceIds: ['b'] });
    expect(votesOn(state, 'a')).toBe(3);
    expect(namedOn(state, 'a')).toEqual({ v1: 2, v2: 1 });
    expect(state.namedVotes.has('b')).toBe(false);
    // Both of v1's dots can now be taken back from the merged note.
    state = run(state, participant('v1', 2), retract('a'));
    state = run(state, participant('v1', 1), retract('a'));
    expect(votesOn(state, 'a')).toBe(1);
    expect(refusal(state, participant('v1', 0), retract('a'))).toBe('no_vote_to_retract');
  });

  it('forgets named votes on a deleted note', () => {
    let state = run(voting(), participant('v1'), cast('a'));
    state = run(state, facilitator, { type: 'note.delete', noteId: 'a' });
    expect(state.namedVotes.has('a')).toBe(false);
  });

  it('closes voting when the step changes', () => {
    const state = run(voting(), facilitator, { type: 'step.go', stepIndex: STEP.actions });
    expect(state.votingStepId).toBeNull();
    expect(refusal(state, participant('v1'), cast('a'))).toBe('voting_closed');
  });
});

describe('deleting a note with votes on it', () => {
  it('hands named dots back to their voters', () => {
    let state = voting();
    state = run(state, participant('v1'), cast('a'));
    state = run(state, participant('v1', 1), cast('a'));
    state = run(state, participant('v2'), cast('a'));
    const decision = accepted(state, facilitator, { type: 'note.delete', noteId: 'a' });
    expect([...decision.voteRefunds].sort((x, y) => x.participantId.localeCompare(y.participantId))).toEqual([
      { participantId: 'v1', stepId: 'preconditions', count: 2 },
      { participantId: 'v2', stepId: 'preconditions', count: 1 },
    ]);
  });

  it('has nobody to hand anonymous dots back to', () => {
    const state = run(voting({ anonymous: true }), participant('v1'), cast('a'));
    expect(votesOn(state, 'a')).toBe(1);
    expect(accepted(state, facilitator, { type: 'note.delete', noteId: 'a' }).voteRefunds).toEqual([]);
  });
});
