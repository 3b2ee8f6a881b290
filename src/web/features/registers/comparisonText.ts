import type { ComparisonResponse, TraitComparison } from '../../../protocol/comparison.ts';

/** Why the comparison is not shown, with the numbers the sentence needs. */
export type ComparisonHidden =
  | { readonly reason: 'no_expected' | 'no_experienced' }
  | { readonly reason: 'too_few_expected' | 'too_few_experienced'; readonly contributors: number; readonly title: string; readonly minGroupSize: number };

/** The reason the comparison is hidden, or null when its numbers may be shown. */
export function comparisonHidden(response: ComparisonResponse): ComparisonHidden | null {
  const reason = response.hiddenReason ?? (response.traits ? null : response.expected ? 'no_experienced' : 'no_expected');
  switch (reason) {
    case null:
      return null;
    case 'no_expected':
    case 'no_experienced':
      return { reason };
    case 'too_few_expected':
    case 'too_few_experienced': {
      const side = reason === 'too_few_expected' ? response.expected : response.experienced;
      return { reason, contributors: side?.contributors ?? 0, title: side?.title ?? '', minGroupSize: response.minGroupSize };
    }
    default: {
      const unreachable: never = reason;
      throw new Error(`unhandled comparison reason ${String(unreachable)}`);
    }
  }
}

/** The largest count in the comparison, the length of a full bar (at least 1, so empty charts divide safely). */
export function comparisonScale(traits: readonly TraitComparison[]): number {
  return Math.max(1, ...traits.flatMap((t) => [t.expectedPositive, t.expectedNegative, t.experiencedPositive, t.experiencedNegative]));
}

/** A bar's length as a share of the full width, in per cent; a count above zero always shows a sliver. */
export function barPercent(value: number, scale: number): number {
  if (value <= 0) return 0;
  return Math.max(2, Math.round((value / scale) * 1000) / 10);
}
