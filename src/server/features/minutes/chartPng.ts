import { Resvg } from '@resvg/resvg-js';
import { CHART_FONT_FAMILY, type ChartSvg } from './minutesChart.ts';
import { MINUTES_FONT_FILES } from './minutesFonts.ts';

/** Pixels per SVG unit: sharp when the picture is printed at its full width. */
const PNG_SCALE = 3;

/**
 * The chart as a PNG, for Word processors that cannot show SVG. Drawn with the app's own Noto
 * Sans and no system fonts, so the picture is the same on every server, with or without fonts.
 */
export function chartPng(chart: ChartSvg): Buffer {
  const resvg = new Resvg(chart.svg, {
    fitTo: { mode: 'width', value: chart.width * PNG_SCALE },
    background: '#ffffff',
    font: { fontFiles: [MINUTES_FONT_FILES.regular, MINUTES_FONT_FILES.bold], loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY },
  });
  return resvg.render().asPng();
}
