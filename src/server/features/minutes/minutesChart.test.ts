import { describe, expect, it } from 'vitest';
import { chartPng } from './chartPng.ts';
import { minutesChartSvg } from './minutesChart.ts';
import type { CountsChart } from './minutesContent.ts';

const chart: CountsChart = {
  title: 'Antal sedler: Forventninger',
  description: 'Søjlediagram',
  series: [
    { kind: 'today', colour: 'orange', label: 'Sådan er det i dag' },
    { kind: 'better', colour: 'green', label: 'Bliver bedre' },
    { kind: 'worse', colour: 'red', label: 'Bliver værre' },
  ],
  rows: [
    { label: 'Realistisk', counts: [3, 0, 12] },
    { label: 'Hvordan mødes vores erfaring og it-folkenes viden, så begge parter bliver klogere & kan udfordre hinanden?', counts: [0, 1, 2] },
  ],
};

describe('the minutes chart', () => {
  const svg = minutesChartSvg(chart);

  it('names every kind in the legend and writes every count beside its bar', () => {
    for (const series of chart.series) expect(svg.svg).toContain(`>${series.label}</text>`);
    const numbers = [...svg.svg.matchAll(/font-weight="bold"[^>]*>(\d+)<\/text>/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(chart.rows.flatMap((row) => row.counts));
  });

  it('tells the kinds apart by pattern, not by colour alone', () => {
    const fills = [...svg.svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="18" height="11" fill="([^"]+)"/g)].map((m) => m[1]);
    expect(fills).toEqual(['#9a4a00', 'url(#kind-1)', 'url(#kind-2)']);
    expect(svg.svg.match(/<pattern /g)).toHaveLength(2);
  });

  it('wraps a long category onto several lines and escapes it', () => {
    expect(svg.svg).toContain('&#38;');
    expect(svg.svg).not.toContain(' & ');
    const lines = [...svg.svg.matchAll(/<text x="0" [^>]*>([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join(' ')).toContain('Hvordan mødes vores erfaring');
  });

  it('becomes a PNG with the app’s own font, three pixels per unit', () => {
    const png = chartPng(svg);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(svg.width * 3);
  });
});
