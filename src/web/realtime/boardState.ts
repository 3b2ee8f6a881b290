import type { PatchMessage, WelcomeMessage } from '../../protocol/socketMessages.ts';
import type {
  ActionView,
  Change,
  GroupView,
  MeView,
  NoteView,
  ReviewItemView,
  Snapshot,
  WorkshopEntryView,
  WorkshopView,
} from '../../protocol/views.ts';

/** The client's copy of one workshop, as this viewer is allowed to see it. */
export interface BoardState {
  /** The seq of the last event applied; null before the first welcome. */
  readonly seq: number | null;
  readonly workshop: WorkshopView | null;
  readonly notes: ReadonlyMap<string, NoteView>;
  readonly groups: ReadonlyMap<string, GroupView>;
  readonly actions: ReadonlyMap<string, ActionView>;
  /** Rows of the project's registers that the workshop's register steps fill in. */
  readonly entries: ReadonlyMap<string, WorkshopEntryView>;
  /** The project's open actions from earlier workshops that a review step goes through. */
  readonly review: ReadonlyMap<string, ReviewItemView>;
  readonly me: MeView | null;
}

export const EMPTY_BOARD: BoardState = {
  seq: null,
  workshop: null,
  notes: new Map(),
  groups: new Map(),
  actions: new Map(),
  entries: new Map(),
  review: new Map(),
  me: null,
};

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** A board built from a full snapshot; the snapshot replaces whatever the client had. */
export function boardFromSnapshot(snapshot: Snapshot, me: MeView | null): BoardState {
  return {
    seq: snapshot.seq,
    workshop: snapshot.workshop,
    notes: byId(snapshot.notes),
    groups: byId(snapshot.groups),
    actions: byId(snapshot.actions),
    entries: byId(snapshot.entries),
    review: byId(snapshot.review),
    me,
  };
}

/** The board as a snapshot again, for keeping it in local storage between visits. */
export function snapshotOf(board: BoardState): Snapshot | null {
  if (board.seq === null || board.workshop === null) return null;
  return {
    seq: board.seq,
    workshop: board.workshop,
    notes: [...board.notes.values()],
    groups: [...board.groups.values()],
    actions: [...board.actions.values()],
    entries: [...board.entries.values()],
    review: [...board.review.values()],
  };
}

/**
 * Applies a welcome. A snapshot replaces the board; resume:'events' keeps it (the missed patches
 * follow). Returns null when the server wants to resume but the client has nothing to resume
 * from, so the caller can reconnect asking for a snapshot.
 */
export function applyWelcome(board: BoardState, welcome: WelcomeMessage): BoardState | null {
  if (welcome.resume === 'snapshot' || welcome.snapshot !== null) {
    if (welcome.snapshot === null) return null;
    return boardFromSnapshot(welcome.snapshot, welcome.me);
  }
  if (board.seq === null || board.workshop === null) return null;
  return { ...board, me: welcome.me };
}

function withEntry<T>(map: ReadonlyMap<string, T>, id: string, value: T): Map<string, T> {
  const next = new Map(map);
  next.set(id, value);
  return next;
}

function withoutEntry<T>(map: ReadonlyMap<string, T>, id: string): ReadonlyMap<string, T> {
  if (!map.has(id)) return map;
  const next = new Map(map);
  next.delete(id);
  return next;
}

/** One change; every change is an upsert or a removal, so applying it twice changes nothing. */
export function applyChange(board: BoardState, change: Change): BoardState {
  switch (change.op) {
    case 'note.upsert':
      return { ...board, notes: withEntry(board.notes, change.note.id, change.note) };
    case 'note.remove':
      return { ...board, notes: withoutEntry(board.notes, change.noteId) };
    case 'group.upsert':
      return { ...board, groups: withEntry(board.groups, change.group.id, change.group) };
    case 'group.remove':
      return { ...board, groups: withoutEntry(board.groups, change.groupId) };
    case 'action.upsert':
      return { ...board, actions: withEntry(board.actions, change.action.id, change.action) };
    case 'action.remove':
      return { ...board, actions: withoutEntry(board.actions, change.actionId) };
    case 'entry.upsert':
      return { ...board, entries: withEntry(board.entries, change.entry.id, change.entry) };
    case 'entry.remove':
      return { ...board, entries: withoutEntry(board.entries, change.entryId) };
    case 'review.upsert':
      return { ...board, review: withEntry(board.review, change.item.id, change.item) };
    case 'review.reset': {
      const keep = new Set(change.actionIds);
      return { ...board, review: new Map([...board.review].filter(([id]) => keep.has(id))) };
    }
    case 'workshop':
      return { ...board, workshop: change.workshop };
    default: {
      const unreachable: never = change;
      throw new Error(`unknown change ${JSON.stringify(unreachable)}`);
    }
  }
}

/**
 * Applies a patch unless it is older than the board (a stale frame would roll changes back).
 * A patch at the board's own seq is applied again: its changes are idempotent upserts, and the
 * server may send a viewer-specific patch without a new event. Patches before the first welcome
 * are ignored.
 */
export function applyPatch(board: BoardState, patch: PatchMessage): BoardState {
  if (board.seq === null || board.workshop === null) return board;
  if (patch.seq < board.seq) return board;
  const next = patch.changes.reduce(applyChange, board);
  return { ...next, seq: patch.seq };
}
