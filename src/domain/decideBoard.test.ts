import { describe, expect, it } from 'vitest';
import {
  type Command,
  facilitator,
  ideaNote,
  note,
  onStep,
  p1,
  participant,
  refusal,
  run,
  STEP,
  todayNote,
} from './testing/workshopBuilder.ts';
import type { WorkshopState } from './workshopState.ts';

describe('notes.merge', () => {
  function threeIdeas(): WorkshopState {
    let state = onStep(STEP.preconditions);
    for (const [id, text] of [['a', 'Oplæring'], ['b', 'Tid til oplæring'], ['c', 'Superbrugere']] as const) {
      state = run(state, facilitator, ideaNote(id, text));
    }
    state = run(state, facilitator, todayNote('t1'));
    state = run(state, facilitator, { type: 'voting.open', stepId: 'preconditions' });
    state = run(state, participant('v1'), { type: 'vote.cast', noteId: 'a' });
    state = run(state, participant('v2'), { type: 'vote.cast', noteId: 'b' });
    return run(state, participant('v3'), { type: 'vote.cast', noteId: 'b' });
  }

  it('sums votes on the target, removes the sources and joins their texts', () => {
    const state = run(threeIdeas(), facilitator, { type: 'notes.merge', targetId: 'a', sourceIds: ['b', 'c'] });
    expect(note(state, 'a')).toMatchObject({ votes: 3, text: 'Oplæring / Tid til oplæring / Superbrugere' });
    expect(state.notes.has('b')).toBe(false);
    expect(state.notes.has('c')).toBe(false);
  });

  it('uses the facilitator’s text when given', () => {
    const merge: Command<'notes.merge'> = { type: 'notes.merge', targetId: 'a', sourceIds: ['b'], text: ' Oplæring i arbejdstiden ' };
    expect(note(run(threeIdeas(), facilitator, merge), 'a').text).toBe('Oplæring i arbejdstiden');
    expect(refusal(threeIdeas(), facilitator, { ...merge, text: '   ' })).toBe('note_empty');
    expect(refusal(threeIdeas(), facilitator, { ...merge, text: 'x'.repeat(281) })).toBe('note_too_long');
  });

  it('refuses merging a note into itself, the same source twice, or across steps', () => {
    const state = threeIdeas();
    expect(refusal(state, facilitator, { type: 'notes.merge', targetId: 'a', sourceIds: ['a'] })).toBe('invalid_merge');
    expect(refusal(state, facilitator, { type: 'notes.merge', targetId: 'a', sourceIds: ['b', 'b'] })).toBe('invalid_merge');
    expect(refusal(state, facilitator, { type: 'notes.merge', targetId: 'a', sourceIds: ['t1'] })).toBe('invalid_merge');
    expect(refusal(state, facilitator, { type: 'notes.merge', targetId: 'a', sourceIds: ['zz'] })).toBe('note_not_found');
    expect(refusal(state, facilitator, { type: 'notes.merge', targetId: 'zz', sourceIds: ['a'] })).toBe('note_not_found');
  });

  it('refuses a joined text that would be too long, asking for the facilitator’s own', () => {
    let state = onStep(STEP.preconditions);
    state = run(state, facilitator, ideaNote('a', 'x'.repeat(200)));
    state = run(state, facilitator, ideaNote('b', 'y'.repeat(200)));
    expect(refusal(state, facilitator, { type: 'notes.merge', targetId: 'a', sourceIds: ['b'] })).toBe('note_too_long');
  });
});

describe('merging hidden notes', () => {
  it('refuses to fold a hidden note into another, or others into a hidden one', () => {
    let state = onStep(STEP.preconditions);
    state = run(state, facilitator, ideaNote('pub'));
    state = run(state, facilitator, { type: 'settings.update', privateWriting: true });
    state = run(state, p1, ideaNote('secret'));
    expect(note(state, 'secret').hidden).toBe(true);
    expect(refusal(state, facilitator, { type: 'notes.merge', targetId: 'pub', sourceIds: ['secret'] })).toBe('note_not_found');
    expect(refusal(state, facilitator, { type: 'notes.merge', targetId: 'secret', sourceIds: ['pub'] })).toBe('note_not_found');
  });
});

describe('groups', () => {
  function grouped(): WorkshopState {
    let state = onStep(STEP.preconditions);
    for (const id of ['a', 'b', 'c']) state = run(state, facilitator, ideaNote(id));
    state = run(state, facilitator, { type: 'group.save', groupId: 'g1', stepId: 'preconditions', label: ' Oplæring ' });
    state = run(state, facilitator, { type: 'group.save', groupId: 'g2', stepId: 'preconditions', label: 'Tid' });
    state = run(state, facilitator, { type: 'notes.group', noteIds: ['a', 'b'], groupId: 'g1' });
    return run(state, facilitator, { type: 'notes.group', noteIds: ['c'], groupId: 'g2' });
  }

  it('saves a group with a trimmed label and puts notes in it', () => {
    const state = grouped();
    expect(state.groups.get('g1')).toEqual({ id: 'g1', stepId: 'preconditions', label: 'Oplæring' });
    expect(['a', 'b', 'c'].map((id) => note(state, id).groupId)).toEqual(['g1', 'g1', 'g2']);
  });

  it('renames a group when saved again', () => {
    const state = run(grouped(), facilitator, { type: 'group.save', groupId: 'g1', stepId: 'preconditions', label: 'Kurser' });
    expect(state.groups.get('g1')?.label).toBe('Kurser');
    expect(note(state, 'a').groupId).toBe('g1');
  });

  it('keeps a group on its own step: saving it for another step is refused', () => {
    expect(refusal(grouped(), facilitator, { type: 'group.save', groupId: 'g1', stepId: 'today', label: 'Flyttet' })).toBe(
      'group_not_found',
    );
  });

  it('takes notes out of a group with groupId null', () => {
    const state = run(grouped(), facilitator, { type: 'notes.group', noteIds: ['a'], groupId: null });
    expect(note(state, 'a').groupId).toBeNull();
    expect(note(state, 'b').groupId).toBe('g1');
  });

  it('ungroups only that group’s notes when a group is deleted', () => {
    const state = run(grouped(), facilitator, { type: 'group.delete', groupId: 'g1' });
    expect(state.groups.has('g1')).toBe(false);
    expect(['a', 'b', 'c'].map((id) => note(state, id).groupId)).toEqual([null, null, 'g2']);
  });

  it('refuses bad labels, unknown steps, groups and notes', () => {
    const state = grouped();
    const save = { type: 'group.save', groupId: 'g3', stepId: 'preconditions', label: '  ' } as const;
    expect(refusal(state, facilitator, save)).toBe('label_empty');
    expect(refusal(state, facilitator, { ...save, label: 'x'.repeat(81) })).toBe('label_too_long');
    expect(refusal(state, facilitator, { ...save, label: 'x'.repeat(80) })).toBe('accepted');
    expect(refusal(state, facilitator, { ...save, label: 'ok', stepId: 'nowhere' })).toBe('step_out_of_range');
    expect(refusal(state, facilitator, { type: 'group.delete', groupId: 'nope' })).toBe('group_not_found');
    expect(refusal(state, facilitator, { type: 'notes.group', noteIds: ['a'], groupId: 'nope' })).toBe('group_not_found');
    expect(refusal(state, facilitator, { type: 'notes.group', noteIds: ['zz'], groupId: 'g1' })).toBe('note_not_found');
  });

  it('refuses putting a note into a group on another step’s board', () => {
    const state = run(grouped(), facilitator, todayNote('t1'));
    expect(refusal(state, facilitator, { type: 'notes.group', noteIds: ['t1'], groupId: 'g1' })).toBe('group_not_found');
    expect(refusal(state, facilitator, { type: 'notes.group', noteIds: ['t1'], groupId: null })).toBe('accepted');
  });
});
