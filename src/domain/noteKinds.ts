import type { Localized } from './localized.ts';

/**
 * The kinds of note a step can collect. Each kind has a colour, but also a label and an icon,
 * so nobody depends on telling colours apart.
 */
export const NOTE_KIND_IDS = ['today', 'better', 'worse', 'idea', 'improved', 'worsened', 'reason', 'answer', 'consequence', 'remedy'] as const;
export type NoteKindId = (typeof NOTE_KIND_IDS)[number];

export type NoteColour = 'orange' | 'green' | 'red' | 'yellow' | 'blue' | 'purple' | 'teal';
export type NoteIcon = 'circle' | 'plus' | 'minus' | 'bulb' | 'check' | 'speech' | 'alert' | 'wrench';

/**
 * Which way a note points on a trait: counted in the before/after comparison as a gain or a loss.
 * Kinds that are neither (today's situation, an idea, an answer) are null.
 */
export type NoteValence = 'positive' | 'negative' | null;

export interface NoteKind {
  readonly id: NoteKindId;
  readonly colour: NoteColour;
  readonly icon: NoteIcon;
  readonly label: Localized;
  /** A single key the facilitator can press to pick this kind while typing for the room. */
  readonly shortcut: string;
  readonly valence: NoteValence;
}

export const NOTE_KINDS: Readonly<Record<NoteKindId, NoteKind>> = {
  today: {
    id: 'today',
    colour: 'orange',
    icon: 'circle',
    label: { da: 'Sådan er det i dag', en: 'How it is today' },
    shortcut: 'o',
    valence: null,
  },
  better: {
    id: 'better',
    colour: 'green',
    icon: 'plus',
    label: { da: 'Bliver bedre', en: 'Gets better' },
    shortcut: 'g',
    valence: 'positive',
  },
  worse: {
    id: 'worse',
    colour: 'red',
    icon: 'minus',
    label: { da: 'Bliver værre', en: 'Gets worse' },
    shortcut: 'r',
    valence: 'negative',
  },
  idea: {
    id: 'idea',
    colour: 'yellow',
    icon: 'bulb',
    label: { da: 'Forudsætning', en: 'Precondition' },
    shortcut: 'f',
    valence: null,
  },
  improved: {
    id: 'improved',
    colour: 'green',
    icon: 'plus',
    label: { da: 'Er blevet bedre', en: 'Got better' },
    shortcut: 'g',
    valence: 'positive',
  },
  worsened: {
    id: 'worsened',
    colour: 'red',
    icon: 'minus',
    label: { da: 'Er blevet værre', en: 'Got worse' },
    shortcut: 'r',
    valence: 'negative',
  },
  reason: {
    id: 'reason',
    colour: 'blue',
    icon: 'check',
    label: { da: 'Derfor lykkedes det', en: 'Why it worked' },
    shortcut: 'b',
    valence: null,
  },
  answer: {
    id: 'answer',
    colour: 'yellow',
    icon: 'speech',
    label: { da: 'Svar', en: 'Answer' },
    shortcut: 's',
    valence: null,
  },
  consequence: {
    id: 'consequence',
    colour: 'purple',
    icon: 'alert',
    label: { da: 'Konsekvens', en: 'Consequence' },
    shortcut: 'k',
    valence: null,
  },
  remedy: {
    id: 'remedy',
    colour: 'teal',
    icon: 'wrench',
    label: { da: 'Det kan vi gøre', en: 'What we can do' },
    shortcut: 't',
    valence: null,
  },
};
