import { countsOf, type ComparisonSideInput } from './comparison.ts';
import { TRAIT_IDS, type TraitId } from './rasmus.ts';

/**
 * The committee's overview across projects. Its one privacy rule: a project's trait counts are
 * shown whole or not at all, decided per project and side by the organisation's minimum group
 * size, and every total is a sum of shown projects only. A total can then never be taken apart
 * into less than what is shown project by project, whichever filters are combined: subtracting
 * one filtered total from another leaves a sum of projects that were each shown anyway.
 * Only finished workshops count, so a total does not move note by note while people write.
 */

export interface TraitBalance {
  readonly traitId: TraitId;
  /** Green before (what the compass expects to get better), or better after. */
  readonly positive: number;
  /** Red before (what it expects to get worse), or worse after. */
  readonly negative: number;
}

export type OverviewSide =
  | { readonly status: 'shown'; readonly contributors: number; readonly traits: readonly TraitBalance[] }
  /** No finished workshop of this kind in the project. */
  | { readonly status: 'none' }
  /** Fewer than the minimum group size took part: nothing is counted. */
  | { readonly status: 'too_few' };

/** One project's side (before or after), whole or withheld. */
export function overviewSide(input: ComparisonSideInput | null, minGroupSize: number): OverviewSide {
  if (!input) return { status: 'none' };
  if (input.contributors < minGroupSize) return { status: 'too_few' };
  return {
    status: 'shown',
    contributors: input.contributors,
    traits: TRAIT_IDS.map((traitId) => ({ traitId, ...countsOf(input.notes, traitId) })),
  };
}

export interface SideTotal {
  /** Projects whose counts are in the total. */
  readonly counted: number;
  /** Projects with such a workshop whose counts are withheld (too few took part). */
  readonly withheld: number;
  readonly traits: readonly TraitBalance[];
}

/** The sum over the shown sides only; withheld sides add nothing but their number. */
export function sumSides(sides: readonly OverviewSide[]): SideTotal {
  const traits = TRAIT_IDS.map((traitId) => {
    let positive = 0;
    let negative = 0;
    for (const side of sides) {
      if (side.status !== 'shown') continue;
      const trait = side.traits.find((t) => t.traitId === traitId);
      positive += trait?.positive ?? 0;
      negative += trait?.negative ?? 0;
    }
    return { traitId, positive, negative };
  });
  return {
    counted: sides.filter((s) => s.status === 'shown').length,
    withheld: sides.filter((s) => s.status === 'too_few').length,
    traits,
  };
}
