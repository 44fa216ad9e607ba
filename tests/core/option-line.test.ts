import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  axisScale,
  buildChartRows,
  costAt,
  costAxisDomain,
  createScenario,
  evaluateScenario,
  LINE_TOLERANCE_PX,
  OPTION_IDS,
  optionLine,
  plotArea,
  type CostStructure,
  type LinePoint,
  type LineView,
} from '../../src/core';
import { breakpointsIn } from '../../src/core/cost/cost-structure';
import { arbitraryScenario } from './arbitrary-scenario';

/** A 100 × 100 px plot at (0, 0): x = tokens ÷ 10^7 on [0, 10^9], y = 100 − USD ÷ 20 on [0, 2,000]. */
const plot = { x: 0, y: 0, width: 100, height: 100 };
const linearView: LineView = {
  xScale: 'linear',
  domain: [0, 1e9],
  px: axisScale('linear', [0, 1e9], [0, 100]),
  py: axisScale('linear', [0, 2_000], [100, 0]),
  plot,
};
const flat = (over: Partial<CostStructure>): CostStructure => ({
  fixedUsdPerMonth: 0,
  usdPerToken: 0,
  step: null,
  hinges: [],
  ...over,
});
const round = (points: LinePoint[]) =>
  points.map(({ x, y }) => [Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6]);

/** The Azure preset's chart model on a 1,000 × 460 chart, log volume axis, linear cost axis. */
function azureLogChart() {
  const scenario = createScenario('azure');
  const model = buildChartRows(scenario, evaluateScenario(scenario), { xScale: 'log' });
  const area = plotArea(1000, 460);
  const px = axisScale('log', model.domain, [area.x, area.x + area.width]);
  const py = axisScale('linear', [0, model.yMaxLinear], [area.y + area.height, area.y]);
  return { model, area, px, py };
}

/** The x of every jump drawn: two points in a row at one x. */
const cornersOf = (points: readonly LinePoint[]) =>
  points.filter((p, i) => i > 0 && p.x === points[i - 1]!.x).map((p) => p.x);

/** Distance (px) from a point to the drawn line: for near-vertical stretches, where height at one x says little. */
function distanceTo(points: readonly LinePoint[], x: number, y: number): number {
  let best = Infinity;
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (![a.x, a.y, b.x, b.y].every(Number.isFinite)) continue;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const t =
      dx === 0 && dy === 0
        ? 0
        : Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / (dx * dx + dy * dy)));
    best = Math.min(best, Math.hypot(a.x + t * dx - x, a.y + t * dy - y));
  }
  return best;
}

/** The drawn line's height at pixel x (linear between its points), or null at a corner or outside. */
function drawnAt(points: readonly LinePoint[], x: number): number | null {
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (a.x <= x && x <= b.x && b.x > a.x) return a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x);
  }
  return null;
}

describe('option lines drawn exactly (core/chart/option-line.ts)', () => {
  it('a straight cost on a linear volume axis is its two ends', () => {
    // $100 + $1 per 1M tokens: $100 at 0 → y = 100 − 100/20 = 95; $1,100 at 10^9 → y = 100 − 1,100/20 = 45.
    const points = optionLine(flat({ fixedUsdPerMonth: 100, usdPerToken: 1e-6 }), linearView);
    expect(round(points)).toEqual([
      [0, 95],
      [100, 45],
    ]);
  });

  it('a capacity step is two points at its volume, before and after the jump', () => {
    // Units of 1 per 4×10^8 tokens, at least 1, $500 each: 1 unit up to 4×10^8, 2 up to 8×10^8, then 3.
    // Jumps at 4×10^8 (x = 40) and 8×10^8 (x = 80): $500 → $1,000 → $1,500, i.e. y 75 → 50 → 25.
    const step = { rawUnitsPerToken: 1 / 4e8, minUnits: 1, stepUnits: 1, usdPerUnitMonth: 500 };
    const points = optionLine(flat({ step }), linearView);
    expect(round(points)).toEqual([
      [0, 75],
      [40, 75],
      [40, 50],
      [80, 50],
      [80, 25],
      [100, 25],
    ]);
  });

  it('a spillover kink is one point (no jump), where the slope changes', () => {
    // $1 per 1M tokens, $3 more per 1M beyond 5×10^8: $500 at the kink (y 75), $500 + $2,000 = $2,500 at 10^9.
    const points = optionLine(
      flat({ usdPerToken: 1e-6, hinges: [{ atTokens: 5e8, usdPerToken: 3e-6 }] }),
      linearView,
    );
    expect(round(points)).toEqual([
      [0, 100],
      [50, 75],
      [100, -25],
    ]);
  });

  it('on a log volume axis a straight cost bends, and is split only where it bends', () => {
    // $2 per 1M tokens over 10^6 … 10^9 on a 300 px log axis against a linear cost axis to $2,000.
    const view: LineView = {
      xScale: 'log',
      domain: [1e6, 1e9],
      px: axisScale('log', [1e6, 1e9], [0, 300]),
      py: axisScale('linear', [0, 2_000], [100, 0]),
      plot: { x: 0, y: 0, width: 300, height: 100 },
    };
    const structure = flat({ usdPerToken: 2e-6 });
    const points = optionLine(structure, view);
    let worst = 0;
    for (let x = 0; x <= 300; x += 0.25) {
      const tokens = 10 ** (6 + x / 100);
      worst = Math.max(worst, Math.abs(drawnAt(points, x)! - view.py(costAt(structure, tokens))));
    }
    expect(worst).toBeLessThanOrEqual(2 * LINE_TOLERANCE_PX);
    // Far fewer points than pixels: flat for two decades ($2 → $200 is 10 px), bending in the last.
    expect(points.length).toBeLessThan(40);
    // The flat first decades take few: at most a handful of points left of x = 200 (10^8 tokens).
    expect(points.filter((p) => p.x < 200).length).toBeLessThanOrEqual(8);
  });

  it('a stretch above the plot is not split (costs never fall as volume grows)', () => {
    // $10,000 + anything: above the $2,000 top from the start, so its two ends draw it (clipped away).
    const view: LineView = {
      ...linearView,
      xScale: 'log',
      domain: [1e6, 1e9],
      px: axisScale('log', [1e6, 1e9], [0, 100]),
    };
    expect(optionLine(flat({ fixedUsdPerMonth: 10_000, usdPerToken: 1e-4 }), view)).toHaveLength(2);
  });

  it('a cost of 0 at zero volume on a log cost axis: the line rises from below the plot, none of it missing', () => {
    // $1 per 100k tokens from 0: cost 0 at x = 0 (no pixel on a log axis); $1, the axis bottom, at 10^5 tokens,
    // x = 10^5 ÷ 10^7 = 0.01 px. The line must start there, at or below the bottom edge (y ≥ 100), not a pixel in.
    const view: LineView = { ...linearView, py: axisScale('log', [1, 1e4], [100, 0]) };
    const points = optionLine(flat({ usdPerToken: 1e-5 }), view).filter((p) => Number.isFinite(p.y));
    expect(points[0]!.x).toBeLessThanOrEqual(0.02);
    expect(points[0]!.y).toBeGreaterThanOrEqual(100);
    // And from there the curve is drawn: $10 at 10^6 tokens (x = 0.1, y = 75), $100 at x = 1 (y = 50), $1,000 at
    // x = 10 (y = 25). It climbs 50 px in the first pixel, so what counts there is the distance to the line.
    expect(distanceTo(points, 0.1, 75)).toBeLessThanOrEqual(1);
    expect(distanceTo(points, 1, 50)).toBeLessThanOrEqual(1);
    expect(Math.abs(drawnAt(points, 10)! - 25)).toBeLessThanOrEqual(2 * LINE_TOLERANCE_PX);
  });

  it('steps a pixel or more apart are corners even when a hundred thousand lie in view', () => {
    // One more unit every 10^7 tokens over 10^6 … 10^12 (10^5 jumps) on a 600 px log axis, 100 px a decade:
    // jump n sits at x = 100 × log10(n × 10^7 ÷ 10^6), 100 × log10(1 + 1/n) px after jump n − 1, which is ≥ 1 px
    // for n ≤ 42. So jumps 1 … 42 must each be a corner (two points at one x).
    const step = { rawUnitsPerToken: 1e-7, minUnits: 1, stepUnits: 1, usdPerUnitMonth: 1 };
    const view: LineView = {
      xScale: 'log',
      domain: [1e6, 1e12],
      px: axisScale('log', [1e6, 1e12], [0, 600]),
      py: axisScale('log', [1, 1e6], [400, 0]),
      plot: { x: 0, y: 0, width: 600, height: 400 },
    };
    const points = optionLine(flat({ step }), view);
    const corners = cornersOf(points);
    for (let n = 1; n <= 42; n += 1)
      expect(
        corners.some((x) => Math.abs(x - view.px(n * 1e7)) < 1e-6),
        `jump ${n}`,
      ).toBe(true);
    // Beyond, at most about one corner per pixel.
    expect(corners.length).toBeLessThanOrEqual(600);
  });

  it('Azure preset: every capacity step at least a pixel from the previous one is a corner', () => {
    // Rounding can make the cost evaluated exactly on a jump read the upper value: the jump must still show.
    const { model, area, px, py } = azureLogChart();
    for (const id of OPTION_IDS) {
      const structure = model.structures[id];
      const points = optionLine(structure, { xScale: 'log', domain: model.domain, px, py, plot: area });
      let last = px(model.domain[0]);
      const expected: number[] = [];
      for (const at of breakpointsIn(structure, model.domain[0], model.domain[1])) {
        const x = px(at);
        if (x - last < 1 || px(model.domain[1]) - x < 1) continue;
        last = x;
        // Hinges are kinks (no jump): only jumps give two points at one x.
        if (costAt(structure, at * (1 + 1e-9)) - costAt(structure, at * (1 - 1e-9)) > 1e-6) expected.push(x);
      }
      const corners = cornersOf(points);
      expect(corners, id).toEqual(expected);
    }
  });

  it('drawn scenarios: every line within twice the tolerance of its cost curve wherever the curve is in view', () => {
    const sizes = fc.record({
      width: fc.integer({ min: 320, max: 1400 }),
      height: fc.integer({ min: 240, max: 600 }),
    });
    const scales = fc.constantFrom('log', 'linear');
    fc.assert(
      fc.property(arbitraryScenario, sizes, scales, scales, (scenario, size, xScale, yScale) => {
        const model = buildChartRows(scenario, evaluateScenario(scenario), { xScale });
        const area = plotArea(size.width, size.height);
        const px = axisScale(xScale, model.domain, [area.x, area.x + area.width]);
        const py = axisScale(yScale, costAxisDomain(yScale, model.yMaxLinear, model.yMinLog), [
          area.y + area.height,
          area.y,
        ]);
        const toAxis = xScale === 'log' ? Math.log10 : (t: number) => t;
        const [u0, u1] = [toAxis(model.domain[0]), toAxis(model.domain[1])];
        for (const id of OPTION_IDS) {
          const structure = model.structures[id];
          const points = optionLine(structure, { xScale, domain: model.domain, px, py, plot: area });
          expect(points.length).toBeLessThanOrEqual(4 * area.width + 4);
          for (let i = 1; i < points.length; i += 1)
            expect(points[i]!.x).toBeGreaterThanOrEqual(points[i - 1]!.x - 1e-9);
          const jumps = cornersOf(points);
          for (let k = 0; k <= 600; k += 1) {
            const x = area.x + (area.width * k) / 600;
            const u = u0 + ((x - area.x) / area.width) * (u1 - u0);
            const y = py(costAt(structure, xScale === 'log' ? 10 ** u : u));
            if (!(y >= area.y && y <= area.y + area.height)) continue;
            // Within a pixel of a corner, or where steps are finer than a pixel, the line cuts the corner.
            if (jumps.some((j) => Math.abs(j - x) < 1)) continue;
            const drawn = drawnAt(points, x);
            // Wherever the curve is inside the plot, a line is drawn there.
            expect(drawn !== null && Number.isFinite(drawn), `${id} drawn at x = ${x.toFixed(1)}`).toBe(true);
            if (drawn === null) continue;
            const segment = points.findIndex((p) => p.x >= x);
            if (segment > 0 && points[segment]!.x - points[segment - 1]!.x <= 1) continue;
            expect(Math.abs(drawn - y), `${id} at x = ${x.toFixed(1)}`).toBeLessThanOrEqual(
              2 * LINE_TOLERANCE_PX,
            );
          }
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('Azure preset, log volume axis, 1,000 × 460 chart: 615 points for five lines against 1,865 from the rows', () => {
    const { model, area, px, py } = azureLogChart();
    const total = OPTION_IDS.reduce(
      (sum, id) =>
        sum +
        optionLine(model.structures[id], { xScale: 'log', domain: model.domain, px, py, plot: area }).length,
      0,
    );
    expect(model.rows.length * OPTION_IDS.length).toBe(1_865);
    expect(total).toBeLessThan(700);
  });
});
