import type { CountsChart } from './minutesContent.ts';
import { MINUTES_STYLE, NOTE_COLOURS } from './minutesStyle.ts';

/** The family the chart's text asks for; both renderers give it the font shipped with the app. */
export const CHART_FONT_FAMILY = 'Noto Sans';


const WIDTH = 520;
const FONT_SIZE = 9.5;
const LINE = 12;
const LABEL_WIDTH = 178;
const BAR = 10;
const BAR_GAP = 3;
const ROW_PADDING = 5;
const BARS_X = LABEL_WIDTH + 10;
/** Room right of the longest bar for its number. */
const VALUE_ROOM = 30;
const SWATCH = { width: 18, height: 11 };
const TEXT_COLOUR = MINUTES_STYLE.colours.text;
const RULE_COLOUR = MINUTES_STYLE.colours.rule;

/**
 * Colour is never the only signal: the n-th kind of a step fills its bars with the n-th of these
 * patterns, the legend shows the same swatch beside the kind's name, and every bar carries its number.
 */
const PATTERNS: ReadonlyArray<((colour: string) => string) | null> = [
  null,
  (colour) => `<rect width="6" height="6" fill="#ffffff"/><path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke="${colour}" stroke-width="1.6"/>`,
  (colour) => `<rect width="6" height="6" fill="#ffffff"/><circle cx="3" cy="3" r="1.5" fill="${colour}"/>`,
  (colour) => `<rect width="6" height="6" fill="#ffffff"/><path d="M0,1.5 h6 M0,4.5 h6" stroke="${colour}" stroke-width="1.2"/>`,
  (colour) => `<rect width="6" height="6" fill="#ffffff"/><path d="M1.5,0 v6 M4.5,0 v6" stroke="${colour}" stroke-width="1.2"/>`,
];

export interface ChartSvg {
  readonly svg: string;
  /** In SVG user units: points in the PDF, CSS pixels in an image. */
  readonly width: number;
  readonly height: number;
}

/** A horizontal bar chart of a step's note counts, per category one bar per kind, with a legend. */
export function minutesChartSvg(chart: CountsChart): ChartSvg {
  const parts: string[] = [];
  // The first kind is filled solid; a tiled solid pattern would show seams in some PDF viewers.
  const fills = chart.series.map((series, i) => (PATTERNS[i % PATTERNS.length] ? `url(#kind-${i})` : NOTE_COLOURS[series.colour]));
  const patterns = chart.series.flatMap((series, i) => {
    const draw = PATTERNS[i % PATTERNS.length];
    return draw ? [`<pattern id="kind-${i}" patternUnits="userSpaceOnUse" width="6" height="6">${draw(NOTE_COLOURS[series.colour])}</pattern>`] : [];
  });

  // Legend: swatch and name of each kind, flowing onto a new line when the width is used up.
  let x = 0;
  let y = 0;
  for (const [i, series] of chart.series.entries()) {
    const itemWidth = SWATCH.width + 6 + textWidth(series.label) + 18;
    if (x > 0 && x + itemWidth > WIDTH) {
      x = 0;
      y += LINE + 4;
    }
    parts.push(swatch(x, y, fills[i] ?? '', NOTE_COLOURS[series.colour]));
    parts.push(label(x + SWATCH.width + 6, y + 9, series.label));
    x += itemWidth;
  }
  y += LINE + 10;

  const max = Math.max(1, ...chart.rows.flatMap((row) => row.counts));
  const scale = (WIDTH - BARS_X - VALUE_ROOM) / max;
  const top = y;
  for (const row of chart.rows) {
    const lines = wrap(row.label, LABEL_WIDTH);
    const barsHeight = chart.series.length * (BAR + BAR_GAP) - BAR_GAP;
    const height = Math.max(barsHeight, lines.length * LINE) + 2 * ROW_PADDING;
    lines.forEach((line, i) => parts.push(label(0, y + ROW_PADDING + 9 + i * LINE, line)));
    chart.series.forEach((series, i) => {
      const count = row.counts[i] ?? 0;
      const barY = y + ROW_PADDING + i * (BAR + BAR_GAP);
      const length = count * scale;
      if (length > 0) {
        parts.push(`<rect x="${BARS_X}" y="${barY}" width="${fix(length)}" height="${BAR}" fill="${fills[i] ?? ''}" stroke="${NOTE_COLOURS[series.colour]}" stroke-width="0.8"/>`);
      }
      parts.push(label(BARS_X + length + 4, barY + 8.5, String(count), 'bold'));
    });
    y += height;
    parts.push(`<line x1="0" y1="${fix(y)}" x2="${WIDTH}" y2="${fix(y)}" stroke="${RULE_COLOUR}" stroke-width="0.6"/>`);
  }
  parts.push(`<line x1="${BARS_X}" y1="${top}" x2="${BARS_X}" y2="${fix(y)}" stroke="${TEXT_COLOUR}" stroke-width="0.8"/>`);

  const height = Math.ceil(y + 2);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">` +
    `<title>${escapeXml(chart.title)}</title><desc>${escapeXml(chart.description)}</desc>` +
    `<defs>${patterns.join('')}</defs>${parts.join('')}</svg>`;
  return { svg, width: WIDTH, height };
}

function swatch(x: number, y: number, fill: string, colour: string): string {
  return `<rect x="${fix(x)}" y="${y}" width="${SWATCH.width}" height="${SWATCH.height}" fill="${fill}" stroke="${colour}" stroke-width="0.8"/>`;
}

function label(x: number, y: number, text: string, weight: 'normal' | 'bold' = 'normal'): string {
  return (
    `<text x="${fix(x)}" y="${fix(y)}" font-family="${CHART_FONT_FAMILY}" font-size="${FONT_SIZE}" font-weight="${weight}" fill="${TEXT_COLOUR}">` +
    `${escapeXml(text)}</text>`
  );
}

/**
 * A text's width in Noto Sans, estimated from the kind of each character: the chart is laid out
 * without measuring glyphs, so the estimate errs a little wide and a label wraps a little early
 * rather than running into a bar.
 */
function textWidth(text: string): number {
  let ems = 0;
  for (const c of text) {
    if (/[ijlfrtI.,:;'’!|()\s-]/.test(c)) ems += 0.3;
    else if (/[mwMWæÆœŒ]/.test(c)) ems += 0.86;
    else if (/[A-ZÅØÀ-Þ]/.test(c)) ems += 0.66;
    else ems += 0.56;
  }
  return ems * FONT_SIZE * 1.04;
}

/** Words onto lines no wider than `width`; a word longer than a line is cut with a hyphen. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (textWidth(rest) > width) {
      if (line) lines.push(line);
      line = '';
      let cut = rest.length - 1;
      while (cut > 1 && textWidth(`${rest.slice(0, cut)}-`) > width) cut--;
      lines.push(`${rest.slice(0, cut)}-`);
      rest = rest.slice(cut);
    }
    if (!line) line = rest;
    else if (textWidth(`${line} ${rest}`) <= width) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

const fix = (n: number) => (Math.round(n * 100) / 100).toString();

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
