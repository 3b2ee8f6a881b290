import { describe, expect, it } from 'vitest';
import {
  accepted,
  addNote,
  facilitator,
  ideaNote,
  note,
  onStep,
  p1,
  p2,
  refusal,
  run,
  STEP,
  T0,
  todayNote,
} from './testing/workshopBuilder.ts';
import type { WorkshopSettings } from './workshopState.ts';

describe('note.add', () => {
  it('adds a note in the current step, category and kind, trimmed and stamped', () => {
    const decision = accepted(onStep(STEP.today), p1, todayNote('n1', '  Vi taster alt to gange  '), { now: T0 + 5 });
    expect(decision.events).toEqual([
      {
        type: 'note.added',
        note: {
          id: 'n1',
          stepId: 'today',
          category: 'realistic',
          kind: 'today',
          text: 'Vi taster alt to gange',
          authorId: 'p1',
          hidden: false,
          groupId: null,
          votes: 0,
          createdAt: T0 + 5,
        },
      },
    ]);
    expect(decision.votesUsedDelta).toBe(0);
  });

  it('refuses a participant writing in a step that is not on screen', () => {
    const state = onStep(STEP.today);
    expect(refusal(state, p1, addNote('n1', 'expectations', 'healthy', 'better'))).toBe('not_current_step');
  });

  it('refuses steps without categories, and unknown steps', () => {
    expect(refusal(onStep(STEP.traits), p1, addNote('n1', 'traits', 'realistic', 'today'))).toBe('step_takes_no_notes');
    expect(refusal(onStep(STEP.actions), p1, addNote('n1', 'actions', 'realistic', 'today'))).toBe('step_takes_no_notes');
    expect(refusal(onStep(STEP.today), facilitator, addNote('n1', 'nowhere', 'realistic', 'today'))).toBe(
      'step_takes_no_notes',
    );
  });

  it('refuses a category outside the step’s set and a kind the step does not collect', () => {
    const state = onStep(STEP.today);
    expect(refusal(state, p1, addNote('n1', 'today', 'before', 'today'))).toBe('unknown_category');
    expect(refusal(state, p1, addNote('n1', 'today', 'realistic', 'better'))).toBe('kind_not_in_step');
    expect(refusal(onStep(STEP.expectations), p1, addNote('n1', 'expectations', 'healthy', 'worse'))).toBe('accepted');
  });

  it('refuses empty text and text past 280 characters; exactly 280 is fine', () => {
    const state = onStep(STEP.today);
    expect(refusal(state, p1, todayNote('n1', ''))).toBe('note_empty');
    expect(refusal(state, p1, todayNote('n1', ' \n\t '))).toBe('note_empty');
    expect(refusal(state, p1, todayNote('n1', 'x'.repeat(281)))).toBe('note_too_long');
    expect(refusal(state, p1, todayNote('n1', 'x'.repeat(280)))).toBe('accepted');
    // The limit applies to the text kept, after trimming.
    expect(refusal(state, p1, todayNote('n1', `  ${'x'.repeat(280)}  `))).toBe('accepted');
  });

  it('refuses a note id that is taken', () => {
    const state = run(onStep(STEP.today), p1, todayNote('n1'));
    expect(refusal(state, p2, todayNote('n1', 'other text'))).toBe('note_exists');
  });

  it('lets the facilitator add to a step that is not current, without an author', () => {
    const state = run(onStep(STEP.today), facilitator, ideaNote('n1'));
    expect(note(state, 'n1')).toMatchObject({ stepId: 'preconditions', authorId: null });
  });

  it('stores the author in a named workshop and no author in an anonymous one', () => {
    expect(note(run(onStep(STEP.today), p1, todayNote('n1')), 'n1').authorId).toBe('p1');
    expect(note(run(onStep(STEP.today, { anonymous: true }), p1, todayNote('n1')), 'n1').authorId).toBeNull();
  });
});

describe('private writing', () => {
  it('hides new notes, and notes.reveal reveals only that step’s hidden notes', () => {
    let state = onStep(STEP.today, { privateWriting: true });
    state = run(state, p1, todayNote('t1'));
    state = run(state, p2, todayNote('t2'));
    state = run(state, facilitator, { type: 'step.go', stepIndex: STEP.expectations });
    state = run(state, p1, addNote('e1', 'expectations', 'healthy', 'better'));
    expect([...state.notes.values()].every((n) => n.hidden)).toBe(true);

    const decision = accepted(state, facilitator, { type: 'notes.reveal', stepId: 'today' });
    expect(decision.events).toEqual([{ type: 'notes.revealed', stepId: 'today', noteIds: ['t1', 't2'] }]);
    state = run(state, facilitator, { type: 'notes.reveal', stepId: 'today' });
    expect(note(state, 't1').hidden).toBe(false);
    expect(note(state, 't2').hidden).toBe(false);
    expect(note(state, 'e1').hidden).toBe(true);
  });

  it('does not hide what the facilitator types for the room', () => {
    const state = run(onStep(STEP.today, { privateWriting: true }), facilitator, todayNote('f1'));
    expect(note(state, 'f1').hidden).toBe(false);
  });

  it('leaves notes visible when private writing is off', () => {
    expect(note(run(onStep(STEP.today), p1, todayNote('n1')), 'n1').hidden).toBe(false);
  });
});

describe('note.edit and note.delete', () => {
  const withNote = (settings: Partial<WorkshopSettings> = {}) => run(onStep(STEP.expectations, settings), p1, addNote('n1', 'expectations', 'healthy', 'better'));

  it('lets the author edit text, category and kind within the step', () => {
    const edit = { type: 'note.edit', noteId: 'n1', text: ' Mere stress ', category: 'realistic', kind: 'worse' } as const;
    expect(accepted(withNote(), p1, edit).events).toEqual([
      { type: 'note.edited', noteId: 'n1', text: 'Mere stress', category: 'realistic', kind: 'worse' },
    ]);
    expect(note(run(withNote(), p1, edit), 'n1')).toMatchObject({ text: 'Mere stress', category: 'realistic', kind: 'worse' });
  });

  it('keeps category and kind when the edit leaves them out', () => {
    const state = run(withNote(), p1, { type: 'note.edit', noteId: 'n1', text: 'Ny tekst' });
    expect(note(state, 'n1')).toMatchObject({ text: 'Ny tekst', category: 'healthy', kind: 'better' });
  });

  it('refuses another participant, but lets the facilitator edit and delete any note', () => {
    expect(refusal(withNote(), p2, { type: 'note.edit', noteId: 'n1', text: 'x' })).toBe('not_your_note');
    expect(refusal(withNote(), p2, { type: 'note.delete', noteId: 'n1' })).toBe('not_your_note');
    expect(note(run(withNote(), facilitator, { type: 'note.edit', noteId: 'n1', text: 'Rettet' }), 'n1').text).toBe('Rettet');
    expect(run(withNote(), facilitator, { type: 'note.delete', noteId: 'n1' }).notes.has('n1')).toBe(false);
  });

  it('lets the author delete their own note', () => {
    expect(run(withNote(), p1, { type: 'note.delete', noteId: 'n1' }).notes.has('n1')).toBe(false);
  });

  it('refuses an anonymous author, since no author is known', () => {
    const state = withNote({ anonymous: true });
    expect(refusal(state, p1, { type: 'note.edit', noteId: 'n1', text: 'x' })).toBe('not_your_note');
    expect(refusal(state, p1, { type: 'note.delete', noteId: 'n1' })).toBe('not_your_note');
  });

  it('checks the edited note like a new one', () => {
    const state = withNote();
    expect(refusal(state, p1, { type: 'note.edit', noteId: 'gone', text: 'x' })).toBe('note_not_found');
    expect(refusal(state, p1, { type: 'note.delete', noteId: 'gone' })).toBe('note_not_found');
    expect(refusal(state, p1, { type: 'note.edit', noteId: 'n1', text: '  ' })).toBe('note_empty');
    expect(refusal(state, p1, { type: 'note.edit', noteId: 'n1', text: 'x'.repeat(281) })).toBe('note_too_long');
    expect(refusal(state, p1, { type: 'note.edit', noteId: 'n1', text: 'x', category: 'after' })).toBe('unknown_category');
    expect(refusal(state, p1, { type: 'note.edit', noteId: 'n1', text: 'x', kind: 'today' })).toBe('kind_not_in_step');
  });
});
