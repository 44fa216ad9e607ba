import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakEvenTokenLabels, createScenario, evaluateScenario, formatTokens } from '../../src/core';

const at = (a: string, b: string, monthlyTokens: number) => ({ a, b, monthlyTokens });

describe('breakEvenTokenLabels', () => {
  it('tells two crossings of one pair apart with a fourth digit', () => {
    // 27,380,000,000 and 27,410,000,000 both round to 27.4B at three significant digits; at four: 27.38B, 27.41B.
    expect(breakEvenTokenLabels([at('p', 'k', 27.38e9), at('k', 'p', 27.41e9), at('s', 'p', 1.2e9)])).toEqual(
      ['27.38B', '27.41B', '1.2B'],
    );
  });

  it('gives every clashing crossing the same precision, trailing zeros kept', () => {
    // 27.36B, 27.40B, 27.43B: all "27.4B" at three digits; at four the middle one keeps its zero.
    expect(
      breakEvenTokenLabels([at('a', 'b', 27.36e9), at('a', 'b', 27.4e9), at('a', 'b', 27.43e9)]),
    ).toEqual(['27.36B', '27.40B', '27.43B']);
  });

  it('goes to five digits when four still read alike', () => {
    // 1.2341B and 1.2344B: 1.23B at three, 1.234B at four, 1.2341B / 1.2344B at five.
    expect(breakEvenTokenLabels([at('a', 'b', 1.2341e9), at('a', 'b', 1.2344e9)])).toEqual([
      '1.2341B',
      '1.2344B',
    ]);
  });

  it('leaves crossings of different pairs at one volume alike, and one pair at one volume alone', () => {
    // Three lines meeting at 2.0B: two pairs, one volume label. The same pair twice at the very same volume is
    // one point listed twice, not two points to tell apart.
    expect(
      breakEvenTokenLabels([at('a', 'b', 2e9), at('a', 'c', 2.004e9), at('b', 'c', 5e8), at('b', 'c', 5e8)]),
    ).toEqual(['2.0B', '2.0B', '500M', '500M']);
  });

  it('reads the Azure preset’s two Provisioned throughput / Kubernetes crossings as two volumes', () => {
    const evaluation = evaluateScenario(createScenario('azure'));
    const labels = breakEvenTokenLabels(evaluation.breakEvens);
    // Both are "27.4B" with three digits (the defect found in review), between the same two options.
    const pair = evaluation.breakEvens
      .map((be, i) => ({ be, label: labels[i] }))
      .filter(({ be }) => formatTokens(be.monthlyTokens) === '27.4B');
    expect(pair.map(({ be }) => [be.a, be.b].sort().join())).toEqual([
      'kubernetes,provisioned_throughput',
      'kubernetes,provisioned_throughput',
    ]);
    expect(new Set(pair.map(({ label }) => label)).size).toBe(2);
    // Every other crossing keeps its three-digit label.
    evaluation.breakEvens.forEach((be, i) => {
      if (formatTokens(be.monthlyTokens) !== '27.4B') expect(labels[i]).toBe(formatTokens(be.monthlyTokens));
    });
  });

  it('property: crossings of one pair ≥ 0.01% apart never share a label; the rest keep formatTokens', () => {
    const crossing = fc.record({
      a: fc.constantFrom('a', 'b', 'c'),
      b: fc.constantFrom('d', 'e'),
      monthlyTokens: fc.double({ min: 1e6, max: 1e13, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(crossing, { maxLength: 12 }), (list) => {
        const labels = breakEvenTokenLabels(list);
        expect(labels).toHaveLength(list.length);
        list.forEach((one, i) => {
          const clashes = list.some(
            (other, j) =>
              j !== i && other.a === one.a && other.b === one.b && other.monthlyTokens !== one.monthlyTokens,
          );
          if (!clashes) expect(labels[i]).toBe(formatTokens(one.monthlyTokens));
          list.forEach((other, j) => {
            const apart = Math.abs(other.monthlyTokens - one.monthlyTokens) / one.monthlyTokens >= 1e-4;
            if (j !== i && other.a === one.a && other.b === one.b && apart)
              expect(labels[i]).not.toBe(labels[j]);
          });
        });
      }),
      { numRuns: 500 },
    );
  });
});
