import { describe, expect, it } from 'vitest';
import type { StepDefinition, TemplateDefinition } from '../../domain/template.ts';
import { myNotesOfStep, noteFrameOf, notesShownIn, othersNotesOfStep, sourceStepOf } from './boardSelectors.ts';
import { NO_NOTES, pruneMyNotes, withMyId, withMyNote } from './myNotes.ts';
import { clientState, noteView, workshopView } from './testFixtures.ts';

const state = clientState;

describe('my notes on this device', () => {
  it('shows stored, hidden (from the ack cache), waiting and refused notes once each', () => {
    const mine = withMyNote(withMyId(withMyId(NO_NOTES, 'n1'), 'pending'), noteView({ id: 'hid', hidden: true, createdAt: 2000 }));
    const s = state({
      myNotes: mine,
      outbox: [{ commandId: 'c1', queuedAt: 1, command: { type: 'note.add', noteId: 'pending', stepId: 'today', category: 'healthy', kind: 'today', text: 'offline' } }],
      rejected: [{ commandId: 'c2', code: 'not_current_step', command: { type: 'note.add', noteId: 'r', stepId: 'today', category: 'healthy', kind: 'today', text: 'afvist' } }],
    });
    expect(myNotesOfStep(s, 'today').map((n) => [n.id, n.status])).toEqual([
      ['n1', null],
      ['hid', 'hidden'],
      ['pending', 'pending'],
      ['r', 'rejected'],
    ]);
    expect(othersNotesOfStep(s, 'today')).toEqual([]);
  });

  it('shows a refused note in the step on screen, wherever it was written', () => {
    const s = state({
      rejected: [{ commandId: 'c2', code: 'not_current_step', command: { type: 'note.add', noteId: 'r', stepId: 'today', category: 'healthy', kind: 'today', text: 'afvist' } }],
    });
    expect(myNotesOfStep(s, 'expectations').map((n) => [n.id, n.status, n.stepId])).toEqual([['r', 'rejected', 'today']]);
  });

  it('lists a note the server has confirmed only once, even while its command is still in the outbox', () => {
    const s = state({
      myNotes: withMyId(NO_NOTES, 'n1'),
      outbox: [{ commandId: 'c1', queuedAt: 1, command: { type: 'note.add', noteId: 'n1', stepId: 'today', category: 'realistic', kind: 'today', text: 'x' } }],
    });
    expect(myNotesOfStep(s, 'today').map((n) => n.id)).toEqual(['n1']);
  });

  it('forgets cached notes the board proves gone', () => {
    const mine = withMyNote(withMyNote(NO_NOTES, noteView({ id: 'gone' })), noteView({ id: 'hid', hidden: true }));
    const board = new Map();
    expect([...pruneMyNotes(mine, board, workshopView({ hiddenCounts: { today: 1 } })).notes.keys()]).toEqual(['hid']);
    expect([...pruneMyNotes(mine, board, workshopView({ hiddenCounts: {} })).notes.keys()]).toEqual([]);
  });
});

const step = (overrides: Partial<StepDefinition> & Pick<StepDefinition, 'id' | 'kind'>): StepDefinition => ({
  title: { da: overrides.id, en: overrides.id },
  prompt: { da: '', en: '' },
  facilitatorHint: { da: '', en: '' },
  categorySet: null,
  noteKinds: [],
  voting: false,
  info: null,
  suggestedMinutes: 5,
  ...overrides,
});

const template: TemplateDefinition = {
  id: 'test-template',
  name: { da: 'Test', en: 'Test' },
  description: { da: '', en: '' },
  audience: { da: '', en: '' },
  asksForPhase: false,
  comparison: null,
  steps: [
    step({ id: 'changes', kind: 'notes', categorySet: 'traits', noteKinds: ['improved', 'worsened'] }),
    step({ id: 'pick', kind: 'select', voting: true, source: { stepId: 'changes', kinds: ['worsened'] } }),
    step({ id: 'ideas', kind: 'brainstorm', categorySet: 'timing', noteKinds: ['idea'], voting: true }),
  ],
};
const [changes, pick, ideas] = template.steps as [StepDefinition, StepDefinition, StepDefinition];

describe('notes a step shows', () => {
  const notes = new Map(
    [
      noteView({ id: 'w2', stepId: 'changes', kind: 'worsened', createdAt: 3 }),
      noteView({ id: 'w1', stepId: 'changes', kind: 'worsened', createdAt: 1 }),
      noteView({ id: 'i1', stepId: 'changes', kind: 'improved', createdAt: 2 }),
      noteView({ id: 'hid', stepId: 'changes', kind: 'worsened', hidden: true }),
      noteView({ id: 'idea', stepId: 'ideas', kind: 'idea', category: 'before' }),
    ].map((n) => [n.id, n]),
  );

  it('a select step shows the visible notes of its source step of the source kinds, oldest first', () => {
    expect(notesShownIn(notes, template, pick).map((n) => n.id)).toEqual(['w1', 'w2']);
    expect(sourceStepOf(template, pick)).toBe(changes);
    expect(noteFrameOf(template, pick)).toBe(changes);
  });

  it('any other step shows its own visible notes and is its own frame', () => {
    expect(notesShownIn(notes, template, changes).map((n) => n.id)).toEqual(['w1', 'i1', 'w2']);
    expect(notesShownIn(notes, template, ideas).map((n) => n.id)).toEqual(['idea']);
    expect(sourceStepOf(template, ideas)).toBeNull();
    expect(noteFrameOf(template, ideas)).toBe(ideas);
  });
});
