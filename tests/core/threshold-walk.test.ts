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
    // 113 pricings with halves; whole-step bounds took 249 (3 Dec 2026), walking again in MIN_STEP steps after
    // each doubling they could not certify.
    expect(walk.evaluations).toBeLessThanOrEqual(130);
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

  it('a change that comes and goes within a step the walk cannot certify is found, not stepped over', () => {
    // Both costs rise with x: the current one, x, jumps by 1 at x = 1.30; the other, x + 0.5, jumps by 1 at 1.33.
    // So the other is cheaper only on (1.30, 1.33] (x + 0.5 < x + 1), and dearer again after (x + 1.5 > x + 1).
    // From 1, the 16% opening step [1, 1.16] is certified (both affine, apart); the doubled step [1.16, 1.53] is
    // not (jumps inside) though today's option holds at its middle 1.345 and end: kept, it would hide the window.
    const { decideAt } = decider((x) => [x + (x > 1.3 ? 1 : 0), x + 0.5 + (x > 1.33 ? 1 : 0)]);
    const walk = walkToChange(decideAt, 1, 3, 1, 0, tolerance);
    expect(walk.change?.becomes).toBe('provisioned_throughput');
    expect(Math.abs(walk.change!.value - 1.3)).toBeLessThanOrEqual(walk.change!.tolerance);
  });

  it('stopping early takes the same steps as the full walk up to where it stops', () => {
    const full = decider((x) => [x, 1.6 * Math.ceil(x)]);
    const stopped = decider((x) => [x, 1.6 * Math.ceil(x)]);
    walkToChange(full.decideAt, 1, 1e6, 1, 0, tolerance);
    const walk = walkToChange(stopped.decideAt, 1, 1e6, 1, 0, tolerance, { stopAt: (x) => x > 50 });
    expect(walk.change).toBeNull();
    expect(walk.reached).toBeGreaterThan(50);
    expect(stopped.calls).toEqual(full.calls.slice(0, stopped.calls.length));
    // It stopped at the first kept step's end beyond 50, having priced no more than the full walk had by then.
    expect(stopped.calls).toContain(walk.reached);
  });
});
