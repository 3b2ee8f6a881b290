import { describe, expect, it } from 'vitest';
import type { PatchMessage } from '../../protocol/socketMessages.ts';
import { applyPatch, applyWelcome, boardFromSnapshot, EMPTY_BOARD, snapshotOf } from './boardState.ts';
import { entryView, ME, noteView, snapshot, workshopView } from './testFixtures.ts';

const patch = (seq: number, changes: PatchMessage['changes']): PatchMessage => ({ type: 'patch', seq, changes });

describe('boardState', () => {
  it('a snapshot welcome replaces the board', () => {
    const old = boardFromSnapshot(snapshot({ seq: 2, notes: [noteView({ id: 'old' })] }), null);
    const board = applyWelcome(old, { type: 'welcome', protocolVersion: 1, serverTime: 0, me: ME, resume: 'snapshot', snapshot: snapshot() });
    expect(board?.seq).toBe(5);
    expect([...(board?.notes.keys() ?? [])]).toEqual(['n1']);
    expect(board?.me).toEqual(ME);
  });

  it('a resume welcome keeps the board and updates me', () => {
    const old = boardFromSnapshot(snapshot(), null);
    const board = applyWelcome(old, { type: 'welcome', protocolVersion: 1, serverTime: 0, me: ME, resume: 'events', snapshot: null });
    expect(board?.notes).toBe(old.notes);
    expect(board?.me).toEqual(ME);
  });

  it('a resume welcome with nothing to resume asks for a snapshot (null)', () => {
    expect(applyWelcome(EMPTY_BOARD, { type: 'welcome', protocolVersion: 1, serverTime: 0, me: ME, resume: 'events', snapshot: null })).toBeNull();
  });

  it('applies upserts and removals and tracks the seq', () => {
    const board = boardFromSnapshot(snapshot(), ME);
    const next = applyPatch(board, patch(6, [{ op: 'note.upsert', note: noteView({ id: 'n2', text: 'Ny' }) }, { op: 'note.remove', noteId: 'n1' }]));
    expect([...next.notes.keys()]).toEqual(['n2']);
    expect(next.seq).toBe(6);
  });

  it('applying the same patch twice gives the same board', () => {
    const board = boardFromSnapshot(snapshot(), ME);
    const p = patch(6, [
      { op: 'note.upsert', note: noteView({ id: 'n2' }) },
      { op: 'group.upsert', group: { id: 'g1', stepId: 'today', label: 'Tid' } },
      { op: 'workshop', workshop: workshopView({ stepIndex: 2 }) },
    ]);
    const once = applyPatch(board, p);
    const twice = applyPatch(once, p);
    expect(snapshotOf(twice)).toEqual(snapshotOf(once));
  });

  it('ignores a patch older than the board, so a stale frame cannot roll back', () => {
    const board = boardFromSnapshot(snapshot({ seq: 9 }), ME);
    const next = applyPatch(board, patch(7, [{ op: 'note.remove', noteId: 'n1' }]));
    expect(next).toBe(board);
  });

  it('ignores patches before the first welcome', () => {
    expect(applyPatch(EMPTY_BOARD, patch(1, [{ op: 'note.upsert', note: noteView() }]))).toBe(EMPTY_BOARD);
  });

  it('removing something absent changes nothing', () => {
    const board = boardFromSnapshot(snapshot(), ME);
    const next = applyPatch(board, patch(6, [{ op: 'action.remove', actionId: 'nope' }, { op: 'group.remove', groupId: 'nope' }]));
    expect(next.actions).toBe(board.actions);
    expect(next.groups).toBe(board.groups);
  });

  it('keeps register rows from the snapshot and applies their upserts and removals', () => {
    const board = boardFromSnapshot(snapshot({ entries: [entryView({ id: 'e1' }), entryView({ id: 'e2', position: 1 })] }), ME);
    expect([...board.entries.keys()]).toEqual(['e1', 'e2']);
    const changed = entryView({ id: 'e1', data: { task: 'Kørselsregnskab' }, version: 2 });
    const p = patch(6, [{ op: 'entry.upsert', entry: changed }, { op: 'entry.remove', entryId: 'e2' }]);
    const next = applyPatch(board, p);
    expect([...next.entries.values()]).toEqual([changed]);
    expect(applyPatch(next, p).entries).toEqual(next.entries);
    expect(applyPatch(next, patch(7, [{ op: 'entry.remove', entryId: 'nope' }])).entries).toBe(next.entries);
    expect(snapshotOf(next)?.entries).toEqual([changed]);
  });

  it('round-trips through a snapshot for local storage', () => {
    const board = boardFromSnapshot(snapshot(), ME);
    expect(snapshotOf(board)).toEqual(snapshot());
    expect(snapshotOf(EMPTY_BOARD)).toBeNull();
  });
});
