import type { Localized } from './localized.ts';

/**
 * The kinds of note a step can collect. Each kind has a colour, but also a label and an icon,
 * so nobody depends on telling colours apart.
 */
export const NOTE_KIND_IDS = ['today', 'better', 'worse', 'idea'] as const;
export type NoteKindId = (typeof NOTE_KIND_IDS)[number];

export type NoteColour = 'orange' | 'green' | 'red' | 'yellow';
export type NoteIcon = 'circle' | 'plus' | 'minus' | 'bulb';

export interface NoteKind {
  readonly id: NoteKindId;
  readonly colour: NoteColour;
  readonly icon: NoteIcon;
  readonly label: Localized;
  /** A single key the facilitator can press to pick this kind while typing for the room. */
  readonly shortcut: string;
}

export const NOTE_KINDS: Readonly<Record<NoteKindId, NoteKind>> = {
  today: {
    id: 'today',
    colour: 'orange',
    icon: 'circle',
    label: { da: 'Sådan er det i dag', en: 'How it is today' },
    shortcut: 'o',
  },
  better: {
    id: 'better',
    colour: 'green',
    icon: 'plus',
    label: { da: 'Bliver bedre', en: 'Gets better' },
    shortcut: 'g',
  },
  worse: {
    id: 'worse',
    colour: 'red',
    icon: 'minus',
    label: { da: 'Bliver værre', en: 'Gets worse' },
    shortcut: 'r',
  },
  idea: {
    id: 'idea',
    colour: 'yellow',
    icon: 'bulb',
    label: { da: 'Forudsætning', en: 'Precondition' },
    shortcut: 'f',
  },
};
