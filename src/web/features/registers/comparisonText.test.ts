import { describe, expect, it } from 'vitest';
import type { ComparisonResponse } from '../../../protocol/comparison.ts';
import { barPercent, comparisonHidden, comparisonScale } from './comparisonText.ts';

const side = (title: string, contributors: number) => ({ workshopId: title, title, contributors });
const base: ComparisonResponse = { expected: null, experienced: null, minGroupSize: 5, traits: null, hiddenReason: null };

describe('comparisonHidden', () => {
  it('is null when the numbers may be shown', () => {
    const shown = { ...base, expected: side('Before', 8), experienced: side('After', 6), traits: [] };
    expect(comparisonHidden(shown)).toBeNull();
  });

  it('names the missing workshop', () => {
    expect(comparisonHidden({ ...base, hiddenReason: 'no_expected' })).toEqual({ reason: 'no_expected' });
    expect(comparisonHidden({ ...base, expected: side('Before', 8), hiddenReason: 'no_experienced' })).toEqual({ reason: 'no_experienced' });
  });

  it('says how many took part on the side that had too few, and how many are needed', () => {
    const response = { ...base, expected: side('Before', 3), experienced: side('After', 9), hiddenReason: 'too_few_expected' as const };
    expect(comparisonHidden(response)).toEqual({ reason: 'too_few_expected', contributors: 3, title: 'Before', minGroupSize: 5 });
    const after = { ...base, expected: side('Before', 9), experienced: side('After', 2), minGroupSize: 6, hiddenReason: 'too_few_experienced' as const };
    expect(comparisonHidden(after)).toEqual({ reason: 'too_few_experienced', contributors: 2, title: 'After', minGroupSize: 6 });
  });

  it('treats missing counts without a reason as a missing side, never as zeros', () => {
    expect(comparisonHidden(base)).toEqual({ reason: 'no_expected' });
    expect(comparisonHidden({ ...base, expected: side('Before', 8) })).toEqual({ reason: 'no_experienced' });
  });
});

describe('bars', () => {
  const traits = [
    { traitId: 'realistic' as const, expectedPositive: 2, expectedNegative: 8, experiencedPositive: 4, experiencedNegative: 1 },
    { traitId: 'healthy' as const, expectedPositive: 0, expectedNegative: 0, experiencedPositive: 0, experiencedNegative: 0 },
  ];

  it('scales every bar to the largest count', () => {
    expect(comparisonScale(traits)).toBe(8);
    expect(comparisonScale([])).toBe(1);
    expect(barPercent(8, 8)).toBe(100);
    expect(barPercent(2, 8)).toBe(25);
  });

  it('draws nothing for zero and a sliver for a small count', () => {
    expect(barPercent(0, 8)).toBe(0);
    expect(barPercent(1, 200)).toBe(2);
  });
});
