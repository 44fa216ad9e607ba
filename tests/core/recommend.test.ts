import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../src/core';
import { scenarioWith } from './helpers';

describe('recommendation: hard constraints, then cost, then warnings', () => {
  it('high sensitivity rules out the public API; PTUs stay, behind Private Link', () => {
    const s = scenarioWith('seed', (x) => void (x.requirements.dataSensitivity = 'high'));
    const { recommendation, options } = evaluateScenario(s);
    expect(recommendation.excluded.map((e) => e.option)).toEqual(['serverless_api']);
    expect(recommendation.excluded[0]!.reason).toMatch(/High data sensitivity/);
    // PTU: the article's 3,000 + 600M × $2/1M = 4,200, plus one Private Link endpoint at $7.30 = 4,207.30
    const ptu = options.find((o) => o.id === 'provisioned_throughput')!;
    expect(ptu.monthlyCost).toBeCloseTo(4207.3, 6);
    expect(ptu.lines.map((l) => l.label)).toContain('Private Link endpoints');
    // cheapest remaining at 600M: private endpoints 3,007.30 (private PTU 4,207.30; custom 8,600; kubernetes 15,300)
    expect(recommendation.option).toBe('private_endpoints');
    expect(recommendation.reasons[0]).toBe(
      'At 600M tokens/month the Private endpoints option costs $3,007, $1,200 less than Provisioned throughput ($4,207).',
    );
    expect(recommendation.seedRule).toBe('private_endpoints');
    expect(recommendation.seedRuleNote).toBe(
      'The article’s decision rule agrees (high data sensitivity → private endpoints).',
    );
  });

  it('a custom model leaves only the self-hosting options and warns on low expertise', () => {
    const s = scenarioWith('seed', (x) => void (x.requirements.needCustomModel = true));
    const { recommendation } = evaluateScenario(s);
    expect(recommendation.excluded.map((e) => e.option)).toEqual([
      'serverless_api',
      'provisioned_throughput',
      'private_endpoints',
    ]);
    expect(recommendation.option).toBe('custom_deployment');
    expect(recommendation.warnings.join(' ')).toMatch(/Custom deployment with low ML expertise/);
    // 8,600 > 5,000 budget
    expect(recommendation.warnings).toContain(
      'Over budget: $8,600 a month is $3,600 more than your $5,000 budget, and it is the cheapest option that meets your requirements.',
    );
    // the article returns serverless_api here (expertise is not high), which the constraint rules out
    expect(recommendation.seedRule).toBe('serverless_api');
    expect(recommendation.seedRuleNote).toMatch(/which is ruled out here\.$/);
  });

  it('at 20B tokens the cheapest is kubernetes, with an expertise warning', () => {
    // 20B tokens ÷ 1,200 tokens per request = 16,666,667 requests (whole requests: the helper validates)
    const s = scenarioWith('seed', (x) => void (x.requirements.monthlyRequests = Math.round(20e9 / 1200)));
    const { recommendation } = evaluateScenario(s);
    expect(recommendation.option).toBe('kubernetes');
    expect(recommendation.warnings.join(' ')).toMatch(/Kubernetes \(self-hosted\) with low ML expertise/);
  });

  it('a latency target below 1,000 ms warns on shared capacity; 2,000 ms does not', () => {
    const tight = evaluateScenario(scenarioWith('seed', () => undefined)).recommendation;
    expect(
      tight.warnings.some((w) => w.startsWith('A 500 ms latency target on shared pay-per-token capacity')),
    ).toBe(true);
    const relaxed = evaluateScenario(
      scenarioWith('seed', (x) => void (x.requirements.latencyMs = 2000)),
    ).recommendation;
    expect(relaxed.warnings).toEqual([]);
  });

  it('withinBudget follows the budget', () => {
    const { options } = evaluateScenario(
      scenarioWith('seed', (x) => void (x.requirements.monthlyBudget = 4000)),
    );
    expect(Object.fromEntries(options.map((o) => [o.id, o.withinBudget]))).toEqual({
      serverless_api: true,
      provisioned_throughput: false,
      private_endpoints: true,
      custom_deployment: false,
      kubernetes: false,
    });
  });
});

describe('reasons read whole on a slide', () => {
  it('no reason holds a colon or semicolon (the deck keeps the first clause only: "…options cost." was seen)', () => {
    for (const preset of ['seed', 'azure'] as const) {
      const high = scenarioWith(preset, (s) => void (s.requirements.dataSensitivity = 'high'));
      for (const scenario of [scenarioWith(preset, () => undefined), high]) {
        const { reasons } = evaluateScenario(scenario).recommendation;
        expect(reasons.filter((reason) => /[:;]/.test(reason))).toEqual([]);
      }
    }
  });
});
