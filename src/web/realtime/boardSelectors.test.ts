import { describe, expect, it } from 'vitest';
import { boardFromSnapshot } from './boardState.ts';
import { myNotesOfStep, othersNotesOfStep } from './boardSelectors.ts';
import type { ClientState } from './clientState.ts';
import { NO_NOTES, pruneMyNotes, withMyId, withMyNote } from './myNotes.ts';
import { ME, noteView, snapshot, workshopView } from './testFixtures.ts';

function state(overrides: Partial<ClientState>): ClientState {
  return {
    board: boardFromSnapshot(snapshot(), ME),
    status: 'online',
    failure: null,
    hasDropped: false,
    outbox: [],
    myNotes: NO_NOTES,
    rejected: [],
    notices: [],
    clockOffset: 0,
    ...overrides,
  };
}

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
