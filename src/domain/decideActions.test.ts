import { describe, expect, it } from 'vitest';
import { type Command, facilitator, ideaNote, onStep, p1, refusal, run, STEP, T0 } from './testing/workshopBuilder.ts';

describe('actions', () => {
  const add: Command<'action.add'> = {
    type: 'action.add',
    actionId: 'a1',
    what: ' Plan oplæring ',
    who: ' Mette ',
    due: '2026-03-01',
    noteIds: ['n1', 'n1'],
    traitId: 'developing',
  };
  const withIdea = () => run(onStep(STEP.actions), facilitator, ideaNote('n1'));

  it('adds an action with trimmed text, unique note links and a trait', () => {
    const state = run(withIdea(), p1, add, { now: T0 + 9 });
    expect(state.actions.get('a1')).toEqual({
      id: 'a1',
      what: 'Plan oplæring',
      problem: '',
      who: 'Mette',
      due: '2026-03-01',
      status: 'open',
      noteIds: ['n1'],
      traitId: 'developing',
      scope: 'ours',
      upwardTo: null,
      followUp: '',
      createdAt: T0 + 9,
    });
  });

  it('keeps the written action plan’s problem and follow-up, trimmed, and checks their length', () => {
    const state = run(withIdea(), p1, { ...add, problem: ' Nye kolleger mangler oplæring ', followUp: ' På MED-mødet i maj ' });
    expect(state.actions.get('a1')).toMatchObject({ problem: 'Nye kolleger mangler oplæring', followUp: 'På MED-mødet i maj' });
    expect(refusal(withIdea(), p1, { ...add, problem: 'x'.repeat(501) })).toBe('action_text_too_long');
    expect(refusal(withIdea(), p1, { ...add, followUp: 'x'.repeat(501) })).toBe('action_text_too_long');
    const updated = run(state, facilitator, { type: 'action.update', actionId: 'a1', followUp: 'Når systemet er i drift' });
    expect(updated.actions.get('a1')).toMatchObject({ problem: 'Nye kolleger mangler oplæring', followUp: 'Når systemet er i drift' });
  });

  it('lets participants add only in an actions step; the facilitator anywhere', () => {
    const early = run(onStep(STEP.preconditions), facilitator, ideaNote('n1'));
    expect(refusal(early, p1, add)).toBe('not_current_step');
    expect(refusal(early, facilitator, add)).toBe('accepted');
  });

  it('refuses bad fields', () => {
    const state = withIdea();
    expect(refusal(state, p1, { ...add, what: '  ' })).toBe('action_what_empty');
    expect(refusal(state, p1, { ...add, what: 'x'.repeat(501) })).toBe('action_text_too_long');
    expect(refusal(state, p1, { ...add, who: 'x'.repeat(501) })).toBe('action_text_too_long');
    expect(refusal(state, p1, { ...add, noteIds: ['gone'] })).toBe('note_not_found');
    expect(refusal(state, p1, { ...add, traitId: 'fun' })).toBe('unknown_trait');
    expect(refusal(state, p1, { ...add, traitId: null, noteIds: [] })).toBe('accepted');
    expect(refusal(run(state, p1, add), p1, add)).toBe('action_exists');
  });

  it('updates only the fields given, and can clear the date and trait', () => {
    let state = run(withIdea(), p1, add);
    state = run(state, facilitator, { type: 'action.update', actionId: 'a1', status: 'in_progress', due: null });
    expect(state.actions.get('a1')).toMatchObject({ what: 'Plan oplæring', status: 'in_progress', due: null, traitId: 'developing' });
    state = run(state, facilitator, { type: 'action.update', actionId: 'a1', what: 'Book kursus', traitId: null, noteIds: [] });
    expect(state.actions.get('a1')).toMatchObject({ what: 'Book kursus', who: 'Mette', traitId: null, noteIds: [] });
    expect(refusal(state, facilitator, { type: 'action.update', actionId: 'a1', what: '' })).toBe('action_what_empty');
    expect(refusal(state, facilitator, { type: 'action.update', actionId: 'a1', traitId: 'fun' })).toBe('unknown_trait');
    expect(refusal(state, facilitator, { type: 'action.update', actionId: 'zz', status: 'done' })).toBe('action_not_found');
  });

  it('deletes an action', () => {
    const state = run(run(withIdea(), p1, add), facilitator, { type: 'action.delete', actionId: 'a1' });
    expect(state.actions.size).toBe(0);
    expect(refusal(state, facilitator, { type: 'action.delete', actionId: 'a1' })).toBe('action_not_found');
  });

  it('keeps note links valid when linked notes are merged or deleted', () => {
    let state = run(withIdea(), facilitator, ideaNote('n2'));
    state = run(state, facilitator, ideaNote('n3'));
    state = run(state, p1, { ...add, noteIds: ['n1', 'n2', 'n3'] });
    state = run(state, facilitator, { type: 'notes.merge', targetId: 'n1', sourceIds: ['n2'] });
    expect(state.actions.get('a1')?.noteIds).toEqual(['n1', 'n3']);
    state = run(state, facilitator, { type: 'note.delete', noteId: 'n3' });
    expect(state.actions.get('a1')?.noteIds).toEqual(['n1']);
    // The links the action holds can be sent back unchanged.
    expect(refusal(state, facilitator, { type: 'action.update', actionId: 'a1', noteIds: ['n1'] })).toBe('accepted');
  });
});
