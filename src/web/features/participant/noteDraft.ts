import type { NoteKindId } from '../../../domain/noteKinds.ts';

/** What a person is writing; kept outside the form so closing it or a refusal loses nothing. */
export interface NoteDraft {
  readonly category: string | null;
  readonly kind: NoteKindId | null;
  readonly text: string;
  /** The refused command this draft came back from, dismissed once it is sent again. */
  readonly fromRejected: string | null;
}

export const EMPTY_DRAFT: NoteDraft = { category: null, kind: null, text: '', fromRejected: null };
