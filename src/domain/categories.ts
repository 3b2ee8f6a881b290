import type { Localized } from './localized.ts';
import { TRAIT_IDS } from './rasmus.ts';
import { RASMUS_TRAITS } from './rasmusTraits.ts';

/** Where in a digitalisation a precondition belongs. */
export const TIMING_IDS = ['before', 'during', 'after'] as const;
export type TimingId = (typeof TIMING_IDS)[number];

/** The sets of categories a step can place its notes on. */
export const CATEGORY_SET_IDS = ['traits', 'timing'] as const;
export type CategorySetId = (typeof CATEGORY_SET_IDS)[number];

export interface Category {
  readonly id: string;
  readonly label: Localized;
}

const TIMING_LABELS: Readonly<Record<TimingId, Localized>> = {
  before: { da: 'Før', en: 'Before' },
  during: { da: 'Under', en: 'During' },
  after: { da: 'Efter', en: 'After' },
};

/** The categories of a set, in display order. */
export function categoriesOf(set: CategorySetId): readonly Category[] {
  switch (set) {
    case 'traits':
      return TRAIT_IDS.map((id) => {
        const trait = RASMUS_TRAITS.find((t) => t.id === id);
        if (!trait) throw new Error(`RASMUS trait ${id} has no text`);
        return { id, label: trait.name };
      });
    case 'timing':
      return TIMING_IDS.map((id) => ({ id, label: TIMING_LABELS[id] }));
    default: {
      const unreachable: never = set;
      throw new Error(`unknown category set ${String(unreachable)}`);
    }
  }
}
