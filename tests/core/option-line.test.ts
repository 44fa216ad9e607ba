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
          const jumps = points.filter((p, i) => i > 0 && p.x === points[i - 1]!.x).map((p) => p.x);
          for (let k = 0; k <= 600; k += 1) {
            const x = area.x + (area.width * k) / 600;
            const u = u0 + ((x - area.x) / area.width) * (u1 - u0);
            const y = py(costAt(structure, xScale === 'log' ? 10 ** u : u));
            if (!(y >= area.y && y <= area.y + area.height)) continue;
            // Within a pixel of a corner, or where steps are finer than a pixel, the line cuts the corner.
            if (jumps.some((j) => Math.abs(j - x) < 1)) continue;
            const drawn = drawnAt(points, x);
            if (drawn === null || !Number.isFinite(drawn)) continue;
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

  it('Azure preset, log volume axis, 1,000 × 460 chart: 622 points for five lines against 1,865 from the rows', () => {
    const scenario = createScenario('azure');
    const model = buildChartRows(scenario, evaluateScenario(scenario), { xScale: 'log' });
    const area = plotArea(1000, 460);
    const px = axisScale('log', model.domain, [area.x, area.x + area.width]);
    const py = axisScale('linear', [0, model.yMaxLinear], [area.y + area.height, area.y]);
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
