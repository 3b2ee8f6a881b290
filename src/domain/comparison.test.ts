import { describe, expect, it } from 'vitest';
import { compareTraits, type ComparisonSideInput } from './comparison.ts';

const before: ComparisonSideInput = {
  contributors: 5,
  notes: [
    { category: 'realistic', kind: 'better' },
    { category: 'realistic', kind: 'better' },
    { category: 'realistic', kind: 'worse' },
    { category: 'healthy', kind: 'worse' },
    // Neither positive nor negative: not counted.
    { category: 'healthy', kind: 'today' },
  ],
};
const after: ComparisonSideInput = {
  contributors: 6,
  notes: [
    { category: 'realistic', kind: 'improved' },
    { category: 'healthy', kind: 'worsened' },
    { category: 'healthy', kind: 'worsened' },
    { category: 'healthy', kind: 'reason' },
  ],
};

describe('compareTraits', () => {
  it('counts positive and negative notes per trait on each side, in the model order', () => {
    const result = compareTraits(before, after, 5);
    expect(result.shown).toBe(true);
    if (!result.shown) return;
    expect(result.traits.map((t) => t.traitId)).toEqual(['realistic', 'recognised', 'autonomous', 'meaningful', 'developing', 'healthy']);
    expect(result.traits[0]).toEqual({ traitId: 'realistic', expectedPositive: 2, expectedNegative: 1, experiencedPositive: 1, experiencedNegative: 0 });
    expect(result.traits[5]).toEqual({ traitId: 'healthy', expectedPositive: 0, expectedNegative: 1, experiencedPositive: 0, experiencedNegative: 2 });
  });

  it('is shown at exactly the minimum group size on both sides', () => {
    expect(compareTraits({ ...before, contributors: 5 }, { ...after, contributors: 5 }, 5).shown).toBe(true);
  });

  it('hides every count, and says which side had too few, below the minimum', () => {
    expect(compareTraits({ ...before, contributors: 4 }, after, 5)).toEqual({ shown: false, reason: 'too_few_expected' });
    expect(compareTraits(before, { ...after, contributors: 4 }, 5)).toEqual({ shown: false, reason: 'too_few_experienced' });
    expect(compareTraits(before, after, 7)).toEqual({ shown: false, reason: 'too_few_expected' });
  });

  it('says when a side is missing', () => {
    expect(compareTraits(null, after, 5)).toEqual({ shown: false, reason: 'no_expected' });
    expect(compareTraits(before, null, 5)).toEqual({ shown: false, reason: 'no_experienced' });
  });
});
