import { labelPlacement, niceMax, polygonPath, ringPoints, seriesPoints } from './radarGeometry.ts';

export interface RadarSeries {
  readonly label: string;
  readonly values: readonly number[];
  /** How the series is told apart: colour and a line style, so colour is never the only signal. */
  readonly variant: 'positive' | 'negative';
}

interface RadarChartProps {
  readonly axes: readonly string[];
  readonly series: readonly RadarSeries[];
  /** What the chart shows, for screen readers; the numbers are in the table beside it. */
  readonly summary: string;
}

/** Wide enough beside the chart for the longest trait name in either language. */
const WIDTH = 420;
const HEIGHT = 300;
const CENTER = { x: WIDTH / 2, y: HEIGHT / 2 };
const RADIUS = 100;
const RINGS = [0.25, 0.5, 0.75, 1];

/**
 * A radar chart of a few series over the six traits. A picture for the eye: it is one image with a
 * summary for screen readers, and the table next to it carries the same numbers. Positive series
 * are solid with round markers, negative ones dashed with square markers, each named in the legend.
 */
export function RadarChart({ axes, series, summary }: RadarChartProps) {
  const max = niceMax(series.flatMap((s) => s.values));
  return (
    <figure className="radar">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="radar-svg" role="img" aria-label={summary}>
        {RINGS.map((share) => (
          <polygon key={share} points={polygonPath(ringPoints(axes.length, share, CENTER, RADIUS))} className="radar-ring" />
        ))}
        {ringPoints(axes.length, 1, CENTER, RADIUS).map((end, i) => (
          <line key={axes[i]} x1={CENTER.x} y1={CENTER.y} x2={end.x} y2={end.y} className="radar-axis" />
        ))}
        <text x={CENTER.x + 5} y={CENTER.y - RADIUS + 12} className="radar-scale" aria-hidden="true">
          {max}
        </text>
        {series.map((s) => {
          const points = seriesPoints(s.values, max, CENTER, RADIUS);
          return (
            <g key={s.label} className={`radar-series radar-${s.variant}`}>
              <polygon points={polygonPath(points)} />
              {points.map((p, i) =>
                s.variant === 'positive' ? (
                  <circle key={axes[i]} cx={p.x} cy={p.y} r={3.5} />
                ) : (
                  <rect key={axes[i]} x={p.x - 3.5} y={p.y - 3.5} width={7} height={7} />
                ),
              )}
            </g>
          );
        })}
        {axes.map((axis, i) => {
          const place = labelPlacement(i, axes.length, CENTER, RADIUS + 14);
          return (
            <text key={axis} x={place.x} y={place.y} textAnchor={place.anchor} dominantBaseline="middle" className="radar-label">
              {axis}
            </text>
          );
        })}
      </svg>
      <figcaption className="radar-legend" aria-hidden="true">
        {series.map((s) => (
          <span key={s.label} className={`radar-key radar-key-${s.variant}`}>
            <svg width="28" height="12" viewBox="0 0 28 12">
              <line x1="1" y1="6" x2="27" y2="6" />
              {s.variant === 'positive' ? <circle cx="14" cy="6" r="3.5" /> : <rect x="10.5" y="2.5" width="7" height="7" />}
            </svg>
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
