import { describe, expect, it } from 'vitest';
import { overviewSide, sumSides, type OverviewSide } from './overview.ts';
import type { ComparisonSideInput } from './comparison.ts';

const input = (contributors: number, notes: ComparisonSideInput['notes']): ComparisonSideInput => ({ contributors, notes });
const better = (trait: string) => ({ category: trait, kind: 'better' as const });
const worse = (trait: string) => ({ category: trait, kind: 'worse' as const });

describe('the overview’s sides', () => {
  it('shows a side whole from the minimum group size, and withholds it below', () => {
    const notes = [better('realistic'), better('realistic'), worse('healthy')];
    expect(overviewSide(input(4, notes), 5)).toEqual({ status: 'too_few' });
    const shown = overviewSide(input(5, notes), 5);
    expect(shown.status).toBe('shown');
    if (shown.status !== 'shown') throw new Error('shown');
    expect(shown.contributors).toBe(5);
    expect(shown.traits.find((t) => t.traitId === 'realistic')).toEqual({ traitId: 'realistic', positive: 2, negative: 0 });
    expect(shown.traits.find((t) => t.traitId === 'healthy')).toEqual({ traitId: 'healthy', positive: 0, negative: 1 });
    expect(overviewSide(null, 5)).toEqual({ status: 'none' });
  });

  it('sums only shown sides, so no filter combination reveals a withheld one', () => {
    const big = overviewSide(input(8, [better('realistic'), worse('realistic')]), 5);
    const other = overviewSide(input(6, [better('realistic')]), 5);
    const small = overviewSide(input(3, [worse('realistic'), worse('realistic')]), 5);
    const total = (sides: OverviewSide[]) => sumSides(sides).traits.find((t) => t.traitId === 'realistic');
    // All three, and "all but the big one": the difference is exactly the big project's own shown counts.
    const all = total([big, other, small]);
    const withoutBig = total([other, small]);
    expect(all).toEqual({ traitId: 'realistic', positive: 2, negative: 1 });
    expect(withoutBig).toEqual({ traitId: 'realistic', positive: 1, negative: 0 });
    // The small project is in no total: with or without it, every total is the same.
    expect(total([big, other])).toEqual(all);
    expect(total([small])).toEqual({ traitId: 'realistic', positive: 0, negative: 0 });
    expect(sumSides([big, other, small, { status: 'none' }])).toMatchObject({ counted: 2, withheld: 1 });
  });
});
