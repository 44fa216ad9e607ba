import { describe, expect, it } from 'vitest';
import type { Decision } from '../../src/core/sensitivity/decide';
import { MIN_STEP, toleranceAt, walkToChange } from '../../src/core/sensitivity/search';

/** A decision over two options priced by `costs(x)`: option 0 is the current one, both always eligible. */
function decider(costs: (x: number) => [number, number]) {
  const calls: number[] = [];
  const decideAt = (x: number): Decision => {
    calls.push(x);
    const [a, b] = costs(x);
    return {
      monthlyTokens: 0,
      costs: Float64Array.from([a, b]),
      eligible: [true, true],
      // A tie keeps the simpler (first) option, as the recommendation does.
      option: b < a ? 'provisioned_throughput' : 'serverless_api',
    };
  };
  return { decideAt, calls };
}

const tolerance = (value: number) => toleranceAt(value, 1, false);

describe('threshold walk (core/sensitivity/search.ts)', () => {
  it('certifies steps by halves: two costs growing side by side are crossed in few pricings', () => {
    // Current cost x, the other 1.6 × ⌈x⌉ (a capacity step at every integer): never cheaper, since
    // 1.6⌈x⌉ ≥ 1.6x > x. Over a doubling step [a, 2a] the ranges overlap (x reaches 2a, the other starts at
    // ≈ 1.6a), so whole-step bounds cannot certify it; on each half they do (x ≤ 1.5a < 1.6a on the first,
    // x ≤ 2a < 1.6 × 1.5a = 2.4a on the second).
    const { decideAt } = decider((x) => [x, 1.6 * Math.ceil(x)]);
    const walk = walkToChange(decideAt, 1, 1e6, 1, 0, tolerance);
    expect(walk.change).toBeNull();
    expect(walk.reached).toBe(1e6);
    // 71 pricings with halves; whole-step bounds took 133 (3 Dec 2026), resetting to MIN_STEP after each
    // doubling they could not certify.
    expect(walk.evaluations).toBeLessThanOrEqual(80);
  });

  it('a first step that sees a change starts again at the smallest step and finds the change itself', () => {
    // The other option costs 2 − x: cheaper than the current one (1) from x = 1 up. From 0.9 the opening
    // step (16% of max(|x|, scale 1), to 1.06) sees the change; the walk starts again at MIN_STEP and bisects
    // to 1.
    const { decideAt, calls } = decider((x) => [1, 2 - x]);
    const walk = walkToChange(decideAt, 0.9, 10, 1, 0, tolerance);
    expect(walk.change?.becomes).toBe('provisioned_throughput');
    expect(Math.abs(walk.change!.value - 1)).toBeLessThanOrEqual(walk.change!.tolerance);
    // The opening step's end (0.9 + 0.16) already differs, so it is not kept: next come MIN_STEP's end and middle.
    const expected = [1.06, 0.9 + MIN_STEP, 0.9 + MIN_STEP / 2];
    expect(calls.slice(1, 4).map((x, i) => x - expected[i]!)).toEqual(
      [0, 0, 0].map(() => expect.closeTo(0, 12)),
    );
  });

  it('stopping early takes the same steps as the full walk up to where it stops', () => {
    const full = decider((x) => [x, 1.6 * Math.ceil(x)]);
    const stopped = decider((x) => [x, 1.6 * Math.ceil(x)]);
    walkToChange(full.decideAt, 1, 1e6, 1, 0, tolerance);
    const walk = walkToChange(stopped.decideAt, 1, 1e6, 1, 0, tolerance, (x) => x > 50);
    expect(walk.change).toBeNull();
    expect(walk.reached).toBeGreaterThan(50);
    expect(stopped.calls).toEqual(full.calls.slice(0, stopped.calls.length));
    // It stopped at the first step's end beyond 50: the step before ended at or below 50.
    expect(stopped.calls.filter((x) => x > 50 && x !== walk.reached)).toEqual([]);
  });
});
