import type { ReviewOutcome } from '../../../domain/actionPlan.ts';
import { NOTE_KIND_IDS, NOTE_KINDS, type NoteColour, type NoteKindId } from '../../../domain/noteKinds.ts';

/** The note kinds' accent colours, as the web app's tokens have them (src/web/ui/base.css). */
export const NOTE_COLOURS: Readonly<Record<NoteColour, string>> = {
  orange: '#9a4a00',
  green: '#1e6b34',
  red: '#b3261e',
  yellow: '#735700',
  blue: '#1d4f91',
  purple: '#6a3d9a',
  teal: '#0f6466',
};

/** Each note kind's colour, for the bar beside a note and its name. */
export const KIND_COLOURS = Object.fromEntries(NOTE_KIND_IDS.map((kind) => [kind, NOTE_COLOURS[NOTE_KINDS[kind].colour]])) as Readonly<
  Record<NoteKindId, string>
>;

/** One look for both documents: the web app's text colours, and sizes in points. */
export const MINUTES_STYLE = {
  colours: { text: '#1b1f24', muted: '#4a5561', primary: '#174a7c', rule: '#c9ced6', headerFill: '#e7eef7' },
  sizes: { title: 20, heading2: 14, heading3: 11, body: 10, caption: 9.5, table: 9, footer: 8 },
} as const;

/** The bar beside a reviewed action, by what the meeting decided; the decision itself is always said in words. */
export const OUTCOME_COLOURS: Readonly<Record<ReviewOutcome | 'undecided', string>> = {
  done: NOTE_COLOURS.green,
  open: NOTE_COLOURS.yellow,
  dropped: MINUTES_STYLE.colours.muted,
  undecided: NOTE_COLOURS.red,
};
