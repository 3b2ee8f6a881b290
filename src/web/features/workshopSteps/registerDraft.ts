import { useCallback, useEffect, useState } from 'react';
import { z } from 'zod';
import type { EntryData, RegisterDefinition, RegisterId } from '../../../domain/registerTypes.ts';
import type { MeView } from '../../../protocol/views.ts';
import { browserStore, readJson, removeKey, writeJson, type KeyValueStore } from '../../realtime/localStore.ts';
import { storageKeys } from '../../realtime/storageKeys.ts';
import { fieldsToSave, type EntryDraft } from '../registers/entryDraft.ts';

/**
 * A register row someone was writing in a live workshop's row dialog, kept (per workshop, viewer
 * and register, in local storage) so that the facilitator moving on or a reload loses nothing.
 */
export interface RegisterDraft {
  /** The row's id: an existing row's, or the id a new row keeps so that it is saved once [R10]. */
  readonly entryId: string;
  readonly isNew: boolean;
  /**
   * Only the fields the person changed, as a save would send them. Keeping the changes rather than
   * the whole form means that on reopening, fields someone else changed meanwhile are not undone.
   */
  readonly changes: EntryData;
}

const RegisterDraftSchema = z.object({
  entryId: z.string().min(1),
  isNew: z.boolean(),
  changes: z.record(z.string(), z.union([z.string(), z.array(z.string()), z.null()])),
});

/** The viewer key the page gave its client (viewerKeyOf), from who the server says we are. */
export function viewerOf(me: MeView | null): string | null {
  if (!me) return null;
  return me.role === 'participant' ? `participant.${me.participantId ?? 'unknown'}` : me.role;
}

/** Beside the note draft's key, so it is found from the one list of keys. */
export function registerDraftKey(workshopId: string, viewer: string, register: RegisterId): string {
  return `${storageKeys.draft(workshopId, viewer)}.register.${register}`;
}

export function readRegisterDraft(store: KeyValueStore, key: string): RegisterDraft | null {
  return readJson(store, key, RegisterDraftSchema);
}

/** Saves a draft, or forgets it (null). */
export function writeRegisterDraft(store: KeyValueStore, key: string, draft: RegisterDraft | null): void {
  if (draft) writeJson(store, key, draft);
  else removeKey(store, key);
}

/** What an open dialog leaves to keep: its changes to the row, or null when it changes nothing. */
export function draftOfDialog(definition: RegisterDefinition, row: { entryId: string; isNew: boolean; stored: EntryData | null }, form: EntryDraft): RegisterDraft | null {
  const changes = fieldsToSave(definition, row.stored, form);
  return Object.keys(changes).length > 0 ? { entryId: row.entryId, isNew: row.isNew, changes } : null;
}

/** How a kept draft reopens: on its row as it is now, or as a new row if its row has since gone. */
export interface Reopening {
  /** The existing row it changes, or null for a new row. */
  readonly row: { readonly id: string; readonly data: EntryData } | null;
  readonly entryId: string;
  /** What the form starts with: the row as it is now with the person's changes over it. */
  readonly initial: EntryData;
}

export function reopen(draft: RegisterDraft, rows: readonly { id: string; data: EntryData }[], newId: () => string): Reopening {
  // A new row found among the rows was saved after all; it opens as the row it became.
  const row = rows.find((r) => r.id === draft.entryId);
  if (row) return { row: { id: row.id, data: row.data }, entryId: row.id, initial: { ...row.data, ...draft.changes } };
  return { row: null, entryId: draft.isNew ? draft.entryId : newId(), initial: draft.changes };
}

/**
 * The kept draft of one register for this workshop and viewer, and a setter that stores it (null
 * forgets it). It is read after mounting, once the viewer is known: the status line that offers
 * it is then filled after it appeared, so a screen reader announces it.
 */
export function useRegisterDraft(workshopId: string | null, viewer: string | null, register: RegisterId): [RegisterDraft | null, (draft: RegisterDraft | null) => void] {
  const key = workshopId && viewer ? registerDraftKey(workshopId, viewer, register) : null;
  const [kept, setKept] = useState<RegisterDraft | null>(null);
  useEffect(() => {
    setKept(key ? readRegisterDraft(browserStore(), key) : null);
  }, [key]);
  const keep = useCallback(
    (draft: RegisterDraft | null) => {
      if (key) writeRegisterDraft(browserStore(), key, draft);
      setKept(draft);
    },
    [key],
  );
  return [kept, keep];
}
