import { z } from 'zod';
import { COMPARISON_HIDDEN_REASONS } from '../domain/comparison.ts';
import { TRAIT_IDS } from '../domain/rasmus.ts';

/** One side of the before/after comparison: the workshop it comes from and how many took part. */
export const ComparisonSideViewSchema = z.object({
  workshopId: z.string(),
  title: z.string(),
  /** Distinct people who wrote in the counted step (guests and typed-for-the-room headcount). */
  contributors: z.number().int(),
});

/** Per RASMUS trait: positive and negative notes expected before, and experienced after. */
export const TraitComparisonSchema = z.object({
  traitId: z.enum(TRAIT_IDS),
  expectedPositive: z.number().int(),
  expectedNegative: z.number().int(),
  experiencedPositive: z.number().int(),
  experiencedNegative: z.number().int(),
});
export type TraitComparison = z.infer<typeof TraitComparisonSchema>;


export const ComparisonResponseSchema = z.object({
  expected: ComparisonSideViewSchema.nullable(),
  experienced: ComparisonSideViewSchema.nullable(),
  minGroupSize: z.number().int(),
  /** Null whenever hiddenReason is set: no counts leave the server below the threshold. */
  traits: z.array(TraitComparisonSchema).nullable(),
  hiddenReason: z.enum(COMPARISON_HIDDEN_REASONS).nullable(),
});
export type ComparisonResponse = z.infer<typeof ComparisonResponseSchema>;
