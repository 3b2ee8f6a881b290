import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { CHART_FONT_FAMILY, minutesChartSvg, type ChartSvg } from './minutesChart.ts';
import type { CountsChart, Minutes, MinutesBlock, MinutesNote } from './minutesContent.ts';
import { minutesFonts } from './minutesFonts.ts';
import type { MinutesRecord } from './minutesRegister.ts';
import { KIND_COLOURS, MINUTES_STYLE } from './minutesStyle.ts';

const MARGIN = 50;
const REGULAR = 'NotoSans';
const BOLD = 'NotoSans-Bold';
const { text: TEXT, muted: MUTED, primary: PRIMARY, rule: RULE, headerFill: HEADER_FILL } = MINUTES_STYLE.colours;

type Doc = PDFKit.PDFDocument;

/**
 * The minutes as an A4 PDF: Noto Sans embedded (so æ, ø and å and any note's text are real,
 * selectable text), each step's chart drawn as vectors from the same SVG the Word file shows,
 * and "page n of m" on every page.
 */
export async function renderMinutesPdf(minutes: Minutes): Promise<Buffer> {
  const fonts = minutesFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN },
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

/** Starts a new page unless `height` still fits on this one. */
function keepTogether(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
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

function drawTable(doc: Doc, columns: readonly string[], widths: readonly number[], rows: ReadonlyArray<readonly string[]>): void {
  const width = contentWidth(doc);
  doc.moveDown(0.3);
  keepTogether(doc, 60);
  doc.font(REGULAR).fontSize(MINUTES_STYLE.sizes.table).fillColor(TEXT);
  doc.table({
    position: { x: doc.page.margins.left, y: doc.y },
    maxWidth: width,
    columnStyles: widths.map((share) => share * width),
    defaultStyle: { border: 0.5, borderColor: RULE, padding: [4, 4, 4, 4] },
    data: [
      columns.map((text) => ({ text, type: 'TH' as const, font: { src: BOLD }, backgroundColor: HEADER_FILL })),
      ...rows.map((row) => [...row]),
    ],
  });
  doc.x = doc.page.margins.left;
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
