import type { Localized } from './localized.ts';

/** The six traits of good work in the RASMUS model, in the model's order. */
export const TRAIT_IDS = [
  'realistic',
  'recognised',
  'autonomous',
  'meaningful',
  'developing',
  'healthy',
] as const;
export type TraitId = (typeof TRAIT_IDS)[number];

export interface Trait {
  readonly id: TraitId;
  /** The letter of RASMUS the trait stands for (R, A, S, M, U, S). */
  readonly letter: string;
  readonly name: Localized;
  /** One or two sentences: what the trait means at work. */
  readonly meaning: Localized;
  /** Short examples of how digitalisation can strengthen the trait. */
  readonly strengthens: readonly Localized[];
  /** Short examples of how digitalisation can weaken the trait. */
  readonly weakens: readonly Localized[];
}
