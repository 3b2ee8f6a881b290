import { NOTE_KINDS, type NoteKindId } from '../../../domain/noteKinds.ts';

export interface QuickChoice {
  /** Index into the step's categories, or null when the code names none. */
  readonly categoryIndex: number | null;
  readonly kind: NoteKindId | null;
}

/**
 * Reads a quick-entry code such as "3g" or "g3": digits pick the category, a letter picks the kind
 * by its shortcut (o, g, r, f, …), among the kinds the step allows. With up to nine categories each
 * digit is a code of its own and the last valid one wins; with more (a phase dialogue's eleven
 * questions) a run of digits is one number, so "11" is the eleventh. Anything else is ignored.
 */
export function parseQuickCode(code: string, categoryCount: number, kinds: readonly NoteKindId[]): QuickChoice {
  let categoryIndex: number | null = null;
  let kind: NoteKindId | null = null;
  const tokens = categoryCount > 9 ? (code.toLowerCase().match(/\d+|\D/g) ?? []) : [...code.toLowerCase()];
  for (const token of tokens) {
    if (/^\d+$/.test(token)) {
      const n = Number.parseInt(token, 10);
      if (n >= 1 && n <= categoryCount) categoryIndex = n - 1;
      continue;
    }
    const match = kinds.find((k) => NOTE_KINDS[k].shortcut === token);
    if (match) kind = match;
  }
  return { categoryIndex, kind };
}

/** The key pressed with Alt in the text field, read from the physical key so layouts do not matter. */
export function altShortcut(code: string): string | null {
  const digit = /^(?:Digit|Numpad)([0-9])$/.exec(code);
  if (digit) return digit[1] ?? null;
  const letter = /^Key([A-Z])$/.exec(code);
  return letter ? (letter[1]?.toLowerCase() ?? null) : null;
}
