import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import { chartPng } from './chartPng.ts';
import { minutesChartSvg } from './minutesChart.ts';
import { reviewLines, type CountsChart, type Minutes, type MinutesBlock, type MinutesFact, type MinutesNote, type MinutesReviewItem } from './minutesContent.ts';
import type { MinutesRecord } from './minutesRegister.ts';
import { KIND_COLOURS, MINUTES_STYLE, OUTCOME_COLOURS } from './minutesStyle.ts';

type Child = Paragraph | Table;

/** A4 with 2 cm margins, in twentieths of a point. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const CONTENT_TWIPS = PAGE.width - 2 * PAGE.margin;
/** The text's width on a page turned sideways (the action table's). */
const LANDSCAPE_TWIPS = PAGE.height - 2 * PAGE.margin;
/** The content width in pixels at 96 to the inch, as docx sizes images. */
const CONTENT_PX = Math.floor((CONTENT_TWIPS / 1440) * 96);

const hex = (colour: string) => colour.replace('#', '');
const { text: TEXT, muted: MUTED, primary: PRIMARY, rule: RULE, headerFill: HEADER_FILL } = MINUTES_STYLE.colours;
/** Sizes in half-points, as Word counts them. */
const half = (points: number) => Math.round(points * 2);

/**
 * The minutes as a Word document built from the same blocks as the PDF: real headings (so Word's
 * navigation pane and a screen reader find the steps), each chart as SVG with a PNG for Word
 * processors that cannot show SVG and the numbers as alternative text, and the actions as a table
 * whose header row repeats on every page, in a section of its own turned sideways.
 */
export async function renderMinutesDocx(minutes: Minutes): Promise<Buffer> {
  const language = minutes.locale === 'da' ? 'da-DK' : 'en-GB';
  let section: Section = {
    landscape: false,
    children: [
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(minutes.title)] }),
      ...minutes.facts.map(
        (fact) => new Paragraph({ children: [new TextRun({ text: `${fact.label}: `, bold: true, color: hex(MUTED) }), new TextRun(fact.value)] }),
      ),
    ],
  };
  const sections = [section];
  for (const block of minutes.blocks) {
    if (block.type === 'landscape') {
      section = { landscape: true, children: [] };
      sections.push(section);
    } else {
      section.children.push(...blockChildren(block, section.landscape));
    }
  }
  const { page, of } = minutes.text.pageOf;
  // Each section its own footer, so the page number sits at the right edge of a page either way round.
  const footer = (landscape: boolean) =>
    new Footer({
      children: [
        new Paragraph({
          tabStops: [{ type: TabStopType.RIGHT, position: landscape ? LANDSCAPE_TWIPS : CONTENT_TWIPS }],
          children: [
            new TextRun({ text: `${minutes.workshopTitle} · ${minutes.text.madeWith}\t`, size: half(MINUTES_STYLE.sizes.footer), color: hex(MUTED) }),
            new TextRun({ children: [`${page} `, PageNumber.CURRENT, ` ${of} `, PageNumber.TOTAL_PAGES], size: half(MINUTES_STYLE.sizes.footer), color: hex(MUTED) }),
          ],
        }),
      ],
    });
  const document = new Document({
    creator: 'Kompas',
    title: minutes.title,
    styles: {
      default: {
        document: { run: { size: half(MINUTES_STYLE.sizes.body), color: hex(TEXT), language: { value: language } }, paragraph: { spacing: { after: 60 } } },
        title: { run: { size: half(MINUTES_STYLE.sizes.title), bold: true, color: hex(TEXT) }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: { size: half(MINUTES_STYLE.sizes.heading2), bold: true, color: hex(PRIMARY) }, paragraph: { spacing: { before: 320, after: 80 }, keepNext: true } },
        heading2: { run: { size: half(MINUTES_STYLE.sizes.heading3), bold: true, color: hex(TEXT) }, paragraph: { spacing: { before: 180, after: 40 }, keepNext: true } },
      },
    },
    sections: sections.map(({ landscape, children }) => ({
      properties: {
        page: {
          // Given upright; docx swaps width and height for a landscape section.
          size: { width: PAGE.width, height: PAGE.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
          margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
        },
      },
      footers: { default: footer(landscape) },
      children,
    })),
  });
  return Packer.toBuffer(document);
}

/** A run of pages the same way round; a landscape block starts the next. */
interface Section {
  readonly landscape: boolean;
  readonly children: Child[];
}

function blockChildren(block: Exclude<MinutesBlock, { type: 'landscape' }>, landscape: boolean): Child[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ heading: block.level === 2 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun(block.text)] })];
    case 'paragraph':
      return [new Paragraph({ children: [new TextRun({ text: block.text, color: hex(block.muted ? MUTED : TEXT) })] })];
    case 'list':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }));
    case 'notes':
      return block.notes.map(noteParagraph);
    case 'chart':
      return chartParagraphs(block.chart);
    case 'record':
      return recordParagraphs(block.record);
    case 'table':
      return [actionTable(block.columns, block.widths, block.rows, landscape ? LANDSCAPE_TWIPS : CONTENT_TWIPS)];
    case 'review':
      return reviewParagraphs(block.item);
    default: {
      const unreachable: never = block;
      throw new Error(`unknown block ${JSON.stringify(unreachable)}`);
    }
  }
}

/** A note: a bar in the kind's colour on its left, the kind's name, the text, then votes and group. */
function noteParagraph(note: MinutesNote): Paragraph {
  const colour = hex(KIND_COLOURS[note.kind]);
  return new Paragraph({
    indent: { left: 200 },
    spacing: { after: 80 },
    border: { left: { style: BorderStyle.SINGLE, size: 18, color: colour, space: 6 } },
    children: [
      new TextRun({ text: `${note.kindLabel}: `, bold: true, color: colour }),
      new TextRun(note.text),
      ...(note.details.length > 0 ? [new TextRun({ text: `  ·  ${note.details.join('  ·  ')}`, color: hex(MUTED) })] : []),
    ],
  });
}

function chartParagraphs(chart: CountsChart): Paragraph[] {
  const svg = minutesChartSvg(chart);
  const width = Math.min(CONTENT_PX, Math.round(svg.width * 1.15));
  const height = Math.round((svg.height * width) / svg.width);
  return [
    new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [new TextRun({ text: chart.title, bold: true, size: half(MINUTES_STYLE.sizes.caption) })] }),
    new Paragraph({
      spacing: { after: 160 },
      children: [
        new ImageRun({
          type: 'svg',
          data: Buffer.from(svg.svg, 'utf8'),
          fallback: { type: 'png', data: chartPng(svg) },
          transformation: { width, height },
          altText: { name: chart.title, title: chart.title, description: chart.description },
        }),
      ],
    }),
  ];
}

function recordParagraphs(record: MinutesRecord): Paragraph[] {
  return [
    new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [new TextRun({ text: record.title, bold: true })] }),
    ...record.fields.map(
      (field, i) =>
        new Paragraph({
          indent: { left: 200 },
          keepNext: i < record.fields.length - 1,
          children: [new TextRun({ text: `${field.label}: `, bold: true, color: hex(MUTED) }), new TextRun(field.value)],
        }),
    ),
  ];
}

/**
 * An earlier action the review went through: its words, its problem, who, date and where it was
 * decided, then the decision in bold and the comment or reason, with a bar in the decision's
 * colour beside the lines under the title. The title has none, so that Word, which joins the same
 * border on paragraphs that follow each other, does not run one action's bar into the next one's.
 */
function reviewParagraphs(item: MinutesReviewItem): Paragraph[] {
  const colour = hex(OUTCOME_COLOURS[item.outcome ?? 'undecided']);
  const lines = reviewLines(item);
  const runs = (facts: readonly MinutesFact[], strong: boolean) =>
    facts.flatMap((fact, i) => [
      // The dot stays at the end of a line, never starts one.
      ...(i > 0 ? [new TextRun({ text: '\u00a0\u00a0·  ', color: hex(MUTED) })] : []),
      // A label's words stay on one line ("Besluttet på", "Decided at").
      ...(fact.label === null ? [] : [new TextRun({ text: `${fact.label.replace(/ /g, '\u00a0')}: `, bold: true, color: hex(MUTED) })]),
      new TextRun({ text: fact.value, bold: strong }),
    ]);
  return [
    new Paragraph({
      indent: { left: 200 },
      keepNext: true,
      keepLines: true,
      spacing: { before: 160, after: 20 },
      children: [new TextRun({ text: item.title, bold: true, size: half(MINUTES_STYLE.sizes.body + 0.5) })],
    }),
    ...lines.map(
      (line, i) =>
        new Paragraph({
          indent: { left: 200 },
          keepNext: i < lines.length - 1,
          keepLines: true,
          spacing: { after: i === lines.length - 1 ? 120 : 20 },
          border: { left: { style: BorderStyle.SINGLE, size: 18, color: colour, space: 6 } },
          children: runs(line.facts, line.strong),
        }),
    ),
  ];
}

function actionTable(columns: readonly string[], widths: readonly number[], rows: ReadonlyArray<readonly string[]>, contentTwips: number): Table {
  const twips = widths.map((share) => Math.floor(share * contentTwips));
  const border = { style: BorderStyle.SINGLE, size: 4, color: hex(RULE) };
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: twips[i] ?? 0, type: WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 80, right: 80 },
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: hex(HEADER_FILL), color: 'auto' } } : {}),
      children: [new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text, bold: header, size: half(MINUTES_STYLE.sizes.table) })] })],
    });
  return new Table({
    width: { size: contentTwips, type: WidthType.DXA },
    columnWidths: twips,
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((text, i) => cell(text, i, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, i, false)) })),
    ],
  });
}
