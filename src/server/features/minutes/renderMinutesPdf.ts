import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { CHART_FONT_FAMILY, minutesChartSvg, type ChartSvg } from './minutesChart.ts';
import { reviewLines, type CountsChart, type Minutes, type MinutesBlock, type MinutesFact, type MinutesNote, type MinutesReviewItem } from './minutesContent.ts';
import { minutesFonts } from './minutesFonts.ts';
import type { MinutesRecord } from './minutesRegister.ts';
import { KIND_COLOURS, MINUTES_STYLE, OUTCOME_COLOURS } from './minutesStyle.ts';

const MARGIN = 50;
const REGULAR = 'NotoSans';
const BOLD = 'NotoSans-Bold';
const { text: TEXT, muted: MUTED, primary: PRIMARY, rule: RULE, headerFill: HEADER_FILL } = MINUTES_STYLE.colours;

type Doc = PDFKit.PDFDocument;

/** A4 with room for the footer; portrait unless a block turns the pages. */
const PAGE = { size: 'A4', margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN } } as const;

/**
 * The minutes as an A4 PDF: Noto Sans embedded (so æ, ø and å and any note's text are real,
 * selectable text), each step's chart drawn as vectors from the same SVG the Word file shows,
 * and "page n of m" on every page.
 */
export async function renderMinutesPdf(minutes: Minutes): Promise<Buffer> {
  const fonts = minutesFonts();
  const doc = new PDFDocument({
    ...PAGE,
    bufferPages: true,
    pdfVersion: '1.7',
    lang: minutes.locale === 'da' ? 'da-DK' : 'en-GB',
    displayTitle: true,
    info: { Title: minutes.title, Creator: 'Kompas', Producer: 'Kompas' },
  });
  const done = collect(doc);
  doc.registerFont(REGULAR, fonts.regular);
  doc.registerFont(BOLD, fonts.bold);

  doc.font(BOLD).fontSize(MINUTES_STYLE.sizes.title).fillColor(TEXT).text(minutes.title);
  doc.moveDown(0.3);
  for (const fact of minutes.facts) {
    doc.font(BOLD).fontSize(MINUTES_STYLE.sizes.body).fillColor(MUTED).text(`${fact.label}: `, { continued: true });
    doc.font(REGULAR).fillColor(TEXT).text(fact.value);
  }
  minutes.blocks.forEach((block, i) => drawBlock(doc, block, minutes.blocks[i + 1]));

  drawFooters(doc, minutes);
  doc.end();
  return done;
}

function collect(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** A new page turned the way this one is. */
function nextPage(doc: Doc): void {
  doc.addPage({ ...PAGE, layout: doc.page.width > doc.page.height ? 'landscape' : 'portrait' });
}

/** Starts a new page unless `height` still fits on this one. */
function keepTogether(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) nextPage(doc);
}

/** How much of the next block must fit under a heading for the heading to stay on this page. */
function leadHeight(doc: Doc, next: MinutesBlock | undefined): number {
  return next?.type === 'chart' ? chartPlacement(doc, minutesChartSvg(next.chart)).height + 24 : 40;
}

function drawBlock(doc: Doc, block: MinutesBlock, next: MinutesBlock | undefined): void {
  const left = doc.page.margins.left;
  switch (block.type) {
    case 'heading': {
      const size = block.level === 2 ? MINUTES_STYLE.sizes.heading2 : MINUTES_STYLE.sizes.heading3;
      doc.moveDown(block.level === 2 ? 1 : 0.6);
      // A heading stays with the chart under it, or at least a few lines of what it heads.
      keepTogether(doc, size * 1.4 + leadHeight(doc, next));
      doc.font(BOLD).fontSize(size).fillColor(block.level === 2 ? PRIMARY : TEXT).text(block.text, left, doc.y, { width: contentWidth(doc) });
      doc.moveDown(0.2);
      return;
    }
    case 'paragraph':
      doc.font(REGULAR).fontSize(MINUTES_STYLE.sizes.body).fillColor(block.muted ? MUTED : TEXT).text(block.text, left, doc.y, { width: contentWidth(doc) });
      doc.moveDown(0.2);
      return;
    case 'list':
      doc.font(REGULAR).fontSize(MINUTES_STYLE.sizes.body).fillColor(TEXT).list([...block.items], left + 4, doc.y, { width: contentWidth(doc) - 4, bulletRadius: 1.6 });
      return;
    case 'notes':
      for (const note of block.notes) drawNote(doc, note);
      return;
    case 'chart':
      drawChart(doc, block.chart);
      return;
    case 'record':
      drawRecord(doc, block.record);
      return;
    case 'table':
      drawTable(doc, block.columns, block.widths, block.rows);
      return;
    case 'review':
      drawReviewItem(doc, block.item);
      return;
    case 'landscape':
      // pdfkit continues a table or text that runs over onto a page like the one it was on.
      doc.addPage({ ...PAGE, layout: 'landscape' });
      // The heading after it starts at the top, not a blank line down.
      doc.moveUp(1);
      return;
    default: {
      const unreachable: never = block;
      throw new Error(`unknown block ${JSON.stringify(unreachable)}`);
    }
  }
}

/** A note: the kind's name in its colour and a bar beside it, the text, then votes and group. */
function drawNote(doc: Doc, note: MinutesNote): void {
  const indent = 10;
  const x = doc.page.margins.left + indent;
  const width = contentWidth(doc) - indent;
  const size = MINUTES_STYLE.sizes.body;
  const details = note.details.length > 0 ? `  ·  ${note.details.join('  ·  ')}` : '';
  doc.font(REGULAR).fontSize(size);
  keepTogether(doc, doc.heightOfString(`${note.kindLabel}: ${note.text}${details}`, { width }) + 4);
  const top = doc.y;
  const colour = KIND_COLOURS[note.kind];
  doc.font(BOLD).fillColor(colour).text(`${note.kindLabel}: `, x, top, { width, continued: true });
  doc.font(REGULAR).fillColor(TEXT).text(note.text, { continued: details !== '' });
  if (details) doc.fillColor(MUTED).text(details);
  doc.save().rect(doc.page.margins.left, top + 1, 2.5, doc.y - top - 2).fill(colour).restore();
  doc.moveDown(0.35);
}

/**
 * A chart's scale and height on the page: the content width, or smaller so that a very long chart
 * (every phase's questions) fits on one page together with its step's heading and its caption.
 */
function chartPlacement(doc: Doc, svg: ChartSvg): { scale: number; height: number } {
  const pageRoom = bottom(doc) - doc.page.margins.top - 80;
  const scale = Math.min(contentWidth(doc) / svg.width, pageRoom / svg.height);
  return { scale, height: svg.height * scale };
}

function drawChart(doc: Doc, chart: CountsChart): void {
  const svg = minutesChartSvg(chart);
  const { scale, height } = chartPlacement(doc, svg);
  doc.moveDown(0.3);
  keepTogether(doc, height + 24);
  const left = doc.page.margins.left;
  doc.font(BOLD).fontSize(MINUTES_STYLE.sizes.caption).fillColor(TEXT).text(chart.title, left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
  const top = doc.y;
  // The SVG keeps its own size; the page's transformation scales it, so the vectors stay vectors.
  doc.save().translate(left, top).scale(scale);
  SVGtoPDF(doc, svg.svg, 0, 0, {
    assumePt: true,
    fontCallback: (family, bold) => (family.includes(CHART_FONT_FAMILY) && bold ? BOLD : REGULAR),
  });
  doc.restore();
  doc.x = left;
  doc.y = top + height + 6;
}

function drawRecord(doc: Doc, record: MinutesRecord): void {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const size = MINUTES_STYLE.sizes.body;
  doc.moveDown(0.3);
  keepTogether(doc, size * 3);
  doc.font(BOLD).fontSize(size + 0.5).fillColor(TEXT).text(record.title, left, doc.y, { width });
  for (const field of record.fields) {
    doc.font(BOLD).fontSize(size).fillColor(MUTED).text(`${field.label}: `, left + 10, doc.y, { width: width - 10, continued: true });
    doc.font(REGULAR).fillColor(TEXT).text(field.value);
  }
}

const FACT_GAP = '\u00a0\u00a0·  ';

/**
 * An earlier action the review went through: its words, its problem, who, date and where it was
 * decided, then the decision in bold and the comment or reason; a bar in the decision's colour
 * beside it, the whole kept on one page.
 */
function drawReviewItem(doc: Doc, item: MinutesReviewItem): void {
  const indent = 10;
  const x = doc.page.margins.left + indent;
  const width = contentWidth(doc) - indent;
  const size = MINUTES_STYLE.sizes.body;
  const lines = reviewLines(item);
  doc.font(BOLD).fontSize(size + 0.5);
  let height = doc.heightOfString(item.title, { width });
  doc.font(REGULAR).fontSize(size);
  for (const line of lines) height += doc.heightOfString(line.facts.map(factText).join(FACT_GAP), { width });
  doc.moveDown(0.3);
  keepTogether(doc, height + 6);
  const top = doc.y;
  doc.font(BOLD).fontSize(size + 0.5).fillColor(TEXT).text(item.title, x, top, { width });
  for (const line of lines) drawFacts(doc, line.facts, x, width, line.strong);
  const colour = OUTCOME_COLOURS[item.outcome ?? 'undecided'];
  doc.save().rect(doc.page.margins.left, top + 1, 2.5, doc.y - top - 2).fill(colour).restore();
  doc.x = doc.page.margins.left;
  doc.moveDown(0.35);
}

/**
 * "Label: value · Label: value" as one paragraph that wraps, the labels bold and muted. The dot
 * goes with the value before it (pdfkit may break between two calls to `text`), and no-break
 * spaces keep it there, so it ends a line and never starts one; nor does a label break.
 */
function drawFacts(doc: Doc, facts: readonly MinutesFact[], x: number, width: number, strong: boolean): void {
  const runs = facts.flatMap((fact, i) => [
    ...(fact.label === null ? [] : [{ text: `${unbroken(fact.label)}: `, font: BOLD, colour: MUTED }]),
    { text: i === facts.length - 1 ? fact.value : `${fact.value}${FACT_GAP}`, font: strong ? BOLD : REGULAR, colour: TEXT },
  ]);
  doc.fontSize(MINUTES_STYLE.sizes.body);
  runs.forEach((run, i) => {
    const continued = i < runs.length - 1;
    doc.font(run.font).fillColor(run.colour);
    if (i === 0) doc.text(run.text, x, doc.y, { width, continued });
    else doc.text(run.text, { continued });
  });
}

/** A label's words kept on one line ("Besluttet på", "Decided at"). */
const unbroken = (label: string) => label.replace(/ /g, '\u00a0');

const factText = (fact: MinutesFact) => (fact.label === null ? fact.value : `${fact.label}: ${fact.value}`);

const CELL_PADDING = 4;

/**
 * The action table, its header row repeated on every page it runs onto (pdfkit's table does not):
 * the rows are laid out a page at a time, each page's share as a table of its own.
 */
function drawTable(doc: Doc, columns: readonly string[], widths: readonly number[], rows: ReadonlyArray<readonly string[]>): void {
  const left = doc.page.margins.left;
  const columnWidths = widths.map((share) => share * contentWidth(doc));
  const size = MINUTES_STYLE.sizes.table;
  const height = (row: readonly string[], font: string) =>
    Math.max(...row.map((text, i) => doc.font(font).fontSize(size).heightOfString(text, { width: (columnWidths[i] ?? 0) - 2 * CELL_PADDING }))) + 2 * CELL_PADDING;
  const headerHeight = height(columns, BOLD);
  const header = columns.map((text) => ({ text, type: 'TH' as const, font: { src: BOLD }, backgroundColor: HEADER_FILL }));
  const draw = (share: ReadonlyArray<readonly string[]>) => {
    doc.font(REGULAR).fontSize(size).fillColor(TEXT);
    doc.table({
      position: { x: left, y: doc.y },
      maxWidth: contentWidth(doc),
      columnStyles: columnWidths,
      defaultStyle: { border: 0.5, borderColor: RULE, padding: CELL_PADDING },
      data: [header, ...share.map((row) => [...row])],
    });
    doc.x = left;
  };
  doc.moveDown(0.3);
  keepTogether(doc, headerHeight + (rows[0] ? height(rows[0], REGULAR) : 0));
  let share: Array<readonly string[]> = [];
  let room = bottom(doc) - doc.y - headerHeight;
  for (const row of rows) {
    // A little slack, so that pdfkit's own measuring never breaks a row off on its own.
    const rowHeight = height(row, REGULAR) + 2;
    if (share.length > 0 && rowHeight > room) {
      draw(share);
      share = [];
      nextPage(doc);
      room = bottom(doc) - doc.y - headerHeight;
    }
    share.push(row);
    room -= rowHeight;
  }
  draw(share);
}

/** Every page gets the workshop's name and "page n of m", once the number of pages is known. */
function drawFooters(doc: Doc, minutes: Minutes): void {
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const page = doc.page;
    const savedBottom = page.margins.bottom;
    // Writing below the bottom margin would otherwise start a new page.
    page.margins.bottom = 0;
    const y = page.height - MARGIN + 2;
    const width = page.width - 2 * MARGIN;
    doc.font(REGULAR).fontSize(MINUTES_STYLE.sizes.footer).fillColor(MUTED);
    doc.text(`${minutes.workshopTitle} · ${minutes.text.madeWith}`, MARGIN, y, { width: width * 0.7, lineBreak: false, ellipsis: true });
    const { page: pageWord, of } = minutes.text.pageOf;
    doc.text(`${pageWord} ${i + 1} ${of} ${range.count}`, MARGIN, y, { width, align: 'right', lineBreak: false });
    page.margins.bottom = savedBottom;
  }
}
