import { NOTE_KINDS, type NoteKindId } from '../../../domain/noteKinds.ts';

/** A code names a category by one digit, so only the first nine can be picked by code. */
export const QUICK_CODE_MAX_CATEGORIES = 9;

export interface QuickChoice {
  /** Index into the step's categories, or null when the code names none. */
  readonly categoryIndex: number | null;
  readonly kind: NoteKindId | null;
}

/**
 * Reads a quick-entry code such as "3g" or "g3": a digit picks the category (1–6 for traits,
 * 1–3 for before/during/after), a letter picks the kind by its shortcut (o, g, r, f), among the
 * kinds the step allows. Anything else is ignored; the last valid digit and letter win.
 */
export function parseQuickCode(code: string, categoryCount: number, kinds: readonly NoteKindId[]): QuickChoice {
  let categoryIndex: number | null = null;
  let kind: NoteKindId | null = null;
  for (const ch of code.toLowerCase()) {
    const digit = Number.parseInt(ch, 10);
    if (Number.isInteger(digit) && digit >= 1 && digit <= categoryCount) {
      categoryIndex = digit - 1;
      continue;
    }
    const match = kinds.find((k) => NOTE_KINDS[k].shortcut === ch);
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
