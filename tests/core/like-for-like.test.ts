import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  capabilityVerdict,
  curatedCatalogRef,
  evaluateScenario,
  findCuratedModel,
  memoryFit,
  monthlyCost,
  type Scenario,
} from '../../src/core';
import { arbitraryScenario } from './arbitrary-scenario';
import { expectRelClose, manualGpu, scenarioWith } from './helpers';

const byId = (scenario: Scenario) =>
  Object.fromEntries(evaluateScenario(scenario).options.map((o) => [o.id, o]));

/** The bank: 3M requests × (2,000 in + 500 out) = 7.5B tokens a month. */
const bank = (change: (s: Scenario) => void = () => undefined) =>
  scenarioWith('azure', (s) => {
    s.requirements.monthlyRequests = 3_000_000;
    s.requirements.inputTokensPerRequest = 2000;
    s.requirements.outputTokensPerRequest = 500;
    s.requirements.monthlyBudget = 40_000;
    change(s);
  });

describe('memory: weights + runtime + KV cache for the scenario’s context', () => {
  const llama70b = manualGpu({
    modelId: 'Llama-3.3-70B-Instruct',
    weightsGb: 140,
    kvCacheMbPerToken: 0.328,
    gpusPerVm: 4,
    vmSize: 'Standard_NC96ads_A100_v4',
  });
  it('Llama 3.3 70B BF16 with a 32K context does not fit 2 × A100 80 GB', () => {
    // needed = 140 + 2 × 2 + 8 × 32,768 × 0.328 ÷ 1,000 = 140 + 4 + 85.98 = 229.98 GB; usable 2 × 80 × 0.9 = 144
    const fit = memoryFit({ ...llama70b, gpusPerReplica: 2 }, 32_768);
    expect(fit.fits).toBe(false);
    expectRelClose(fit.neededGb, 140 + 4 + (8 * 32_768 * 0.328) / 1000);
    expectRelClose(fit.usableGb, 144);
    // Even one request at a time: 140 + 4 + 10.75 = 154.7 > 144.
    expect(memoryFit({ ...llama70b, gpusPerReplica: 2, concurrentRequestsPerReplica: 1 }, 32_768).fits).toBe(
      false,
    );
  });
  it('…and fits 4 × A100 80 GB', () => {
    // needed = 140 + 8 + 85.98 = 233.98 GB; usable 4 × 80 × 0.9 = 288
    const fit = memoryFit({ ...llama70b, gpusPerReplica: 4 }, 32_768);
    expect(fit.fits).toBe(true);
    expectRelClose(fit.neededGb, 140 + 8 + (8 * 32_768 * 0.328) / 1000);
  });
  it('a 32K context in a scenario rules out a 2-GPU plan of the 70B model, with the arithmetic', () => {
    const s = bank((x) => {
      x.requirements.inputTokensPerRequest = 31_768;
      x.requirements.outputTokensPerRequest = 1000;
      x.requirements.monthlyRequests = 100_000;
      x.requirements.modelQuality = 'allow-lower';
      x.options.kubernetes.gpu = { ...llama70b, gpusPerReplica: 2 };
    });
    const k8s = byId(s).kubernetes!;
    expect(k8s.exclusion?.kind).toBe('feasibility');
    expect(k8s.exclusion?.reason).toContain(
      'needs 230 GB (140 weights + 4 runtime + 86 KV cache) of 144 GB usable',
    );
  });
});

describe('the planner serves the cheapest open-weight model that meets the capability rule', () => {
  it('GPT-4.1 mini (1380, tolerance 30): gpt-oss-120b (1350) on one H100 NVL per replica', () => {
    const mini = findCuratedModel('gpt-4.1-mini')!;
    const s = scenarioWith('azure', (x) => {
      x.options.serverless_api = {
        ...x.options.serverless_api,
        modelId: mini.modelId,
        usdPerMTokInput: mini.usdPerMTokInput,
        usdPerMTokCachedInput: mini.usdPerMTokCachedInput,
        usdPerMTokOutput: mini.usdPerMTokOutput,
        catalog: curatedCatalogRef(mini),
      };
    });
    const options = byId(s);
    // gpt-oss-120b MXFP4: 60.8 + 2 + 8 × 1,200 × 0.074 ÷ 1,000 = 63.5 GB of 94 × 0.9 = 84.6 on one H100 NVL.
    // Two replicas (the minimum) on two NC40ads_H100_v5 at $6.98/h: 2 × 6.98 × 730 = 10,190.80 + $2,000 labour.
    expect(options.custom_deployment!.model.label).toBe('gpt-oss-120b (MXFP4)');
    expect(options.custom_deployment!.capacity?.unitLabel).toBe('× Standard_NC40ads_H100_v5');
    expectRelClose(options.custom_deployment!.monthlyCost, 2 * 6.98 * 730 + 2000);
    // Kubernetes on 1-year prices picks the 2-GPU NC80adis_H100_v5 (both replicas in one VM) at the assumed
    // 13.96 × 0.64 = $8.934/h, cheaper than 2 × NC40ads at $4.47: 8.934 × 730 + 73 + 280 + 500 + 4,000 = 11,374.82
    expect(options.kubernetes!.capacity?.unitLabel).toBe('× Standard_NC80adis_H100_v5');
    expectRelClose(options.kubernetes!.monthlyCost, 8.934 * 730 + 4853);
    // PTUs follow the API model: gpt-4.1-mini sizes at 14,900 TPM per PTU; 54,794.5 ÷ 14,900 = 3.7 → 15 minimum.
    expect(options.provisioned_throughput!.model.id).toBe('gpt-4.1-mini');
    expectRelClose(options.provisioned_throughput!.monthlyCost, 15 * 221);
  });

  it('with "allow a smaller model" the cheapest model overall runs, flagged as smaller, and can win', () => {
    const s = bank((x) => void (x.requirements.modelQuality = 'allow-lower'));
    const evaluation = evaluateScenario(s);
    const custom = evaluation.options.find((o) => o.id === 'custom_deployment')!;
    // Llama 3.1 8B on one A100 per replica: 7.5B tokens → peak 2 × 7.5e9 × (0.2 + 0.1 × 0.8) ÷ 2,628,000 =
    // 1,598 tokens/s ÷ 1,125 = 1.42 → 2 replicas on 2 NC24ads_A100_v4: 2 × 3.673 × 730 + 2,000 = 7,362.58.
    expect(custom.model.label).toBe('Llama 3.1 8B (BF16)');
    expect(custom.smallerModel).toBe(true);
    expect(custom.exclusion).toBeNull();
    expectRelClose(custom.monthlyCost, 2 * 3.673 * 730 + 2000);
    expect(evaluation.recommendation.option).toBe('custom_deployment');
    expect(evaluation.recommendation.warnings).toContain(
      'Custom deployment serves Llama 3.1 8B (BF16) (rated 1,211), 201 points below GPT-4.1 (rated 1,412); a smaller model than the API’s.',
    );
  });

  it('under "match" (the default) the same bank never gets an 8B model', () => {
    const evaluation = evaluateScenario(bank());
    // The API: 7.5B × (0.8 × $2 + 0.2 × $8) per 1M = 7,500 × 3.2 = 24,000.
    expect(evaluation.recommendation.option).toBe('serverless_api');
    expectRelClose(evaluation.options[0]!.monthlyCost, 24_000);
    for (const option of evaluation.options) expect(option.model.label).not.toMatch(/8B/);
  });
});

describe('custom models without self-hosting: a fine-tuned Azure OpenAI deployment', () => {
  it('GPT-4.1 fine-tuned: base token prices + $1.70 per deployment-hour; training 10M × 3 × $25/1M = $750', () => {
    const s = scenarioWith('azure', (x) => void (x.requirements.needCustomModel = true));
    const evaluation = evaluateScenario(s);
    const options = Object.fromEntries(evaluation.options.map((o) => [o.id, o]));
    // 600M tokens × $4 per 1M = 2,400 + 1.70 × 730 = 1,241 → 3,641
    expectRelClose(options.serverless_api!.monthlyCost, 2400 + 1.7 * 730);
    expectRelClose(options.serverless_api!.setupCost, (10e6 * 3 * 25) / 1e6);
    expect(options.serverless_api!.model.label).toBe('GPT-4.1 (fine-tuned)');
    // Private endpoints: the same + 7.30 + 0.50 + 600M × (2/3 × 4 + 1/3 × 200) B ÷ 1e9 × $0.01 = 0.416
    expectRelClose(
      options.private_endpoints!.monthlyCost,
      2400 + 1241 + 7.3 + 0.5 + ((600e6 * ((2 / 3) * 4 + (1 / 3) * 200)) / 1e9) * 0.01,
    );
    // PTU for fine-tuned GPT-4.1: Regional only, minimum 50 PTU at 2,916 ÷ 12 = 243 → 12,150
    expectRelClose(options.provisioned_throughput!.monthlyCost, 50 * 243);
    expect(evaluation.recommendation.option).toBe('serverless_api');
    expect(evaluation.recommendation.reasons[0]).toMatch(
      /^At 600M tokens\/month Serverless API serving GPT-4.1 \(fine-tuned\) costs \$3,641/,
    );
  });

  it('a model Azure cannot fine-tune leaves the self-hosted options to compete', () => {
    const gpt5 = findCuratedModel('gpt-5')!;
    const s = scenarioWith('azure', (x) => {
      x.requirements.needCustomModel = true;
      x.options.serverless_api = {
        ...x.options.serverless_api,
        modelId: 'gpt-5',
        catalog: curatedCatalogRef(gpt5),
      };
    });
    const { recommendation } = evaluateScenario(s);
    expect(recommendation.excluded.filter((e) => e.kind === 'availability').map((e) => e.option)).toEqual([
      'serverless_api',
      'provisioned_throughput',
      'private_endpoints',
    ]);
    expect(recommendation.excluded[0]!.reason).toMatch(/^GPT-5 cannot be fine-tuned on Azure OpenAI/);
    expect(['custom_deployment', 'kubernetes']).toContain(recommendation.option);
  });
});

describe('availability and networking', () => {
  const gemini = (change: (s: Scenario) => void = () => undefined) =>
    scenarioWith('azure', (x) => {
      x.options.serverless_api = {
        ...x.options.serverless_api,
        modelId: 'gemini-2.5-pro',
        usdPerMTokInput: 1.25,
        usdPerMTokCachedInput: 0.31,
        usdPerMTokOutput: 10,
        catalog: {
          source: 'genai-prices',
          provider: 'google',
          version: '0.1.8',
          asOf: '2026-09-23',
          usdPerMTokInput: 1.25,
          usdPerMTokCachedInput: 0.31,
          usdPerMTokOutput: 10,
          tiered: true,
        },
      };
      change(x);
    });

  it('a non-Azure model is not offered through Azure Private Link or PTU', () => {
    const { recommendation } = evaluateScenario(gemini());
    const reasons = Object.fromEntries(recommendation.excluded.map((e) => [e.option, e.reason]));
    expect(reasons.private_endpoints).toMatch(
      /^Gemini 2.5 Pro is not served by Azure OpenAI, so Azure Private Link cannot reach it/,
    );
    expect(reasons.provisioned_throughput).toMatch(
      /^Provisioned throughput is an Azure OpenAI offer and Gemini 2.5 Pro is not on it/,
    );
  });

  it('every model picked from the curated list is served by Azure: PTU and Private Link stay in (review 2026-12-02)', () => {
    for (const modelId of ['gpt-4.1', 'gpt-4.1-mini', 'gpt-4o', 'gpt-5']) {
      const model = findCuratedModel(modelId);
      expect(model?.provider).toBe('Azure OpenAI');
      const picked = bank((s) => {
        s.requirements.dataSensitivity = 'high';
        s.options.serverless_api.modelId = modelId;
        s.options.serverless_api.catalog = curatedCatalogRef(model!);
      });
      const { recommendation } = evaluateScenario(picked);
      // High sensitivity rules out only the public API; the two Azure OpenAI offers stay eligible.
      expect(recommendation.excluded.map((e) => e.option)).toEqual(['serverless_api']);
      expect(recommendation.eligible).toContain('private_endpoints');
      expect(recommendation.eligible).toContain('provisioned_throughput');
    }
  });

  it('high sensitivity with Global processing warns that Azure may process the data in any region', () => {
    const warningsFor = (locality: 'global' | 'data_zone') =>
      evaluateScenario(
        bank((s) => {
          s.requirements.dataSensitivity = 'high';
          s.workload.locality = locality;
        }),
      ).recommendation.warnings.filter((w) => w.includes('Global processing'));
    expect(warningsFor('global')).toHaveLength(1);
    expect(warningsFor('data_zone')).toEqual([]);
  });

  it('when every option is ruled out there is no recommendation, and the page says why', () => {
    // High sensitivity rules out the public API; Azure cannot reach Gemini privately; no open model within 30 of
    // 1,452 (the best, Qwen3-235B, rates 1,420).
    const { recommendation } = evaluateScenario(
      gemini((x) => void (x.requirements.dataSensitivity = 'high')),
    );
    expect(recommendation.option).toBeNull();
    expect(recommendation.excluded).toHaveLength(5);
    expect(recommendation.reasons[0]).toMatch(/^No option meets every requirement/);
  });

  it('high sensitivity keeps PTUs with the Private Link lines: 4,420 + 7.30 + 0.50 + 0.416', () => {
    const options = byId(scenarioWith('azure', (x) => void (x.requirements.dataSensitivity = 'high')));
    expect(options.provisioned_throughput!.exclusion).toBeNull();
    expectRelClose(
      options.provisioned_throughput!.monthlyCost,
      4420 + 7.3 + 0.5 + ((600e6 * ((2 / 3) * 4 + (1 / 3) * 200)) / 1e9) * 0.01,
    );
    expect(options.serverless_api!.exclusion?.kind).toBe('constraint');
  });

  it('PTUs unlinked from the API model are flagged as unlike models', () => {
    const mini = findCuratedModel('gpt-4.1-mini')!;
    const s = scenarioWith('azure', (x) => {
      x.options.serverless_api = {
        ...x.options.serverless_api,
        modelId: 'gpt-4.1-mini',
        catalog: curatedCatalogRef(mini),
      };
      x.options.provisioned_throughput.followApiModel = false;
    });
    const ptu = byId(s).provisioned_throughput!;
    expect(ptu.model.id).toBe('gpt-4.1');
    expect(ptu.notes.join(' ')).toContain(
      'PTUs are sized for GPT-4.1 while the pay-per-token API uses GPT-4.1 mini: unlike models.',
    );
  });

  it('a latency target below a kind’s floor rules it out: 200 ms leaves PTUs and your own GPUs', () => {
    const { recommendation } = evaluateScenario(
      scenarioWith('azure', (x) => void (x.requirements.latencyMs = 200)),
    );
    expect(recommendation.excluded.map((e) => [e.option, e.kind])).toEqual([
      ['serverless_api', 'latency'],
      ['private_endpoints', 'latency'],
    ]);
    expect(recommendation.option).toBe('provisioned_throughput');
  });
});

describe('reasoning tokens, platform lines and the seed article’s own inconsistencies', () => {
  it('one reasoning token per output token: billed as output and counted in PTU sizing', () => {
    const s = scenarioWith('azure', (x) => void (x.workload.reasoningTokensPerOutputToken = 1));
    // API: 600M × (2/3 × $2 + 1/3 × 2 × $8) per 1M = 600 × 6.667 = 4,000
    expectRelClose(monthlyCost(s, 'serverless_api', 600e6), 4000);
    // PTU: peak TPM 600M ÷ 43,800 × 2 × (2/3 + 2/3 × 4) = 91,324 ÷ 3,000 = 30.4 → 35 PTU × 221 = 7,735
    expectRelClose(monthlyCost(s, 'provisioned_throughput', 600e6), 35 * 221);
  });

  it('gateway, logs and egress are added to every option alike, after their free allowances', () => {
    const s = scenarioWith('azure', (x) => {
      x.requirements.monthlyRequests = 5_000_000; // 6B tokens
      x.platform.apiGateway.enabled = true;
      x.platform.logIngestion.enabled = true;
      x.platform.egress.enabled = true;
    });
    const plain = scenarioWith('azure', (x) => void (x.requirements.monthlyRequests = 5_000_000));
    // gateway 700; logs 5M × 4 KB = 20 GB − 5 free = 15 × $2.30 = 34.50; egress 6B × 1/3 × 200 B = 400 GB − 100 = 300 × $0.087 = 26.10
    const extra = 700 + 15 * 2.3 + 300 * 0.087;
    for (const id of ['serverless_api', 'provisioned_throughput', 'kubernetes'] as const)
      expectRelClose(monthlyCost(s, id, 6e9) - monthlyCost(plain, id, 6e9), extra, 1e-9 * 1e3);
  });

  it('the seed preset shows the article’s two inconsistencies with their arithmetic', () => {
    const { caveats } = evaluateScenario(scenarioWith('seed', () => undefined));
    expect(caveats.map((c) => c.about)).toEqual(['provisioned_throughput', 'break-evens']);
    expect(caveats[0]!.text).toContain('100 PTU × about $2 per PTU-hour × 730 h = $146,000 a month');
    expect(caveats[1]!.text).toContain('400,000 × 730 h = 292M tokens a month');
    expect(evaluateScenario(scenarioWith('azure', () => undefined)).caveats).toEqual([]);
  });
});

describe('property: the recommendation is feasible, like for like, and the cheapest such option', () => {
  it('holds for scenarios drawn from the schema', () => {
    fc.assert(
      fc.property(arbitraryScenario, (scenario) => {
        const evaluation = evaluateScenario(scenario);
        const { recommendation, options, apiModel } = evaluation;
        for (const excluded of recommendation.excluded) expect(excluded.reason.length).toBeGreaterThan(10);
        if (recommendation.option === null) {
          expect(options.every((o) => o.exclusion !== null)).toBe(true);
          return;
        }
        const chosen = options.find((o) => o.id === recommendation.option)!;
        expect(chosen.exclusion).toBeNull();
        expect(chosen.capacity?.problem).toBeUndefined();
        expect(capabilityVerdict(chosen.model, apiModel, scenario.requirements).allowed).toBe(true);
        for (const other of options)
          if (other.exclusion === null) expect(chosen.monthlyCost).toBeLessThanOrEqual(other.monthlyCost);
      }),
      { numRuns: 300 },
    );
  });
});
