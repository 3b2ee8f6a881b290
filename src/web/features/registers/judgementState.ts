import { VERDICTS, type JudgementSummary, type Verdict } from '../../../protocol/registers.ts';

export type JudgementState =
  | { readonly kind: 'counts'; readonly total: number; readonly counts: readonly { readonly verdict: Verdict; readonly count: number }[] }
  /** Too few have judged for counts to be shown without pointing at anyone. */
  | { readonly kind: 'waiting'; readonly total: number; readonly needed: number };

/** What the summary of an assumption's judgements may show: counts per verdict, or how many more must judge first. */
export function judgementState(summary: JudgementSummary | null, minGroupSize: number): JudgementState {
  const total = summary?.total ?? 0;
  const counts = summary?.counts;
  if (!counts) return { kind: 'waiting', total, needed: minGroupSize };
  return { kind: 'counts', total, counts: VERDICTS.map((verdict) => ({ verdict, count: counts[verdict] ?? 0 })) };
}
