import { describe, expect, it } from 'vitest';
import { boardFromSnapshot } from './boardState.ts';
import type { ClientState } from './clientState.ts';
import { refusedEntryChanges, registerRows } from './registerRows.ts';
import { clientState, entryView, ME, snapshot } from './testFixtures.ts';

function state(overrides: Partial<ClientState>): ClientState {
  const entries = [
    entryView({ id: 'b', position: 1, data: { task: 'Bestilling af tolk' } }),
    entryView({ id: 'a', position: 0, data: { task: 'Rejseafregning', whom: 'Sagsbehandlere' } }),
    entryView({ id: 'x', register: 'invisibleWork', position: 0, data: { work: 'Følgeskab' } }),
  ];
  return clientState({ board: boardFromSnapshot(snapshot({ entries }), ME), status: 'offline', hasDropped: true, ...overrides });
}

describe('register rows on this device', () => {
  it('lists one register in its order', () => {
    expect(registerRows(state({}), 'taskShifts').map((r) => [r.id, r.status])).toEqual([
      ['a', null],
      ['b', null],
    ]);
  });

  it('lays waiting changes over the rows: a changed field, a new row last, a removal', () => {
    const s = state({
      outbox: [
        { commandId: 'c1', queuedAt: 1, command: { type: 'entry.save', entryId: 'a', register: 'taskShifts', fields: { whom: 'Borgerne' } } },
        { commandId: 'c2', queuedAt: 2, command: { type: 'entry.save', entryId: 'new', register: 'taskShifts', fields: { task: 'Journalføring' } } },
        { commandId: 'c3', queuedAt: 3, command: { type: 'entry.remove', entryId: 'b' } },
        { commandId: 'c4', queuedAt: 4, command: { type: 'entry.save', entryId: 'y', register: 'invisibleWork', fields: { work: 'Oplæring' } } },
      ],
    });
    const rows = registerRows(s, 'taskShifts');
    expect(rows.map((r) => [r.id, r.status, r.position])).toEqual([
      ['a', 'pending', 0],
      ['b', 'removing', 1],
      ['new', 'pending', 2],
    ]);
    expect(rows[0]?.data).toEqual({ task: 'Rejseafregning', whom: 'Borgerne' });
  });

  it('keeps refused changes of the register, with what was sent', () => {
    const s = state({
      rejected: [
        { commandId: 'c1', code: 'register_not_in_step', command: { type: 'entry.save', entryId: 'n', register: 'taskShifts', fields: { task: 'Tolk' } } },
        { commandId: 'c2', code: 'entry_is_fixed', command: { type: 'entry.remove', entryId: 'a' } },
        { commandId: 'c3', code: 'entry_is_fixed', command: { type: 'entry.remove', entryId: 'x' } },
      ],
    });
    expect(refusedEntryChanges(s, 'taskShifts')).toEqual([
      { commandId: 'c1', entryId: 'n', register: 'taskShifts', fields: { task: 'Tolk' }, code: 'register_not_in_step' },
      { commandId: 'c2', entryId: 'a', register: 'taskShifts', fields: null, code: 'entry_is_fixed' },
    ]);
  });
});
