import { z } from 'zod';
import { NoteViewSchema, type NoteView, type WorkshopView } from '../../protocol/views.ts';
import { readJson, writeJson, type KeyValueStore } from './localStore.ts';

const MyNotesSchema = z.object({
  ids: z.array(z.string()),
  notes: z.array(NoteViewSchema),
});

/**
 * The notes this device wrote. The server sends no author ids, and a hidden note may reach
 * nobody but its author (or nobody at all in an anonymous workshop), so the device remembers
 * its own: the ids it made and the notes as the server stored them (from command.ack).
 */
export interface MyNotes {
  readonly ids: ReadonlySet<string>;
  readonly notes: ReadonlyMap<string, NoteView>;
}

export const NO_NOTES: MyNotes = { ids: new Set(), notes: new Map() };

export function loadMyNotes(store: KeyValueStore, key: string): MyNotes {
  const stored = readJson(store, key, MyNotesSchema);
  if (!stored) return NO_NOTES;
  return { ids: new Set(stored.ids), notes: new Map(stored.notes.map((n) => [n.id, n])) };
}

export function saveMyNotes(store: KeyValueStore, key: string, mine: MyNotes): void {
  writeJson(store, key, { ids: [...mine.ids], notes: [...mine.notes.values()] });
}

export function withMyId(mine: MyNotes, noteId: string): MyNotes {
  if (mine.ids.has(noteId)) return mine;
  return { ...mine, ids: new Set([...mine.ids, noteId]) };
}

export function withMyNote(mine: MyNotes, note: NoteView): MyNotes {
  const notes = new Map(mine.notes);
  notes.set(note.id, note);
  return { ids: new Set([...mine.ids, note.id]), notes };
}

export function withoutMyNote(mine: MyNotes, noteId: string): MyNotes {
  if (!mine.notes.has(noteId)) return mine;
  const notes = new Map(mine.notes);
  notes.delete(noteId);
  return { ...mine, notes };
}

/**
 * Forgets cached notes the board proves gone: a visible note missing from the board was deleted
 * or merged; a hidden one is gone when its step has no hidden notes left.
 */
export function pruneMyNotes(
  mine: MyNotes,
  boardNotes: ReadonlyMap<string, NoteView>,
  workshop: WorkshopView | null,
): MyNotes {
  let next = mine;
  for (const cached of mine.notes.values()) {
    const onBoard = boardNotes.get(cached.id);
    if (onBoard) {
      if (onBoard !== cached) next = withMyNote(next, onBoard);
      continue;
    }
    const hiddenLeft = workshop?.hiddenCounts[cached.stepId] ?? 0;
    if (!cached.hidden || hiddenLeft === 0) next = withoutMyNote(next, cached.id);
  }
  return next;
}
