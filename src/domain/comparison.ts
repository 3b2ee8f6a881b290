import { NOTE_KINDS } from './noteKinds.ts';
import { TRAIT_IDS, type TraitId } from './rasmus.ts';
import type { Note } from './workshopState.ts';

/** The notes of one side's counted step, and how many people wrote them. */
export interface ComparisonSideInput {
  readonly notes: readonly Pick<Note, 'category' | 'kind'>[];
  readonly contributors: number;
}

export interface TraitCounts {
  readonly traitId: TraitId;
  readonly expectedPositive: number;
  readonly expectedNegative: number;
  readonly experiencedPositive: number;
  readonly experiencedNegative: number;
}

export const COMPARISON_HIDDEN_REASONS = ['no_expected', 'no_experienced', 'too_few_expected', 'too_few_experienced'] as const;
export type ComparisonHiddenReason = (typeof COMPARISON_HIDDEN_REASONS)[number];

export type ComparisonResult =
  | { readonly shown: true; readonly traits: readonly TraitCounts[] }
  | { readonly shown: false; readonly reason: ComparisonHiddenReason };

/** Positive and negative notes on one trait, by the kinds' valence. */
export function countsOf(notes: readonly Pick<Note, 'category' | 'kind'>[], traitId: TraitId): { positive: number; negative: number } {
  let positive = 0;
  let negative = 0;
  for (const note of notes) {
    if (note.category !== traitId) continue;
    const valence = NOTE_KINDS[note.kind].valence;
    if (valence === 'positive') positive += 1;
    else if (valence === 'negative') negative += 1;
  }
  return { positive, negative };
}

/**
 * What was expected before a digitalisation against what was experienced after it, trait by
 * trait. Shown only when at least `minGroupSize` people contributed to each side: below that, the
 * counts could point at a handful of colleagues, so none are given, only the reason.
 */
export function compareTraits(
  expected: ComparisonSideInput | null,
  experienced: ComparisonSideInput | null,
  minGroupSize: number,
): ComparisonResult {
  if (!expected) return { shown: false, reason: 'no_expected' };
  if (!experienced) return { shown: false, reason: 'no_experienced' };
  if (expected.contributors < minGroupSize) return { shown: false, reason: 'too_few_expected' };
  if (experienced.contributors < minGroupSize) return { shown: false, reason: 'too_few_experienced' };
  const traits = TRAIT_IDS.map((traitId) => {
    const before = countsOf(expected.notes, traitId);
    const after = countsOf(experienced.notes, traitId);
    return {
      traitId,
      expectedPositive: before.positive,
      expectedNegative: before.negative,
      experiencedPositive: after.positive,
      experiencedNegative: after.negative,
    };
  });
  return { shown: true, traits };
}
