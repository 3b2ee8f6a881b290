import { describe, expect, it } from 'vitest';
import { COMMAND_PERMISSIONS, decide } from './decide.ts';
import type { TemplateDefinition } from './template.ts';
import { COMPASS_BEFORE } from './templates/compassBefore.ts';
import {
  accepted,
  facilitator,
  participant,
  refusal,
  run,
  STEP,
  T0,
  workshop,
} from './testing/workshopBuilder.ts';
import { WorkshopCommandSchema, type WorkshopCommand, type WorkshopCommandType } from './workshopCommands.ts';
import type { WorkshopEventData } from './workshopEvents.ts';
import type { Note, WorkshopSettings, WorkshopState } from './workshopState.ts';

type Command<K extends WorkshopCommandType> = Extract<WorkshopCommand, { type: K }>;

const p1 = participant('p1');
const p2 = participant('p2');
const atStep = (stepIndex: number): WorkshopEventData => ({ type: 'step.changed', stepIndex });

function addNote(noteId: string, stepId: string, category: string, kind: Note['kind'], text = `note ${noteId}`) {
  return { type: 'note.add', noteId, stepId, category, kind, text } as const;
}
const todayNote = (noteId: string, text?: string) => addNote(noteId, 'today', 'realistic', 'today', text);
const ideaNote = (noteId: string, text?: string) => addNote(noteId, 'preconditions', 'before', 'idea', text);

/** A workshop on the given step, with the given settings. */
const onStep = (stepIndex: number, settings: Partial<WorkshopSettings> = {}) => workshop(settings, atStep(stepIndex));

function note(state: WorkshopState, id: string): Note {
  const found = state.notes.get(id);
  if (!found) throw new Error(`no note ${id}`);
  return found;
}

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

describe('step.go and the timer', () => {
  it('moves to the step, stopping a running timer and closing voting', () => {
    let state = onStep(STEP.preconditions);
    state = run(state, facilitator, { type: 'timer.start', seconds: 300 });
    state = run(state, facilitator, { type: 'voting.open', stepId: 'preconditions' });
    const decision = accepted(state, facilitator, { type: 'step.go', stepIndex: STEP.actions });
    expect(decision.events).toEqual([
      { type: 'step.changed', stepIndex: STEP.actions },
      { type: 'timer.stopped' },
      { type: 'voting.closed' },
    ]);
    state = run(state, facilitator, { type: 'step.go', stepIndex: STEP.actions });
    expect(state).toMatchObject({ stepIndex: STEP.actions, votingStepId: null, timer: { endsAt: null } });
  });

  it('records only the step change when nothing runs, and nothing when staying put', () => {
    expect(accepted(onStep(STEP.today), facilitator, { type: 'step.go', stepIndex: STEP.traits }).events).toEqual([
      { type: 'step.changed', stepIndex: STEP.traits },
    ]);
    expect(accepted(onStep(STEP.today), facilitator, { type: 'step.go', stepIndex: STEP.today }).events).toEqual([]);
  });

  it('refuses a step the template does not have', () => {
    expect(refusal(onStep(STEP.today), facilitator, { type: 'step.go', stepIndex: COMPASS_BEFORE.steps.length })).toBe(
      'step_out_of_range',
    );
    expect(refusal(onStep(STEP.today), facilitator, { type: 'step.go', stepIndex: -1 })).toBe('step_out_of_range');
  });

  it('starts a timer ending seconds from now, and stops it', () => {
    const now = T0 + 42;
    const started = accepted(onStep(STEP.today), facilitator, { type: 'timer.start', seconds: 90 }, { now });
    expect(started.events).toEqual([{ type: 'timer.started', endsAt: now + 90_000, durationMs: 90_000 }]);
    const state = run(onStep(STEP.today), facilitator, { type: 'timer.start', seconds: 90 }, { now });
    expect(state.timer).toEqual({ endsAt: now + 90_000, durationMs: 90_000 });
    expect(run(state, facilitator, { type: 'timer.stop' }).timer.endsAt).toBeNull();
    expect(accepted(onStep(STEP.today), facilitator, { type: 'timer.stop' }).events).toEqual([]);
  });
});

describe('settings.update', () => {
  it('changes only the fields given', () => {
    const state = run(workshop({ voteBudget: 3 }), facilitator, { type: 'settings.update', privateWriting: true });
    expect(state.settings).toEqual({ anonymous: false, privateWriting: true, showAuthors: true, voteBudget: 3 });
    expect(run(state, facilitator, { type: 'settings.update', voteBudget: 5 }).settings.voteBudget).toBe(5);
  });

  it('makes anonymity one-way', () => {
    const state = run(workshop(), facilitator, { type: 'settings.update', anonymous: true });
    expect(state.settings.anonymous).toBe(true);
    expect(refusal(state, facilitator, { type: 'settings.update', anonymous: false })).toBe('anonymity_is_permanent');
    expect(refusal(state, facilitator, { type: 'settings.update', anonymous: true })).toBe('accepted');
  });

  it('forces showAuthors off in an anonymous workshop', () => {
    const becameAnonymous = run(workshop({ showAuthors: true }), facilitator, { type: 'settings.update', anonymous: true });
    expect(becameAnonymous.settings.showAuthors).toBe(false);
    const asked = run(becameAnonymous, facilitator, { type: 'settings.update', showAuthors: true });
    expect(asked.settings.showAuthors).toBe(false);
    const named = run(workshop({ showAuthors: false }), facilitator, { type: 'settings.update', showAuthors: true });
    expect(named.settings.showAuthors).toBe(true);
  });
});

describe('participant.rename', () => {
  it('stores a trimmed name, and null for an empty one', () => {
    const state = run(workshop(), p1, { type: 'participant.rename', displayName: '  Mette ' });
    expect(state.participants.get('p1')).toEqual({ id: 'p1', displayName: 'Mette' });
    expect(run(state, p1, { type: 'participant.rename', displayName: '' }).participants.get('p1')?.displayName).toBeNull();
    expect(run(state, p1, { type: 'participant.rename', displayName: null }).participants.get('p1')?.displayName).toBeNull();
  });

  it('ignores the name in an anonymous workshop', () => {
    const decision = accepted(workshop({ anonymous: true }), p1, { type: 'participant.rename', displayName: 'Mette' });
    expect(decision.events).toEqual([{ type: 'participant.renamed', participantId: 'p1', displayName: null }]);
  });

  it('refuses names past 40 characters, and the facilitator', () => {
    expect(refusal(workshop(), p1, { type: 'participant.rename', displayName: 'x'.repeat(41) })).toBe('name_too_long');
    expect(refusal(workshop(), p1, { type: 'participant.rename', displayName: 'x'.repeat(40) })).toBe('accepted');
    expect(refusal(workshop(), facilitator, { type: 'participant.rename', displayName: 'F' })).toBe('not_allowed');
  });
});

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
      who: 'Mette',
      due: '2026-03-01',
      status: 'open',
      noteIds: ['n1'],
      traitId: 'developing',
      createdAt: T0 + 9,
    });
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

/** One valid command of every type: the Record type makes a new command type fail to compile here. */
const SAMPLE_COMMANDS: { readonly [K in WorkshopCommandType]: Command<K> } = {
  'note.add': todayNote('s1'),
  'note.edit': { type: 'note.edit', noteId: 'n1', text: 'x' },
  'note.delete': { type: 'note.delete', noteId: 'n1' },
  'notes.merge': { type: 'notes.merge', targetId: 'n1', sourceIds: ['n2'] },
  'notes.reveal': { type: 'notes.reveal', stepId: 'today' },
  'group.save': { type: 'group.save', groupId: 'g1', stepId: 'today', label: 'G' },
  'group.delete': { type: 'group.delete', groupId: 'g1' },
  'notes.group': { type: 'notes.group', noteIds: ['n1'], groupId: null },
  'vote.cast': { type: 'vote.cast', noteId: 'n1' },
  'vote.retract': { type: 'vote.retract', noteId: 'n1' },
  'voting.open': { type: 'voting.open', stepId: 'preconditions' },
  'voting.close': { type: 'voting.close' },
  'step.go': { type: 'step.go', stepIndex: 2 },
  'timer.start': { type: 'timer.start', seconds: 60 },
  'timer.stop': { type: 'timer.stop' },
  'settings.update': { type: 'settings.update', voteBudget: 4 },
  'action.add': { type: 'action.add', actionId: 'a9', what: 'x', who: '', due: null, noteIds: [], traitId: null },
  'action.update': { type: 'action.update', actionId: 'a1', status: 'done' },
  'action.delete': { type: 'action.delete', actionId: 'a1' },
  'participant.rename': { type: 'participant.rename', displayName: 'Mette' },
  'workshop.finish': { type: 'workshop.finish' },
  'workshop.reopen': { type: 'workshop.reopen' },
};

describe('COMMAND_PERMISSIONS', () => {
  it('lists exactly the commands the schema knows, and the samples are valid commands', () => {
    const schemaTypes = WorkshopCommandSchema.options.map((o) => o.shape.type.value).sort();
    expect(Object.keys(COMMAND_PERMISSIONS).sort()).toEqual(schemaTypes);
    for (const command of Object.values(SAMPLE_COMMANDS)) expect(WorkshopCommandSchema.parse(command)).toEqual(command);
  });

  const facilitatorOnly = Object.entries(COMMAND_PERMISSIONS)
    .filter(([, who]) => who === 'facilitator')
    .map(([type]) => type as WorkshopCommandType);

  it.each(facilitatorOnly)('refuses %s from a participant with not_allowed', (type) => {
    expect(refusal(onStep(STEP.today), p1, SAMPLE_COMMANDS[type])).toBe('not_allowed');
  });

  it('lets a participant through the permission check for every "anyone" command', () => {
    const open = Object.entries(COMMAND_PERMISSIONS).filter(([, who]) => who === 'anyone');
    expect(open.length).toBeGreaterThan(0);
    // A workshop where every sample can succeed for p1: own note n1, voting open, in the actions step.
    let state = onStep(STEP.preconditions);
    state = run(state, p1, ideaNote('n1'));
    state = run(state, facilitator, { type: 'voting.open', stepId: 'preconditions' });
    state = run(state, p1, { type: 'vote.cast', noteId: 'n1' });
    state = run(state, facilitator, { type: 'step.go', stepIndex: STEP.actions });
    state = run(state, facilitator, { type: 'voting.open', stepId: 'preconditions' });
    for (const [type] of open) {
      const code = refusal(state, participant('p1', 1), SAMPLE_COMMANDS[type as WorkshopCommandType]);
      // The sample note is for the 'today' step, and participants write only in the current one.
      expect.soft(code, type).toBe(type === 'note.add' ? 'not_current_step' : 'accepted');
    }
  });
});

describe('a finished workshop', () => {
  function finished(): WorkshopState {
    let state = onStep(STEP.actions);
    state = run(state, p1, { type: 'action.add', actionId: 'a1', what: 'Book kursus', who: '', due: null, noteIds: [], traitId: null });
    state = run(state, facilitator, { type: 'timer.start', seconds: 60 });
    return run(state, facilitator, { type: 'workshop.finish' });
  }

  it('stops the timer and refuses every participant command', () => {
    const state = finished();
    expect(state).toMatchObject({ status: 'finished', timer: { endsAt: null }, votingStepId: null });
    for (const type of ['note.add', 'vote.cast', 'action.add', 'participant.rename', 'note.edit'] as const) {
      expect(refusal(state, p1, SAMPLE_COMMANDS[type]), type).toBe('workshop_finished');
    }
  });

  it('refuses the facilitator running the session, but lets them tidy actions and reopen', () => {
    let state = finished();
    expect(refusal(state, facilitator, { type: 'step.go', stepIndex: 0 })).toBe('workshop_finished');
    expect(refusal(state, facilitator, ideaNote('x'))).toBe('workshop_finished');
    state = run(state, facilitator, { type: 'action.update', actionId: 'a1', status: 'done', who: 'Mette' });
    expect(state.actions.get('a1')).toMatchObject({ status: 'done', who: 'Mette' });
    state = run(state, facilitator, { type: 'workshop.reopen' });
    expect(state.status).toBe('open');
    expect(refusal(state, p1, SAMPLE_COMMANDS['action.add'])).toBe('accepted');
  });

  it('refuses finishing twice, and treats reopening an open workshop as a no-op', () => {
    expect(refusal(finished(), facilitator, { type: 'workshop.finish' })).toBe('workshop_finished');
    expect(accepted(workshop(), facilitator, { type: 'workshop.reopen' }).events).toEqual([]);
  });
});

describe('the engine runs any template', () => {
  const HARVEST: TemplateDefinition = {
    id: 'harvest',
    name: { da: 'Høst', en: 'Harvest' },
    description: { da: 'En prøve', en: 'A test' },
    steps: [
      {
        id: 'when',
        kind: 'notes',
        title: { da: 'Hvornår', en: 'When' },
        prompt: { da: 'Hvornår?', en: 'When?' },
        facilitatorHint: { da: 'Spørg', en: 'Ask' },
        categorySet: 'timing',
        noteKinds: ['idea'],
        voting: false,
        info: null,
        suggestedMinutes: 5,
      },
      {
        id: 'todo',
        kind: 'actions',
        title: { da: 'Gøremål', en: 'To do' },
        prompt: { da: 'Hvem?', en: 'Who?' },
        facilitatorHint: { da: 'Skriv', en: 'Write' },
        categorySet: null,
        noteKinds: [],
        voting: false,
        info: null,
        suggestedMinutes: 5,
      },
    ],
  };
  const template = HARVEST;

  it('collects notes on its own steps and categories, and actions in its actions step', () => {
    let state = workshop();
    state = run(state, p1, addNote('n1', 'when', 'during', 'idea', 'Afsæt tid'), { template });
    expect(note(state, 'n1')).toMatchObject({ stepId: 'when', category: 'during', kind: 'idea', authorId: 'p1' });
    expect(refusal(state, p1, addNote('n2', 'when', 'realistic', 'idea'), { template })).toBe('unknown_category');
    expect(refusal(state, p1, addNote('n2', 'when', 'before', 'today'), { template })).toBe('kind_not_in_step');
    expect(refusal(state, p1, addNote('n2', 'today', 'realistic', 'today'), { template })).toBe('step_takes_no_notes');
    expect(refusal(state, facilitator, { type: 'voting.open', stepId: 'when' }, { template })).toBe('voting_not_in_step');
    const action: Command<'action.add'> = { type: 'action.add', actionId: 'a1', what: 'Plan', who: 'Ole', due: null, noteIds: ['n1'], traitId: null };
    expect(refusal(state, p1, action, { template })).toBe('not_current_step');

    state = run(state, facilitator, { type: 'step.go', stepIndex: 1 }, { template });
    state = run(state, p1, action, { template });
    expect(state.actions.get('a1')).toMatchObject({ what: 'Plan', noteIds: ['n1'] });
    expect(refusal(state, facilitator, { type: 'step.go', stepIndex: 2 }, { template })).toBe('step_out_of_range');
  });

  it('decides the same with the same inputs (pure)', () => {
    const state = workshop();
    const command = addNote('n1', 'when', 'after', 'idea');
    expect(decide(state, template, p1, command, T0)).toEqual(decide(state, template, p1, command, T0));
  });
});
