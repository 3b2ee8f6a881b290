import { describe, expect, it } from 'vitest';
import { axisAngle, labelPlacement, niceMax, pointAt, polygonPath, ringPoints, seriesPoints } from './radarGeometry.ts';

const center = { x: 100, y: 100 };

describe('radar geometry', () => {
  it('points the first axis up and goes clockwise', () => {
    expect(pointAt(center, 50, axisAngle(0, 4))).toEqual({ x: 100, y: 50 });
    expect(pointAt(center, 50, axisAngle(1, 4))).toEqual({ x: 150, y: 100 });
    expect(pointAt(center, 50, axisAngle(2, 4))).toEqual({ x: 100, y: 150 });
    expect(pointAt(center, 50, axisAngle(3, 4))).toEqual({ x: 50, y: 100 });
  });

  it('places each value at its share of the scale, zero at the centre', () => {
    expect(seriesPoints([4, 0, 2, 0], 4, center, 80)).toEqual([
      { x: 100, y: 20 },
      { x: 100, y: 100 },
      { x: 100, y: 140 },
      { x: 100, y: 100 },
    ]);
  });

  it('picks a tidy top for the scale', () => {
    expect(niceMax([])).toBe(1);
    expect(niceMax([0, 0])).toBe(1);
    expect(niceMax([3])).toBe(3);
    expect(niceMax([7])).toBe(10);
    expect(niceMax([13])).toBe(20);
    expect(niceMax([21])).toBe(25);
    expect(niceMax([260])).toBe(500);
  });

  it('draws rings through every axis and writes polygons for SVG', () => {
    const ring = ringPoints(6, 0.5, center, 80);
    expect(ring).toHaveLength(6);
    expect(ring[0]).toEqual({ x: 100, y: 60 });
    expect(polygonPath([{ x: 1, y: 2 }, { x: 3, y: 4 }])).toBe('1,2 3,4');
  });

  it('anchors labels away from the chart', () => {
    expect(labelPlacement(0, 6, center, 80).anchor).toBe('middle');
    expect(labelPlacement(1, 6, center, 80).anchor).toBe('start');
    expect(labelPlacement(4, 6, center, 80).anchor).toBe('end');
  });
});
