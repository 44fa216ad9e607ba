import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisScale, linearAxisTicks, logAxisTicks, plotArea, linePath, type ChartRow } from '../../src/core';

describe('plot geometry shared by the first frame and the Recharts chart', () => {
  it('plot area: 868 × 440 minus margins 8 + 72 left, 24 right, 24 top, 8 + 44 bottom', () => {
    // x = 8 + 72 = 80; width = 868 − 80 − 24 = 764; y = 24; height = 440 − 24 − 8 − 44 = 364.
    expect(plotArea(868, 440)).toEqual({ x: 80, y: 24, width: 764, height: 364 });
    expect(plotArea(50, 60)).toEqual({ x: 80, y: 24, width: 0, height: 0 });
  });

  it('linear ticks: 250,000 → step 50,000 (rough 41,667 rounds up to 5 × 10^4)', () => {
    expect(linearAxisTicks(250_000)).toEqual([0, 50_000, 100_000, 150_000, 200_000, 250_000]);
    // 7,500 / 6 = 1,250: 2,000 leaves 7,500 unlabelled (3.75 steps), 2,500 divides it (3 steps).
    expect(linearAxisTicks(7_500)).toEqual([0, 2_500, 5_000, 7_500]);
    // 7,000 / 6 ≈ 1,167: none of 2,000, 2,500, 5,000, 10,000 divides 7,000 → the first, 2,000.
    expect(linearAxisTicks(7_000)).toEqual([0, 2_000, 4_000, 6_000]);
    // 0.3 / 6 = 0.05 → step 0.05: seven ticks up to 0.3 (multiplied, so the last is not lost to drift).
    const small = linearAxisTicks(0.3);
    expect(small).toHaveLength(7);
    small.forEach((tick, i) => expect(tick).toBeCloseTo(i * 0.05, 12));
    expect(linearAxisTicks(0)).toEqual([0]);
    expect(linearAxisTicks(Number.NaN)).toEqual([0]);
  });

  it('log ticks: the decades inside, or the two ends when fewer than two fit', () => {
    expect(logAxisTicks(3e6, 5e9)).toEqual([1e7, 1e8, 1e9]);
    expect(logAxisTicks(2, 50)).toEqual([2, 50]);
  });

  it('scales map the domain ends to the range ends; log of 0 is NaN', () => {
    const lin = axisScale('linear', [0, 100], [80, 844]);
    expect(lin(0)).toBe(80);
    expect(lin(50)).toBe(462); // 80 + 0.5 × 764
    const log = axisScale('log', [1e6, 1e10], [0, 400]);
    expect(log(1e8)).toBeCloseTo(200, 9); // two of four decades
    expect(log(0)).toBeNaN();
  });

  it('series path: a step as two points at one x; a point off the scale breaks the line', () => {
    const row = (tokens: number, cost: number) =>
      ({ tokens, cheapest: cost, serverless_api: cost }) as ChartRow;
    const rows = [row(1, 10), row(2, 10), row(2, 20), row(3, 0), row(4, 30)];
    const px = (t: number) => t * 10;
    const py = (usd: number) => (usd > 0 ? 100 - usd : NaN);
    expect(linePath(rows.map((r) => ({ x: px(r.tokens), y: py(r.serverless_api) })))).toBe(
      'M10,90L20,90L20,80M40,70',
    );
  });

  it('property: ticks rise, start at 0, stay within max, and are at most seven', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e15, noNaN: true }), (max) => {
        const ticks = linearAxisTicks(max);
        expect(ticks[0]).toBe(0);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        expect(ticks.length).toBeLessThanOrEqual(7);
        for (let i = 1; i < ticks.length; i += 1) expect(ticks[i]!).toBeGreaterThan(ticks[i - 1]!);
        expect(ticks[ticks.length - 1]!).toBeLessThanOrEqual(max * (1 + 1e-9));
      }),
    );
  });
});
