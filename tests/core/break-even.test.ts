import { describe, expect, it } from 'vitest';
import { findBreakEvens, findCheapestRanges, findCrossings } from '../../src/core/cost/break-even';
import type { CostStructure } from '../../src/core/cost/cost-structure';
import { expectRelClose } from './helpers';

const linear = (fixed: number, perToken: number): CostStructure => ({
  fixedUsdPerMonth: fixed,
  usdPerToken: perToken,
  step: null,
  hinges: [],
});
const stepped = (perUnit: number, tokensPerUnit: number, min = 1): CostStructure => ({
  fixedUsdPerMonth: 0,
  usdPerToken: 0,
  step: { rawUnitsPerToken: 1 / tokensPerUnit, minUnits: min, stepUnits: 1, usdPerUnitMonth: perUnit },
  hinges: [],
});

describe('findCrossings', () => {
  it('two lines cross once, at fixed difference ÷ slope difference', () => {
    // 3,000 + 2e-6 T = 5e-6 T → T = 1e9
    const crossings = findCrossings(linear(0, 5e-6), linear(3000, 2e-6), 1e6, 1e12).crossings;
    expect(crossings).toHaveLength(1);
    expectRelClose(crossings[0]!.monthlyTokens, 1e9);
    expectRelClose(crossings[0]!.monthlyCost, 5000);
  });

  it('parallel lines never cross', () => {
    expect(findCrossings(linear(0, 5e-6), linear(7.3, 5e-6), 1e6, 1e12).crossings).toEqual([]);
  });

  it('a line that only touches a staircase from below is not a crossing', () => {
    // B = $10 × ceil(T ÷ 1M); A = 1e-5 T meets B at every multiple of 1M from below, never passes it.
    expect(findCrossings(linear(0, 1e-5), stepped(10, 1e6), 1e5, 1e8).crossings).toEqual([]);
  });

  it('finds crossings inside pieces and at step jumps', () => {
    // A = 1.5e-5 T; B = $10 × max(1, ceil(T ÷ 1M)).
    // A reaches 10 at 666,667 (cross); at 1M B jumps 10 → 20 over A = 15 (step); A reaches 20 at 1.333M (cross);
    // at 2M A = 30 meets B's jump to 30 and then stays above: a touch, not a crossing.
    const crossings = findCrossings(linear(0, 1.5e-5), stepped(10, 1e6), 1e5, 1e8).crossings;
    expect(crossings.map((c) => c.kind)).toEqual(['cross', 'step', 'cross']);
    expectRelClose(crossings[0]!.monthlyTokens, 1e6 / 1.5);
    expectRelClose(crossings[1]!.monthlyTokens, 1e6);
    expectRelClose(crossings[1]!.monthlyCost, 15); // the cheaper option just after the jump: A at 1M
    expectRelClose(crossings[2]!.monthlyTokens, 2e6 / 1.5);
  });

  it('follows a sawtooth exactly: 1,999 crossings between 100K and 1B tokens', () => {
    // A = 5 + 1e-5 T; B = $10 × ceil(T ÷ 1M). In each (n−1, n]M, A crosses B = 10n at (n − 0.5)M, then B's jump
    // at nM passes A again: crossings at 0.5M, 1M, 1.5M, … 999.5M → 1,000 crosses + 999 steps.
    const crossings = findCrossings(linear(5, 1e-5), stepped(10, 1e6), 1e5, 1e9).crossings;
    expect(crossings).toHaveLength(1999);
    expect(crossings.filter((c) => c.kind === 'cross')).toHaveLength(1000);
    expectRelClose(crossings[1000]!.monthlyTokens, 500.5e6);
  });
});

describe('findBreakEvens and findCheapestRanges', () => {
  const options = [
    { id: 'serverless_api' as const, structure: linear(0, 5e-6) },
    { id: 'provisioned_throughput' as const, structure: linear(3000, 2e-6) },
    { id: 'kubernetes' as const, structure: linear(15_000, 0.5e-6) },
  ];

  it('labels each crossing with its pair, sorted by volume', () => {
    const { breakEvens } = findBreakEvens(options, 1e6, 1e12);
    expect(breakEvens.map((b) => `${b.a}/${b.b}`)).toEqual([
      'serverless_api/provisioned_throughput',
      'serverless_api/kubernetes',
      'provisioned_throughput/kubernetes',
    ]);
  });

  it('covers the range with no gaps and names the cheapest option of each stretch', () => {
    const { breakEvens } = findBreakEvens(options, 1e6, 1e12);
    const ranges = findCheapestRanges(options, breakEvens, 1e6, 1e12);
    expect(ranges.map((r) => r.option)).toEqual(['serverless_api', 'provisioned_throughput', 'kubernetes']);
    expect(ranges[0]!.fromTokens).toBe(1e6);
    expect(ranges[0]!.toTokens).toBe(ranges[1]!.fromTokens);
    expect(ranges[1]!.toTokens).toBe(ranges[2]!.fromTokens);
    expect(ranges[2]!.toTokens).toBe(1e12);
    expectRelClose(ranges[1]!.toTokens, 8e9); // 12,000 ÷ 1.5e-6
  });

  it('gives ties to the simpler option (earlier in the list)', () => {
    const tied = [
      { id: 'serverless_api' as const, structure: linear(0, 5e-6) },
      { id: 'private_endpoints' as const, structure: linear(0, 5e-6) },
    ];
    expect(findCheapestRanges(tied, [], 1e6, 1e12)).toEqual([
      { option: 'serverless_api', fromTokens: 1e6, toTokens: 1e12 },
    ]);
  });
});
