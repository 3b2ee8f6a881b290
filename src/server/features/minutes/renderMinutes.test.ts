import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../domain/localized.ts';
import { NOTE_KINDS } from '../../../domain/noteKinds.ts';
import { RASMUS_TRAITS } from '../../../domain/rasmusTraits.ts';
import { docxText, pdfText } from './documentText.ts';
import { buildMinutes } from './minutesContent.ts';
import { compassFixture, tasksMoveFixture, type MinutesFixture } from './minutesFixtures.ts';
import { formatCalendarDate, MINUTES_TEXT } from './minutesText.ts';
import { renderMinutesDocx } from './renderMinutesDocx.ts';
import { renderMinutesPdf } from './renderMinutesPdf.ts';

const minutesOf = (f: MinutesFixture) => buildMinutes(f.summary, f.template, f.heldAt);

/** Everything the minutes must say of this workshop, in its language. */
function expectedTexts(f: MinutesFixture, locale: Locale): string[] {
  const text = MINUTES_TEXT[locale];
  return [
    `${text.minutes}: ${f.title}`,
    f.template.name[locale],
    ...f.noteTexts,
    ...f.actionTexts,
    ...f.registerTexts,
    ...f.reviewTexts,
    ...f.template.steps.filter((s) => s.categorySet || s.register || s.kind === 'review').map((s) => s.title[locale]),
    text.actions,
  ];
}

/** What the compass's review step decided, each in the words the minutes use for it. */
function reviewDecisions(f: MinutesFixture, locale: Locale): string[] {
  const { review, upward } = MINUTES_TEXT[locale];
  if (!f.reviewComments) return [review.empty];
  return [
    review.progress(3, 4),
    `${review.decision}: ${review.outcome.done}`,
    `${review.comment}: ${f.reviewComments.done}`,
    `${review.decision}: ${review.outcome.open(formatCalendarDate('2026-06-01', locale))}`,
    `${review.comment}: ${f.reviewComments.open}`,
    `${review.decision}: ${review.outcome.dropped}`,
    `${review.reason}: ${f.reviewComments.dropped}`,
    `${review.decision}: ${review.undecided}`,
    `${review.decidedIn}: ${review.fromActionPlan}`,
    upward.management,
  ];
}

/** The written action plan's columns, in the order an APV asks for them. */
const planColumns = (locale: Locale) => {
  const c = MINUTES_TEXT[locale].columns;
  return [c.problem, c.what, c.who, c.due, c.followUp];
};

/** Each of `texts` occurs in `words`, one after the other. */
function expectInOrder(words: string, texts: readonly string[]): void {
  let from = 0;
  for (const expected of texts) {
    const at = words.indexOf(expected, from);
    expect(at, `${expected} after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + expected.length;
  }
}

describe.each(LOCALES)('the minutes of a compass in %s', (locale) => {
  const fixture = compassFixture(locale);
  const text = MINUTES_TEXT[locale];
  const traits = RASMUS_TRAITS.map((t) => t.name[locale]);
  const kinds = (['today', 'better', 'worse', 'idea'] as const).map((k) => NOTE_KINDS[k].label[locale]);
  const other: Locale = locale === 'da' ? 'en' : 'da';

  const plan = [...planColumns(locale), fixture.actionTexts[2] ?? '', fixture.actionTexts[0] ?? '', fixture.actionTexts[3] ?? ''];

  it('as a PDF whose text holds the title, the review, traits, note kinds, notes and actions', async () => {
    const pdf = await renderMinutesPdf(minutesOf(fixture));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text: words, landscape } = await pdfText(pdf);
    for (const expected of [...expectedTexts(fixture, locale), ...traits, ...kinds, ...reviewDecisions(fixture, locale)]) expect(words).toContain(expected);
    // The review comes first, the action plan last, on pages turned sideways for its eight columns.
    expectInOrder(words, [fixture.template.steps[0]?.title[locale] ?? '', fixture.reviewTexts[0] ?? '', fixture.noteTexts[0] ?? '', text.actions, ...plan]);
    expect(landscape[0]).toBe(false);
    expect(landscape.at(-1)).toBe(true);
    expect(words).toContain(text.notWritten);
    // The charts' legends and numbers are text too, and the footer numbers the pages.
    expect(words).toContain(`${text.chartTitle}: ${fixture.template.steps[2]?.title[locale]}`);
    expect(words).toMatch(new RegExp(`${text.pageOf.page} 1 ${text.pageOf.of} \\d`));
    expect(words).toContain(text.status.open);
    expect(words).toContain(text.upward.management);
    expect(words).toContain(text.votes(2));
    // Nothing of the other language's fixed texts slips in.
    expect(words).not.toContain(`${MINUTES_TEXT[other].minutes}:`);
    expect(words).not.toContain(RASMUS_TRAITS[0]?.name[other]);
  });

  it('as a Word document with the same text, and each chart as SVG with a PNG beside it', async () => {
    const docx = await renderMinutesDocx(minutesOf(fixture));
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    const words = await docxText(docx);
    for (const expected of [...expectedTexts(fixture, locale), ...traits, ...kinds, ...reviewDecisions(fixture, locale)]) expect(words).toContain(expected);
    expectInOrder(words, [fixture.template.steps[0]?.title[locale] ?? '', fixture.reviewTexts[0] ?? '', fixture.noteTexts[0] ?? '', text.actions, ...plan]);
    expect(words).toContain(text.status.open);
    expect(words).not.toContain(`${MINUTES_TEXT[other].minutes}:`);
    // Zip entry names are stored as plain text: three charts, each as SVG and PNG.
    const names = docx.toString('latin1');
    expect(names.match(/word\/media\/[^/]+?\.svg/g)?.length).toBeGreaterThanOrEqual(3);
    expect(names.match(/word\/media\/[^/]+?\.png/g)?.length).toBeGreaterThanOrEqual(3);
  });
});

describe.each(LOCALES)('the minutes of a meeting on moved tasks in %s', (locale) => {
  const fixture = tasksMoveFixture(locale);

  it('name the register rows the meeting left, with their fields by label', async () => {
    const minutes = minutesOf(fixture);
    const pdfWords = (await pdfText(await renderMinutesPdf(minutes))).text;
    const docxWords = await docxText(await renderMinutesDocx(minutes));
    const how = locale === 'da' ? 'Hvordan den flyttede: Til en anden faggruppe' : 'How it moved: To another staff group';
    for (const words of [pdfWords, docxWords]) {
      for (const expected of expectedTexts(fixture, locale)) expect(words).toContain(expected);
      expect(words).toContain(how);
      expect(words).toContain(MINUTES_TEXT[locale].noActions);
      // Nothing was open from before, and the minutes say so.
      for (const expected of reviewDecisions(fixture, locale)) expect(words).toContain(expected);
    }
  });

  it('stay upright when there is no action table to make room for', async () => {
    const { landscape } = await pdfText(await renderMinutesPdf(minutesOf(fixture)));
    expect(landscape.every((sideways) => !sideways)).toBe(true);
  });
});

describe('the minutes content', () => {
  it('says of each earlier action what the meeting decided, and of one it did not reach that it was not gone through', () => {
    const items = minutesOf(compassFixture('da')).blocks.flatMap((b) => (b.type === 'review' ? [b.item] : []));
    const text = MINUTES_TEXT.da;
    // In the order the meeting took them: by date, undated last.
    expect(items.map((i) => [i.outcome, i.decision.value, i.comment?.label ?? null])).toEqual([
      ['done', text.review.outcome.done, text.review.comment],
      ['open', text.review.outcome.open('1. juni 2026'), text.review.comment],
      [null, text.review.undecided, null],
      ['dropped', text.review.outcome.dropped, text.review.reason],
    ]);
    // The problem stands on its own line; an action without a date says so.
    expect(items[1]?.problem?.value).toBe('Vi løber frem og tilbage efter en skærm');
    expect(items[3]?.facts).toContainEqual({ label: text.columns.due, value: text.noDate });
  });

  it('turn the pages sideways right before the action table, and only when there is one', () => {
    const types = (f: MinutesFixture) => minutesOf(f).blocks.map((b) => b.type);
    const withActions = types(compassFixture('en'));
    expect(withActions.slice(-3)).toEqual(['landscape', 'heading', 'table']);
    expect(withActions.filter((t) => t === 'landscape')).toHaveLength(1);
    expect(types(tasksMoveFixture('en'))).not.toContain('landscape');
  });

  it('puts problem, action, who, due and follow-up first in each row, a dash for what was not written', () => {
    const table = minutesOf(compassFixture('en')).blocks.find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('no action table');
    expect(table.columns.slice(0, 5)).toEqual(planColumns('en'));
    expect(table.widths.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(table.rows.map((row) => row.slice(0, 5))).toEqual([
      ['Nobody has time to learn the system', 'Agree training time with management', 'Safety rep and union rep', '3 March 2026', 'We follow up at the staff meeting in April'],
      ['–', 'Appoint super users', 'Not agreed', 'No date', '–'],
    ]);
  });

  it('leaves hidden notes out and says how many there were', () => {
    const fixture = compassFixture('da');
    const step = fixture.summary.steps.find((s) => s.stepId === 'today');
    if (!step) throw new Error('no today step');
    const withHidden = { ...fixture, summary: { ...fixture.summary, steps: fixture.summary.steps.map((s) => (s === step ? { ...s, hiddenCount: 2 } : s)) } };
    const paragraphs = minutesOf(withHidden).blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
    expect(paragraphs).toContain(MINUTES_TEXT.da.hiddenCount(2));
  });

  it('puts the counts of every category and kind in the chart and in its text alternative', () => {
    const charts = minutesOf(compassFixture('en')).blocks.flatMap((b) => (b.type === 'chart' ? [b.chart] : []));
    const expectations = charts.find((c) => c.series.some((s) => s.kind === 'better'));
    expect(expectations?.series.map((s) => s.label)).toEqual(['Gets better', 'Gets worse']);
    expect(expectations?.rows.find((r) => r.label === 'Realistic')?.counts).toEqual([2, 0]);
    expect(expectations?.rows.find((r) => r.label === 'Healthy and safe')?.counts).toEqual([0, 1]);
    expect(expectations?.description).toContain('Realistic: Gets better 2, Gets worse 0');
  });
});
