import { useEffect, useState } from 'react';
import { z } from 'zod';
import { NOTE_KIND_IDS, type NoteKindId } from '../../../domain/noteKinds.ts';
import { browserStore, readJson, writeJson } from '../../realtime/localStore.ts';
import { storageKeys } from '../../realtime/storageKeys.ts';

/**
 * What a person is writing; kept above the form (and in local storage) so that closing the
 * form, a refusal, the facilitator moving on or a reload loses nothing.
 */
export interface NoteDraft {
  readonly category: string | null;
  readonly kind: NoteKindId | null;
  readonly text: string;
  /** The step the person was writing for; differs from the step on screen after a move. */
  readonly stepId: string | null;
  /** The refused command this draft came back from, dismissed once it is sent again. */
  readonly fromRejected: string | null;
}

export const EMPTY_DRAFT: NoteDraft = { category: null, kind: null, text: '', stepId: null, fromRejected: null };

const NoteDraftSchema = z.object({
  category: z.string().nullable(),
  kind: z.enum(NOTE_KIND_IDS).nullable(),
  text: z.string(),
  stepId: z.string().nullable(),
  fromRejected: z.string().nullable(),
});

/** The draft for this workshop and viewer, saved as it changes. */
export function useNoteDraft(workshopId: string, viewerKey: string): [NoteDraft, (draft: NoteDraft) => void] {
  const key = storageKeys.draft(workshopId, viewerKey);
  const [draft, setDraft] = useState<NoteDraft>(() => readJson(browserStore(), key, NoteDraftSchema) ?? EMPTY_DRAFT);
  useEffect(() => {
    writeJson(browserStore(), key, draft);
  }, [key, draft]);
  return [draft, setDraft];
}
