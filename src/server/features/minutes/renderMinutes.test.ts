import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../../domain/localized.ts';
import { NOTE_KINDS } from '../../../domain/noteKinds.ts';
import { RASMUS_TRAITS } from '../../../domain/rasmusTraits.ts';
import { docxText, pdfText } from './documentText.ts';
import { buildMinutes } from './minutesContent.ts';
import { compassFixture, tasksMoveFixture, type MinutesFixture } from './minutesFixtures.ts';
import { MINUTES_TEXT } from './minutesText.ts';
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
    ...f.template.steps.filter((s) => s.categorySet || s.register).map((s) => s.title[locale]),
    text.actions,
  ];
}

describe.each(LOCALES)('the minutes of a compass in %s', (locale) => {
  const fixture = compassFixture(locale);
  const text = MINUTES_TEXT[locale];
  const traits = RASMUS_TRAITS.map((t) => t.name[locale]);
  const kinds = (['today', 'better', 'worse', 'idea'] as const).map((k) => NOTE_KINDS[k].label[locale]);
  const other: Locale = locale === 'da' ? 'en' : 'da';

  it('as a PDF whose text holds the title, traits, note kinds, notes and actions', async () => {
    const pdf = await renderMinutesPdf(minutesOf(fixture));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text: words } = await pdfText(pdf);
    for (const expected of [...expectedTexts(fixture, locale), ...traits, ...kinds]) expect(words).toContain(expected);
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
    for (const expected of [...expectedTexts(fixture, locale), ...traits, ...kinds]) expect(words).toContain(expected);
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
    }
  });
});

describe('the minutes content', () => {
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
