/**
 * A radar (spider) chart's geometry, for a handful of axes: where each axis points, each ring of the
 * grid, and a series' polygon. Pure numbers, so it is tested without a browser; the component only
 * draws what this returns. The first axis points straight up and the rest follow clockwise.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** The angle of axis i of n, in radians, clockwise from straight up. */
export function axisAngle(i: number, n: number): number {
  return -Math.PI / 2 + (2 * Math.PI * i) / n;
}

export function pointAt(center: Point, radius: number, angle: number): Point {
  return { x: round(center.x + radius * Math.cos(angle)), y: round(center.y + radius * Math.sin(angle)) };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** A scale's top: the largest value rounded up to a tidy number, and never below 1. */
export function niceMax(values: readonly number[]): number {
  const max = Math.max(1, ...values);
  if (max <= 5) return max;
  const step = 10 ** Math.floor(Math.log10(max));
  const tidy = [1, 2, 2.5, 5, 10].map((f) => f * step).find((v) => v >= max) ?? max;
  return tidy;
}

/** The polygon of one series: each value at its share of the scale's top along its axis. */
export function seriesPoints(values: readonly number[], max: number, center: Point, radius: number): Point[] {
  return values.map((value, i) => pointAt(center, (Math.max(0, value) / max) * radius, axisAngle(i, values.length)));
}

/** A ring of the grid at a share of the radius, as a polygon through every axis. */
export function ringPoints(n: number, share: number, center: Point, radius: number): Point[] {
  return Array.from({ length: n }, (_, i) => pointAt(center, share * radius, axisAngle(i, n)));
}

export function polygonPath(points: readonly Point[]): string {
  return points.map((p) => `${p.x},${p.y}`).join(' ');
}

/** Where an axis's label goes, and which way its text runs from there so it stays outside the chart. */
export function labelPlacement(i: number, n: number, center: Point, radius: number): Point & { readonly anchor: 'start' | 'middle' | 'end' } {
  const point = pointAt(center, radius, axisAngle(i, n));
  const dx = point.x - center.x;
  const anchor = Math.abs(dx) < radius * 0.1 ? 'middle' : dx > 0 ? 'start' : 'end';
  return { ...point, anchor };
}
