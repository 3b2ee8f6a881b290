import type { ReviewOutcome } from '../../../domain/actionPlan.ts';
import { categoriesOf, type Category } from '../../../domain/categories.ts';
import type { Locale } from '../../../domain/localized.ts';
import { NOTE_KINDS, type NoteColour, type NoteKindId } from '../../../domain/noteKinds.ts';
import { RASMUS_TRAITS } from '../../../domain/rasmusTraits.ts';
import type { StepDefinition, TemplateDefinition } from '../../../domain/template.ts';
import type { SummaryResponse } from '../../../protocol/http.ts';
import type { ActionView, NoteView, ReviewItemView } from '../../../protocol/views.ts';
import { registerRecords, type MinutesRecord } from './minutesRegister.ts';
import { formatCalendarDate, formatDay, MINUTES_TEXT, type MinutesText } from './minutesText.ts';

/** The counts of one step as a chart: per category one bar for each kind of note the step takes. */
export interface CountsChart {
  readonly title: string;
  /** The chart in words: what it shows and every number, for readers who cannot see it. */
  readonly description: string;
  readonly series: ReadonlyArray<{ readonly kind: NoteKindId; readonly colour: NoteColour; readonly label: string }>;
  readonly rows: ReadonlyArray<{ readonly label: string; readonly counts: readonly number[] }>;
}

export interface MinutesNote {
  readonly kind: NoteKindId;
  readonly kindLabel: string;
  readonly text: string;
  /** Votes, group, category: the short facts after the note. */
  readonly details: readonly string[];
}

/** "Label: value"; a value that says what it is stands alone ("Sendt videre op til ledelsen"). */
export interface MinutesFact {
  readonly label: string | null;
  readonly value: string;
}

/** An open action of an earlier workshop, and what the meeting decided about it, said in words. */
export interface MinutesReviewItem {
  /** The action's own words. */
  readonly title: string;
  /** Null when the meeting did not get to it. */
  readonly outcome: ReviewOutcome | null;
  /** The problem it was to solve, when one was written. */
  readonly problem: MinutesFact | null;
  /** Who, date, sent upward, where it was decided. */
  readonly facts: readonly MinutesFact[];
  readonly decision: MinutesFact;
  /** The comment, or for an action let go the reason; null when none was written. */
  readonly comment: MinutesFact | null;
}

/** A reviewed action's lines under its title, in order: problem, facts, decision (the one to stress), comment. */
export function reviewLines(item: MinutesReviewItem): ReadonlyArray<{ readonly facts: readonly MinutesFact[]; readonly strong: boolean }> {
  return [
    ...(item.problem ? [{ facts: [item.problem], strong: false }] : []),
    { facts: item.facts, strong: false },
    { facts: [item.decision], strong: true },
    ...(item.comment ? [{ facts: [item.comment], strong: false }] : []),
  ];
}

/** The minutes as a sequence of blocks that the PDF and the Word renderer each lay out their way. */
export type MinutesBlock =
  | { readonly type: 'heading'; readonly level: 2 | 3; readonly text: string }
  | { readonly type: 'paragraph'; readonly text: string; readonly muted: boolean }
  | { readonly type: 'list'; readonly items: readonly string[] }
  | { readonly type: 'notes'; readonly notes: readonly MinutesNote[] }
  | { readonly type: 'chart'; readonly chart: CountsChart }
  | { readonly type: 'record'; readonly record: MinutesRecord }
  | { readonly type: 'review'; readonly item: MinutesReviewItem }
  /** A new page turned sideways, and the pages after it too: room for the action table's eight columns. */
  | { readonly type: 'landscape' }
  | { readonly type: 'table'; readonly columns: readonly string[]; readonly widths: readonly number[]; readonly rows: ReadonlyArray<readonly string[]> };

export interface Minutes {
  readonly locale: Locale;
  readonly text: MinutesText;
  /** "Referat: <workshop title>". */
  readonly title: string;
  readonly workshopTitle: string;
  readonly facts: ReadonlyArray<{ readonly label: string; readonly value: string }>;
  readonly blocks: readonly MinutesBlock[];
}

type StepSummary = SummaryResponse['steps'][number];

/**
 * What the minutes say, in the workshop's language, laid out like the summary page: what the
 * review step decided about earlier actions, per step that left something its notes (with a chart
 * of the counts), the notes voted on, the register rows, and then the actions, on landscape pages
 * when there are any. `heldAt` is when the workshop was created.
 */
export function buildMinutes(summary: SummaryResponse, template: TemplateDefinition, heldAt: number): Minutes {
  const locale = summary.workshop.locale;
  const text = MINUTES_TEXT[locale];
  const blocks: MinutesBlock[] = [];
  for (const step of template.steps) blocks.push(...stepBlocks(step, summary, template, locale, text));
  if (summary.actions.length > 0) blocks.push({ type: 'landscape' });
  blocks.push({ type: 'heading', level: 2, text: text.actions });
  blocks.push(actionBlock(summary, locale, text));
  return {
    locale,
    text,
    title: `${text.minutes}: ${summary.workshop.title}`,
    workshopTitle: summary.workshop.title,
    facts: [
      { label: text.dialogue, value: template.name[locale] },
      { label: text.held, value: formatDay(heldAt, locale) },
    ],
    blocks,
  };
}

/** What one step left for the minutes; steps that only show something (info, comparison) leave nothing. */
function stepBlocks(step: StepDefinition, summary: SummaryResponse, template: TemplateDefinition, locale: Locale, text: MinutesText): MinutesBlock[] {
  const heading: MinutesBlock = { type: 'heading', level: 2, text: step.title[locale] };
  if (step.kind === 'review') return [heading, ...reviewBlocks(summary.review, locale, text)];
  const ofStep = summary.steps.find((s) => s.stepId === step.id);
  if (step.categorySet && ofStep) {
    return [heading, ...notesStepBlocks(step, categoriesOf(step.categorySet, summary.workshop.options), ofStep, locale, text)];
  }
  if (step.source) {
    const source = step.source;
    const sourceStep = template.steps.find((s) => s.id === source.stepId);
    const categories = sourceStep?.categorySet ? categoriesOf(sourceStep.categorySet, summary.workshop.options) : [];
    const chosen = (summary.steps.find((s) => s.stepId === source.stepId)?.categories ?? [])
      .flatMap((c) => c.notes)
      .filter((note) => note.votes > 0 && source.kinds.includes(note.kind))
      .sort(byVotes);
    if (chosen.length === 0) return [heading, { type: 'paragraph', text: text.noneVoted, muted: true }];
    const notes = chosen.map((note) => {
      const category = categories.find((c) => c.id === note.category)?.label[locale];
      return minutesNote(note, locale, [...(category ? [category] : []), text.votes(note.votes)]);
    });
    return [heading, { type: 'notes', notes }];
  }
  if (step.register) {
    const records = registerRecords(step.register, summary.entries, locale, text);
    if (records.length === 0) return [heading, { type: 'paragraph', text: text.registerEmpty, muted: true }];
    return [heading, ...records.map((record): MinutesBlock => ({ type: 'record', record }))];
  }
  return [];
}

/** The review step: each open action it went through, in the order the meeting took them, and what it decided. */
function reviewBlocks(review: readonly ReviewItemView[], locale: Locale, text: MinutesText): MinutesBlock[] {
  if (review.length === 0) return [{ type: 'paragraph', text: text.review.empty, muted: true }];
  const decided = review.filter((item) => item.outcome !== null).length;
  return [
    { type: 'paragraph', text: text.review.progress(decided, review.length), muted: true },
    ...review.map((item): MinutesBlock => ({ type: 'review', item: reviewItem(item, locale, text) })),
  ];
}

function reviewItem(item: ReviewItemView, locale: Locale, text: MinutesText): MinutesReviewItem {
  const facts: MinutesFact[] = [];
  facts.push({ label: text.columns.who, value: item.who || text.noOwner });
  facts.push({ label: text.columns.due, value: item.due ? formatCalendarDate(item.due, locale) : text.noDate });
  if (item.scope === 'upward') facts.push({ label: null, value: scopeText(item, text) });
  facts.push({ label: text.review.decidedIn, value: item.decidedIn ?? text.review.fromActionPlan });
  const decision = item.outcome;
  return {
    title: item.what,
    outcome: decision?.outcome ?? null,
    problem: item.problem ? { label: text.columns.problem, value: item.problem } : null,
    facts,
    decision: { label: text.review.decision, value: decision ? outcomeText(decision, locale, text) : text.review.undecided },
    comment: decision?.comment ? { label: decision.outcome === 'dropped' ? text.review.reason : text.review.comment, value: decision.comment } : null,
  };
}

function outcomeText(decision: NonNullable<ReviewItemView['outcome']>, locale: Locale, text: MinutesText): string {
  switch (decision.outcome) {
    case 'done':
      return text.review.outcome.done;
    case 'open':
      return text.review.outcome.open(decision.due ? formatCalendarDate(decision.due, locale) : text.noDate);
    case 'dropped':
      return text.review.outcome.dropped;
    default: {
      const unreachable: never = decision.outcome;
      throw new Error(`unknown review outcome ${String(unreachable)}`);
    }
  }
}

function notesStepBlocks(step: StepDefinition, categories: readonly Category[], ofStep: StepSummary, locale: Locale, text: MinutesText): MinutesBlock[] {
  const blocks: MinutesBlock[] = [];
  if (ofStep.hiddenCount > 0) blocks.push({ type: 'paragraph', text: text.hiddenCount(ofStep.hiddenCount), muted: true });
  const rows = categories.map((category) => {
    const data = ofStep.categories.find((c) => c.category === category.id);
    return { category, notes: [...(data?.notes ?? [])].sort(byVotes), counts: step.noteKinds.map((kind) => data?.counts[kind] ?? 0) };
  });
  if (rows.some((row) => row.counts.some((count) => count > 0))) {
    blocks.push({ type: 'chart', chart: countsChart(step, rows.map((row) => ({ label: row.category.label[locale], counts: row.counts })), locale, text) });
  }
  if (ofStep.groups.length > 0) {
    const inGroup = (groupId: string) => ofStep.categories.reduce((sum, c) => sum + c.notes.filter((n) => n.groupId === groupId).length, 0);
    blocks.push({ type: 'heading', level: 3, text: text.groups });
    blocks.push({ type: 'list', items: ofStep.groups.map((group) => `${group.label} (${text.notes(inGroup(group.id))})`) });
  }
  const groupLabel = (id: string | null) => ofStep.groups.find((g) => g.id === id)?.label ?? null;
  for (const row of rows) {
    blocks.push({ type: 'heading', level: 3, text: row.category.label[locale] });
    if (row.notes.length === 0) {
      blocks.push({ type: 'paragraph', text: text.noNotes, muted: true });
      continue;
    }
    const counts = step.noteKinds
      .map((kind, i) => ({ kind, count: row.counts[i] ?? 0 }))
      .filter(({ count }) => count > 0)
      .map(({ kind, count }) => `${NOTE_KINDS[kind].label[locale]}: ${text.notes(count)}`);
    blocks.push({ type: 'paragraph', text: counts.join(' · '), muted: true });
    const notes = row.notes.map((note) => {
      const group = groupLabel(note.groupId);
      return minutesNote(note, locale, [...(step.voting ? [text.votes(note.votes)] : []), ...(group ? [text.inGroup(group)] : [])]);
    });
    blocks.push({ type: 'notes', notes });
  }
  return blocks;
}

function countsChart(step: StepDefinition, rows: CountsChart['rows'], locale: Locale, text: MinutesText): CountsChart {
  const series = step.noteKinds.map((kind) => ({ kind, colour: NOTE_KINDS[kind].colour, label: NOTE_KINDS[kind].label[locale] }));
  const numbers = rows.map((row) => `${row.label}: ${series.map((s, i) => `${s.label} ${row.counts[i] ?? 0}`).join(', ')}`);
  return { title: `${text.chartTitle}: ${step.title[locale]}`, description: [text.chartSummary, ...numbers].join(' '), series, rows };
}

function actionBlock(summary: SummaryResponse, locale: Locale, text: MinutesText): MinutesBlock {
  if (summary.actions.length === 0) return { type: 'paragraph', text: text.noActions, muted: true };
  const notes = new Map(summary.steps.flatMap((s) => s.categories.flatMap((c) => c.notes.map((n) => [n.id, n.text] as const))));
  const sorted = [...summary.actions].sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999') || a.createdAt - b.createdAt);
  const c = text.columns;
  // The written action plan an APV asks for first, in its order; then what Kompas adds.
  return {
    type: 'table',
    columns: [c.problem, c.what, c.who, c.due, c.followUp, c.status, c.scope, c.from],
    // Room on a landscape page for the longer Danish compounds ("Planlægningsenheden", "samarbejdsudvalget") unbroken.
    widths: [0.13, 0.15, 0.14, 0.1, 0.14, 0.08, 0.13, 0.13],
    rows: sorted.map((action) => [
      action.problem || text.notWritten,
      action.what,
      action.who || text.noOwner,
      action.due ? formatCalendarDate(action.due, locale) : text.noDate,
      action.followUp || text.notWritten,
      text.status[action.status],
      scopeText(action, text),
      cameFrom(action, notes, locale, text) || text.notLinked,
    ]),
  };
}

function scopeText(action: Pick<ActionView, 'scope' | 'upwardTo'>, text: MinutesText): string {
  return action.scope === 'ours' ? text.ours : text.upward[action.upwardTo ?? 'committee'];
}

/** The trait an action came from and the texts of the notes it answers. */
function cameFrom(action: ActionView, notes: ReadonlyMap<string, string>, locale: Locale, text: MinutesText): string {
  const trait = RASMUS_TRAITS.find((t) => t.id === action.traitId)?.name[locale];
  const linked = action.noteIds.flatMap((id) => notes.get(id) ?? []).map(text.quote);
  return [...(trait ? [trait] : []), ...linked].join('; ');
}

function minutesNote(note: NoteView, locale: Locale, details: readonly string[]): MinutesNote {
  return { kind: note.kind, kindLabel: NOTE_KINDS[note.kind].label[locale], text: note.text, details };
}

const byVotes = (a: NoteView, b: NoteView) => b.votes - a.votes || a.createdAt - b.createdAt;
