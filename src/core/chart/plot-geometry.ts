import type { OptionId } from '../option-ids';
import type { ChartRow } from './chart-rows';
import type { Box, Polyline } from './label-layout';

/**
 * Geometry of the on-screen cost chart: its drawing (features/chart/static-plot.tsx) and the Recharts hover layer
 * laid over it (features/chart/hover-layer.tsx) take their plot box from here, so the tooltip's cursor and dots
 * fall on the drawn lines.
 */

/** The cost chart's layout, in CSS pixels: its margin, Y axis width and X axis height. */
export const PLOT_LAYOUT = {
  margin: { top: 24, right: 24, bottom: 8, left: 8 },
  yAxisWidthPx: 72,
  xAxisHeightPx: 44,
} as const;

/** The plot area (inside the axes) of a chart `widthPx` × `heightPx` laid out as PLOT_LAYOUT. */
export function plotArea(widthPx: number, heightPx: number): Box {
  const { margin, yAxisWidthPx, xAxisHeightPx } = PLOT_LAYOUT;
  const x = margin.left + yAxisWidthPx;
  const y = margin.top;
  return {
    x,
    y,
    width: Math.max(0, widthPx - x - margin.right),
    height: Math.max(0, heightPx - y - margin.bottom - xAxisHeightPx),
  };
}

/**
 * Round linear ticks from 0: a 1, 2, 2.5 or 5 × 10^k step giving at most six intervals up to `max`. A step that
 * divides `max` is preferred, so an axis topped by a round number (the chart's niceCeil) labels its top.
 * `max` ≤ 0 or not finite gives [0].
 * Examples: 6,000 → rough step 1,000 → 0, 1,000, …, 6,000; 7,500 → rough 1,250: 2,000 does not divide it,
 * 2,500 does → 0, 2,500, 5,000, 7,500; 7,000 → no step from 1,250 to 10,000 divides it → 2,000: 0 … 6,000.
 */
export function linearAxisTicks(max: number): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0];
  const rough = max / 6;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const steps = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).filter((step) => step >= rough);
  const divides = (step: number) => Math.abs(max / step - Math.round(max / step)) < 1e-9;
  const step = steps.find(divides) ?? steps[0] ?? 10 * magnitude;
  const ticks: number[] = [];
  // Multiplying (not adding) keeps 0.1 + 0.2-style drift out of the tick values.
  for (let i = 0; i * step <= max * (1 + 1e-9); i += 1) ticks.push(i * step);
  return ticks;
}

/**
 * Powers of ten from the first at or above `low` to the last at or below `high` (both > 0); when fewer than
 * two fall inside, the ends themselves, so a log axis always has two labelled ticks.
 * Example: [3e6, 5e9] → 1e7, 1e8, 1e9.
 */
export function logAxisTicks(low: number, high: number): number[] {
  const ticks: number[] = [];
  if (low > 0 && high > low && Number.isFinite(high))
    for (let e = Math.ceil(Math.log10(low) - 1e-12); e <= Math.floor(Math.log10(high) + 1e-12); e += 1)
      ticks.push(10 ** e);
  return ticks.length >= 2 ? ticks : [low, high];
}

/** The cost axis' domain (USD per month) for the model's linear top and log bottom. */
export function costAxisDomain(
  scale: 'log' | 'linear',
  yMaxLinear: number,
  yMinLog: number,
): [number, number] {
  return scale === 'log' ? [Math.max(yMinLog * 0.8, 1e-6), yMaxLinear * 10] : [0, yMaxLinear];
}

/**
 * A linear or logarithmic map from `domain` to pixels `range` (range[0] for domain[0]). A log scale of a
 * value ≤ 0 gives NaN, as Recharts' d3 scale does: callers skip such points.
 */
export function axisScale(
  scale: 'log' | 'linear',
  domain: readonly [number, number],
  range: readonly [number, number],
): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (scale === 'log') {
    const l0 = Math.log10(d0);
    const span = Math.log10(d1) - l0;
    return (value) => (value > 0 && span !== 0 ? r0 + ((Math.log10(value) - l0) / span) * (r1 - r0) : NaN);
  }
  const span = d1 - d0;
  return (value) => (span !== 0 ? r0 + ((value - d0) / span) * (r1 - r0) : NaN);
}

/**
 * An SVG path through points in pixels: a point that is not finite ends the segment, and the next finite point
 * starts a new one. Coordinates are rounded to 0.1 px (finer than any screen) to keep the path short.
 */
export function linePath(points: readonly { x: number; y: number }[]): string {
  const parts: string[] = [];
  let pen = false;
  for (const { x, y } of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      pen = false;
      continue;
    }
    parts.push(`${pen ? 'L' : 'M'}${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`);
    pen = true;
  }
  return parts.join('');
}

/**
 * Each option's cost line in pixels as polylines (split where a point maps to no pixel, as `linePath` draws
 * it), for laying labels out off the lines.
 */
export function seriesPolylines(
  rows: readonly ChartRow[],
  ids: readonly OptionId[],
  px: (tokens: number) => number,
  py: (usd: number) => number,
): Polyline[] {
  const lines: Polyline[] = [];
  for (const id of ids) {
    let current: { x: number; y: number }[] = [];
    for (const row of rows) {
      const x = px(row.tokens);
      const y = py(row[id]);
      if (Number.isFinite(x) && Number.isFinite(y)) current.push({ x, y });
      else if (current.length > 0) {
        lines.push(current);
        current = [];
      }
    }
    if (current.length > 0) lines.push(current);
  }
  return lines;
}
