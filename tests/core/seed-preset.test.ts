import { describe, expect, it } from 'vitest';
import {
  createScenario,
  evaluateScenario,
  monthlyCost,
  parseScenario,
  seedRecommendation,
} from '../../src/core';
import { expectRelClose, scenarioWith } from './helpers';

const seed = createScenario('seed');

describe('seed preset: the article reproduced exactly', () => {
  it('is a valid scenario with the article example requirements', () => {
    expect(parseScenario(seed).ok).toBe(true);
    expect(seed.requirements).toEqual({
      dataSensitivity: 'medium',
      latencyMs: 500,
      monthlyRequests: 500_000,
      inputTokensPerRequest: 800,
      outputTokensPerRequest: 400,
      modelQuality: 'match',
      qualityTolerance: 30,
      needCustomModel: false,
      mlExpertise: 'low',
      monthlyBudget: 5000,
    });
    expect(seed.amortizationMonths).toBe(0);
  });

  it('prices each option at 1B tokens/month as calculate_monthly_cost does', () => {
    // serverless: 1e9 / 1000 × 0.005 = 5,000
    expectRelClose(monthlyCost(seed, 'serverless_api', 1e9), 5000);
    // provisioned: 3,000 + 1e9 / 1000 × 0.002 = 5,000 (the break-even)
    expectRelClose(monthlyCost(seed, 'provisioned_throughput', 1e9), 5000);
    // custom: 8,000 + 1e9 / 1000 × 0.001 = 9,000 (setup not included: run-rate only)
    expectRelClose(monthlyCost(seed, 'custom_deployment', 1e9), 9000);
    // kubernetes: 15,000 + 1e9 / 1000 × 0.0005 = 15,500
    expectRelClose(monthlyCost(seed, 'kubernetes', 1e9), 15_500);
    // private endpoints: 5,000 + 7.30 = 5,007.30
    expectRelClose(monthlyCost(seed, 'private_endpoints', 1e9), 5007.3);
  });

  it('prices the default volume (500,000 × 1,200 = 600M tokens)', () => {
    const evaluation = evaluateScenario(seed);
    expect(evaluation.monthlyTokens).toBe(600_000_000);
    const cost = Object.fromEntries(evaluation.options.map((o) => [o.id, o.monthlyCost]));
    expectRelClose(cost.serverless_api!, 3000); // 600M / 1000 × 0.005
    expectRelClose(cost.provisioned_throughput!, 4200); // 3,000 + 600M / 1000 × 0.002
    expectRelClose(cost.private_endpoints!, 3007.3); // 3,000 + 7.30
    expectRelClose(cost.custom_deployment!, 8600); // 8,000 + 600
    expectRelClose(cost.kubernetes!, 15_300); // 15,000 + 300
    const setups = Object.fromEntries(evaluation.options.map((o) => [o.id, o.setupCost]));
    expect(setups).toEqual({
      serverless_api: 0,
      provisioned_throughput: 0,
      private_endpoints: 0,
      custom_deployment: 5000,
      kubernetes: 20_000,
    });
  });

  it('finds the six article break-evens exactly', () => {
    const { breakEvens } = evaluateScenario(seed);
    const pair = (a: string, b: string) => breakEvens.filter((be) => be.a === a && be.b === b);
    const expectOne = (a: string, b: string, tokens: number, cost: number) => {
      const found = pair(a, b);
      expect(found).toHaveLength(1);
      expectRelClose(found[0]!.monthlyTokens, tokens);
      expectRelClose(found[0]!.monthlyCost, cost);
      expect(found[0]!.kind).toBe('cross');
    };
    // 3,000 ÷ (0.005 − 0.002)/1K = 1B; cost 5,000
    expectOne('serverless_api', 'provisioned_throughput', 1e9, 5000);
    // 8,000 ÷ (0.005 − 0.001)/1K = 2B; cost 10,000
    expectOne('serverless_api', 'custom_deployment', 2e9, 10_000);
    // 15,000 ÷ (0.005 − 0.0005)/1K = 3.333B; cost 16,666.67
    expectOne('serverless_api', 'kubernetes', 1e10 / 3, 50_000 / 3);
    // 5,000 ÷ (0.002 − 0.001)/1K = 5B; cost 13,000
    expectOne('provisioned_throughput', 'custom_deployment', 5e9, 13_000);
    // 12,000 ÷ (0.002 − 0.0005)/1K = 8B; cost 19,000
    expectOne('provisioned_throughput', 'kubernetes', 8e9, 19_000);
    // 7,000 ÷ (0.001 − 0.0005)/1K = 14B; cost 22,000
    expectOne('custom_deployment', 'kubernetes', 14e9, 22_000);
    // serverless and private endpoints are parallel lines $7.30 apart: never cross
    expect(pair('serverless_api', 'private_endpoints')).toHaveLength(0);
    // private endpoints cross the others $7.30 earlier: (3,000 − 7.30) ÷ 3e-6 = 997.5667M
    expectRelClose(
      pair('provisioned_throughput', 'private_endpoints')[0]!.monthlyTokens,
      (3000 - 7.3) / 3e-6,
    );
    expect(breakEvens).toHaveLength(9);
  });

  it('reports the cheapest ranges serverless → 1B → provisioned → 5B → custom → 14B → kubernetes', () => {
    const { cheapest, range } = evaluateScenario(seed);
    expect(range).toEqual({ fromTokens: 1e6, toTokens: 1e12 });
    expect(cheapest.map((c) => c.option)).toEqual([
      'serverless_api',
      'provisioned_throughput',
      'custom_deployment',
      'kubernetes',
    ]);
    expect(cheapest[0]!.fromTokens).toBe(1e6);
    expectRelClose(cheapest[0]!.toTokens, 1e9);
    expectRelClose(cheapest[1]!.toTokens, 5e9);
    expectRelClose(cheapest[2]!.toTokens, 14e9);
    expect(cheapest[3]!.toTokens).toBe(1e12);
  });

  it('recommends the serverless API and agrees with the article rule', () => {
    const { recommendation } = evaluateScenario(seed);
    expect(seedRecommendation(seed.requirements)).toBe('serverless_api');
    expect(recommendation.option).toBe('serverless_api');
    expect(recommendation.seedRule).toBe('serverless_api');
    expect(recommendation.excluded).toEqual([]);
    expect(recommendation.reasons[0]).toBe(
      'At 600M tokens/month the Serverless API option costs $3,000, $1,200 less than Provisioned throughput ($4,200).',
    );
    expect(recommendation.reasons).toContain(
      'Private endpoints would keep the same API on your network for $7.30 more a month.',
    );
    expect(recommendation.reasons).toContain(
      'The other eligible options are Custom deployment at $8,600 and Kubernetes (self-hosted) at $15,300.',
    );
    expect(recommendation.reasons).toContain('It fits your $5,000 monthly budget with $2,000 to spare.');
  });

  it('amortises setup when asked: 24 months adds 5,000/24 and 20,000/24', () => {
    const amortised = scenarioWith('seed', (s) => {
      s.amortizationMonths = 24;
    });
    // custom at 1B: 9,000 + 5,000 / 24 = 9,208.33
    expectRelClose(monthlyCost(amortised, 'custom_deployment', 1e9), 9000 + 5000 / 24);
    // kubernetes at 1B: 15,500 + 20,000 / 24 = 16,333.33
    expectRelClose(monthlyCost(amortised, 'kubernetes', 1e9), 15_500 + 20_000 / 24);
    // custom/kubernetes crossing moves: (15,000 + 833.33 − 8,000 − 208.33) ÷ 0.5e-6 = 15.25B
    const crossing = evaluateScenario(amortised).breakEvens.find(
      (be) => be.a === 'custom_deployment' && be.b === 'kubernetes',
    );
    expectRelClose(crossing!.monthlyTokens, (15_000 + 20_000 / 24 - 8000 - 5000 / 24) / 0.5e-6);
  });
});
