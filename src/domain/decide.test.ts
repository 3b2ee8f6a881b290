import { describe, expect, it } from 'vitest';
import { COMMAND_PERMISSIONS, decide } from './decide.ts';
import type { TemplateDefinition } from './template.ts';
import {
  accepted,
  addNote,
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
  T0,
  todayNote,
  workshop,
} from './testing/workshopBuilder.ts';
import { WorkshopCommandSchema, type WorkshopCommandType } from './workshopCommands.ts';
import type { WorkshopState } from './workshopState.ts';

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
  'paper.headcount': { type: 'paper.headcount', stepId: 'today', count: 6 },
  'settings.update': { type: 'settings.update', voteBudget: 4 },
  'action.add': { type: 'action.add', actionId: 'a9', what: 'x', who: '', due: null, noteIds: [], traitId: null },
  'action.update': { type: 'action.update', actionId: 'a1', status: 'done' },
  'action.delete': { type: 'action.delete', actionId: 'a1' },
  'action.review': { type: 'action.review', actionId: 'a1', outcome: 'done', due: null, comment: '' },
  'entry.save': { type: 'entry.save', entryId: 'e1', register: 'rolesPlan', fields: { what: 'x' } },
  'entry.remove': { type: 'entry.remove', entryId: 'e1' },
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
      // Past the permission check, refused only for what the sample asks: the sample note is for the
      // 'today' step (participants write in the current one), and the compass has no register.
      const expected: Partial<Record<WorkshopCommandType, string>> = {
        'note.add': 'not_current_step',
        'entry.save': 'register_not_in_step',
        'entry.remove': 'entry_not_found',
      };
      expect.soft(code, type).toBe(expected[type as WorkshopCommandType] ?? 'accepted');
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
    audience: { da: 'Alle', en: 'Everyone' },
    asksForPhase: false,
    comparison: null,
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
