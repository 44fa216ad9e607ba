import { describe, expect, it } from 'vitest';
import type { BreakEven, OptionId } from '../../src/core';
import { chartSummary } from '../../src/features/chart/chart-summary';

const crossing = (a: OptionId, b: OptionId, monthlyTokens: number): BreakEven => ({
  a,
  b,
  monthlyTokens,
  monthlyCost: 1000,
  kind: 'cross',
});
const breakEvens = [
  crossing('serverless_api', 'provisioned_throughput', 1e9),
  crossing('serverless_api', 'kubernetes', 2e9),
];

describe('the cost chart’s text alternative', () => {
  it('counts the break-even points it draws: none of a hidden option’s (found by review)', () => {
    const visible: OptionId[] = [
      'serverless_api',
      'provisioned_throughput',
      'private_endpoints',
      'custom_deployment',
    ];
    expect(chartSummary({ xScale: 'linear', breakEvens }, visible, 0, 'log')).toBe(
      'Line chart of monthly cost (log scale) against monthly tokens (linear scale) for 4 options, with 1 of the 2 break-even points drawn (the others involve hidden options); the table “Break-even points” below lists them all.',
    );
  });

  it('says all of them when every option is shown, in the singular for one', () => {
    const visible: OptionId[] = [
      'serverless_api',
      'provisioned_throughput',
      'private_endpoints',
      'custom_deployment',
      'kubernetes',
    ];
    expect(chartSummary({ xScale: 'log', breakEvens: breakEvens.slice(0, 1) }, visible, 1, 'linear')).toBe(
      'Line chart of monthly cost (linear scale) against monthly tokens (log scale) for 5 options (1 ruled out, drawn faded), with 1 break-even point; the table “Break-even points” below lists them all.',
    );
  });
});
