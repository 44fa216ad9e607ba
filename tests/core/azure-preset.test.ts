import { describe, expect, it } from 'vitest';
import {
  createScenario,
  createScenarioAt,
  evaluateScenario,
  monthlyCost,
  parseScenario,
} from '../../src/core';
import { expectRelClose, scenarioWith } from './helpers';

const azure = createScenario('azure');
/** The revision published before like-for-like planning: links made with it must keep their costs. */
const azureNov = createScenarioAt('azure', '2026-11-26')!;

describe('azure preset: capacity-aware list prices', () => {
  it('is valid and uses gpt-4.1 Global with a yearly PTU reservation', () => {
    expect(parseScenario(azure).ok).toBe(true);
    expect(azure.options.serverless_api.modelId).toBe('gpt-4.1');
    expect(azure.workload.locality).toBe('global');
    expect(azure.workload.peakToAverage).toBe(2);
    expect(azure.options.provisioned_throughput.ptu).toMatchObject({
      term: 'yearly',
      minPtu: 15,
      ptuStep: 5,
      inputTpmPerPtu: 3000,
      outputTokenWeight: 4,
    });
  });

  it('the smallest PTU deployment costs 15 × $2,652 ÷ 12 = $3,315/month', () => {
    // Tiny volume: the 15-PTU minimum holds.
    expectRelClose(monthlyCost(azure, 'provisioned_throughput', 1e6), 3315);
  });

  it('the 2026-11-26 revision keeps its costs at 600M tokens/month', () => {
    const evaluation = evaluateScenario(azureNov);
    const byId = Object.fromEntries(evaluation.options.map((o) => [o.id, o]));
    // serverless: 600M × (2/3 × $2 + 1/3 × $8) per 1M = 600 × 4 = 2,400
    expectRelClose(byId.serverless_api!.monthlyCost, 2400);
    expectRelClose(byId.serverless_api!.usdPerMTokAllIn!, 4);
    // private endpoints: 2,400 + 7.30 + 0.50 + 600M × (2/3 × 4 B + 1/3 × 200 B) ÷ 1e9 GB × $0.01 = 2,408.216
    expectRelClose(
      byId.private_endpoints!.monthlyCost,
      2400 + 7.3 + 0.5 + ((600e6 * ((2 / 3) * 4 + (1 / 3) * 200)) / 1e9) * 0.01,
    );
    // PTU: peak TPM = 600M ÷ 43,800 × 2 × (2/3 + 1/3 × 4) = 54,794.5; ÷ 3,000 = 18.26 → 20 PTU × $221 = 4,420
    expectRelClose(byId.provisioned_throughput!.monthlyCost, 4420);
    expect(byId.provisioned_throughput!.capacity).toMatchObject({ units: 20, unitLabel: 'PTU' });
    expectRelClose(byId.provisioned_throughput!.capacity!.rawUnits, ((600e6 / 43_800) * 2 * 2) / 3000);
    // utilisation = average need ÷ bought = 18.265 ÷ 2 ÷ 20 = 0.4566
    expectRelClose(byId.provisioned_throughput!.capacity!.utilization, ((600e6 / 43_800) * 2) / 3000 / 20);
    // custom: 2 × NC24ads_A100_v4 × $3.673 × 730 h = 5,362.58
    expectRelClose(byId.custom_deployment!.monthlyCost, 2 * 3.673 * 730);
    expect(byId.custom_deployment!.capacity).toMatchObject({
      units: 2,
      unitLabel: '× Standard_NC24ads_A100_v4',
    });
    // average load 600M × 0.4 ÷ 2,628,000 s = 91.32 tokens/s over 2 × 1,500 = 3.04%
    expectRelClose(byId.custom_deployment!.capacity!.utilization, (600e6 * 0.4) / 2_628_000 / 3000);
    // kubernetes: 73 + 280 + 500 + 4,000 + 2 × $2.24 × 730 = 8,123.40
    expectRelClose(byId.kubernetes!.monthlyCost, 73 + 280 + 500 + 4000 + 2 * 2.24 * 730);
  });

  it('every option bill adds up: lines sum to the monthly cost', () => {
    for (const preset of ['seed', 'azure'] as const) {
      for (const option of evaluateScenario(createScenario(preset)).options) {
        const sum = option.lines.reduce((total, line) => total + line.usd, 0);
        expectRelClose(sum, option.monthlyCost);
        for (const line of option.lines) expect(line.formula).not.toMatch(/NaN|undefined|Infinity/);
      }
    }
  });

  it('the 2026-11-26 revision: 8B self-hosting is ruled out against GPT-4.1 (1211 vs 1412, tolerance 30)', () => {
    const { options, recommendation } = evaluateScenario(azureNov);
    const custom = options.find((o) => o.id === 'custom_deployment')!;
    expect(custom.model).toEqual({
      id: 'Llama-3.1-8B-Instruct',
      label: 'Llama 3.1 8B (BF16)',
      capability: 1211,
    });
    expect(custom.exclusion?.kind).toBe('capability');
    // 1,412 − 1,211 = 201 points
    expect(custom.exclusion?.reason).toBe(
      'Serves Llama 3.1 8B (BF16) (rated 1,211), 201 points below GPT-4.1 (rated 1,412); your rule allows 30.',
    );
    expect(recommendation.option).toBe('serverless_api');
  });

  it('like for like at 600M tokens/month: self-hosting serves Qwen3-235B FP8, the cheapest model within 30 points', () => {
    const { options, recommendation } = evaluateScenario(azure);
    const byId = Object.fromEntries(options.map((o) => [o.id, o]));
    expectRelClose(byId.serverless_api!.monthlyCost, 2400);
    expect(byId.serverless_api!.model).toEqual({ id: 'gpt-4.1', label: 'GPT-4.1', capability: 1412 });
    expect(byId.provisioned_throughput!.model.id).toBe('gpt-4.1');
    expectRelClose(byId.provisioned_throughput!.monthlyCost, 4420);
    // Qwen3-235B-A22B-2507 (1420 ≥ 1412 − 30) in FP8 on 4 of the 8 H100s of an ND96isr_H100_v5: memory
    // 235 GB weights + 4 × 2 GB runtime + 8 requests × 1,200 tokens × 0.193 MB = 244.9 GB of 4 × 80 × 0.9 = 288.
    // Two replicas per VM, minimum 2 replicas → 1 VM. Managed endpoint: 1 × $98.32 × 730 h + $2,000 labour.
    expect(byId.custom_deployment!.model.label).toBe('Qwen3-235B-A22B-2507 (FP8)');
    expect(byId.custom_deployment!.capacity).toMatchObject({
      units: 1,
      unitLabel: '× Standard_ND96isr_H100_v5',
    });
    expectRelClose(byId.custom_deployment!.monthlyCost, 98.32 * 730 + 2000);
    // Kubernetes: the same VM on a 1-year reservation, $61.60 × 730 + 73 + 280 + 500 + 4,000 = 49,821
    expectRelClose(byId.kubernetes!.monthlyCost, 61.6 * 730 + 73 + 280 + 500 + 4000);
    expect(options.every((o) => o.exclusion === null)).toBe(true);
    expect(recommendation.option).toBe('serverless_api');
    expect(recommendation.reasons[0]).toBe(
      'At 600M tokens/month Serverless API serving GPT-4.1 costs $2,400, $2,020 less than Provisioned throughput serving GPT-4.1 ($4,420).',
    );
  });

  it('PTU jumps past the managed endpoint at a capacity step: 20 → 25 PTU at 657M tokens (2026-11-26 prices)', () => {
    const crossing = evaluateScenario(azureNov).breakEvens.find(
      (be) => be.a === 'provisioned_throughput' && be.b === 'custom_deployment',
    );
    // jump index n = 4: 20 PTU ÷ (4 ÷ 43,800 ÷ 3,000 PTU per token) = 657,000,000 tokens
    expectRelClose(crossing!.monthlyTokens, 657e6);
    expect(crossing!.kind).toBe('step');
    // just after the jump the managed endpoint is the cheaper one: $5,362.58
    expectRelClose(crossing!.monthlyCost, 2 * 3.673 * 730);
  });

  it('(2026-11-26 prices) a third replica is added above 2 × 1,125 ÷ (2 × 0.4 ÷ 2,628,000) = 7.39B tokens/month', () => {
    const threshold = (2 * 1125 * 2_628_000) / 0.8;
    expectRelClose(monthlyCost(azureNov, 'custom_deployment', threshold), 2 * 3.673 * 730);
    expectRelClose(monthlyCost(azureNov, 'custom_deployment', threshold * 1.0001), 3 * 3.673 * 730);
  });

  it('serverless with prompt cache, batch and Data Zone applies each discount in order', () => {
    const s = scenarioWith('azure', (x) => {
      x.workload.cacheHitShare = 0.5;
      x.workload.batchShare = 0.2;
      x.workload.locality = 'data_zone';
    });
    // per 1M: uncached 2/3 × 0.5 × 2 = 0.6667; cached 2/3 × 0.5 × 0.5 = 0.1667; output 1/3 × 8 = 2.6667 → 3.5
    // × (1 − 0.2 × 0.5) = 3.15; × 1.1 = 3.465 → 600 × 3.465 = 2,079
    expectRelClose(monthlyCost(s, 'serverless_api', 600e6), 2079);
    const option = evaluateScenario(s).options.find((o) => o.id === 'serverless_api')!;
    expect(option.lines.map((l) => l.label)).toEqual([
      'Input tokens',
      'Cached input tokens',
      'Output tokens',
      'Batch discount',
      'Data Zone surcharge',
    ]);
    expectRelClose(option.lines[3]!.usd, -210); // 2,100 × 20% × 50%
    expectRelClose(option.lines[4]!.usd, 189); // 1,890 × 10%
  });

  it('recommends serverless at 600M and says where provisioned would have been the article choice', () => {
    const big = scenarioWith('azure', (x) => {
      x.requirements.monthlyRequests = 2_000_000; // 2.4B tokens: the article's rule says provisioned
    });
    const { recommendation, options } = evaluateScenario(big);
    expect(recommendation.seedRule).toBe('provisioned_throughput');
    expect(recommendation.option).not.toBe('provisioned_throughput');
    const ptu = options.find((o) => o.id === 'provisioned_throughput')!.monthlyCost;
    const chosen = options.find((o) => o.id === recommendation.option)!.monthlyCost;
    expect(ptu).toBeGreaterThan(chosen);
    expect(recommendation.seedRuleNote).toMatch(
      /^The article’s decision rule picks Provisioned throughput \(more than 1,000,000 requests a month → provisioned throughput\); here it would cost \$[\d,]+, \$[\d,]+ more a month\.$/,
    );
  });
});
