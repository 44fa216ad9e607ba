import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../src/core';
import { scenarioWith } from './helpers';

describe('recommendation: hard constraints, then cost, then warnings', () => {
  it('high sensitivity rules out the public API and public PTU, with reasons', () => {
    const s = scenarioWith('seed', (x) => void (x.requirements.dataSensitivity = 'high'));
    const { recommendation } = evaluateScenario(s);
    expect(recommendation.excluded.map((e) => e.option)).toEqual([
      'serverless_api',
      'provisioned_throughput',
    ]);
    expect(recommendation.excluded[0]!.reason).toMatch(/High data sensitivity/);
    // cheapest remaining at 600M: private endpoints 3,007.30 (custom 8,600; kubernetes 15,300)
    expect(recommendation.option).toBe('private_endpoints');
    expect(recommendation.reasons[0]).toBe(
      'At 600M tokens/month the Private endpoints option costs $3,007, $5,593 less than Custom deployment ($8,600).',
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
      'Over budget: $8,600 a month is $3,600 more than your $5,000 budget, and it is the cheapest option that meets your constraints.',
    );
    // the article returns serverless_api here (expertise is not high), which the constraint rules out
    expect(recommendation.seedRule).toBe('serverless_api');
    expect(recommendation.seedRuleNote).toMatch(/which your constraints rule out\.$/);
  });

  it('at 20B tokens the cheapest is kubernetes, with an expertise warning', () => {
    const s = scenarioWith(
      'seed',
      (x) => void (x.requirements.monthlyRequests = ((20_000_000 / 1.2) * 1000) / 1000),
    ); // ≈ 16.7M requests ≈ 20B tokens
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
