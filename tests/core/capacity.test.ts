import { describe, expect, it } from 'vitest';
import { evaluateScenario, monthlyCost } from '../../src/core';
import { contextOf } from '../../src/core/cost/build-options';
import { costAt } from '../../src/core/cost/cost-structure';
import { gpuPacking, replicasAt } from '../../src/core/cost/gpu-capacity';
import { dailyLoadProfile } from '../../src/core/cost/load-profile';
import {
  spilledTokens,
  spilloverHinges,
  suggestBasePtu,
} from '../../src/core/options/provisioned-throughput/build';
import { expectRelClose, manualGpu, scenarioWith } from './helpers';

/** gpt-4.1 Global, 3:1 input:output, flat load (peak-to-average 1). */
const flat31 = scenarioWith('azure', (s) => {
  s.requirements.inputTokensPerRequest = 750;
  s.requirements.outputTokensPerRequest = 250;
  s.workload.peakToAverage = 1;
});

describe('PTU sizing', () => {
  it('15 PTU minimum covers up to 15 × 3,000 ÷ 1.75 ≈ 25,714 tokens/minute (3:1 mix, output weight 4)', () => {
    // equivalent TPM per token/min = 0.75 + 0.25 × 4 = 1.75; limit = 45,000 ÷ 1.75 = 25,714.29 TPM
    const limitTokensPerMonth = ((15 * 3000) / 1.75) * 43_800; // = 1,126,285,714 tokens/month
    expectRelClose(monthlyCost(flat31, 'provisioned_throughput', limitTokensPerMonth), 15 * 221);
    expectRelClose(monthlyCost(flat31, 'provisioned_throughput', limitTokensPerMonth * 1.000001), 20 * 221);
  });

  it('a peak-to-average of 2 doubles the need: the minimum then covers half the volume', () => {
    const peaky = scenarioWith('azure', (s) => {
      s.requirements.inputTokensPerRequest = 750;
      s.requirements.outputTokensPerRequest = 250;
    });
    const limit = ((15 * 3000) / 1.75 / 2) * 43_800;
    expectRelClose(monthlyCost(peaky, 'provisioned_throughput', limit), 3315);
    expectRelClose(monthlyCost(peaky, 'provisioned_throughput', limit * 1.000001), 4420);
  });

  it('cached input is fully deducted: 50% cache hits on a 3:1 mix need (0.375 + 1) ÷ 1.75 of the PTUs', () => {
    const cached = scenarioWith('azure', (s) => {
      s.requirements.inputTokensPerRequest = 750;
      s.requirements.outputTokensPerRequest = 250;
      s.workload.peakToAverage = 1;
      s.workload.cacheHitShare = 0.5;
      s.requirements.monthlyRequests = 10_000_000; // 10B tokens
    });
    const ptu = evaluateScenario(cached).options.find((o) => o.id === 'provisioned_throughput')!;
    // 10e9 ÷ 43,800 × (0.75 × 0.5 + 0.25 × 4) ÷ 3,000 = 104.64 PTU → 105
    expectRelClose(ptu.capacity!.rawUnits, ((10e9 / 43_800) * 1.375) / 3000);
    expect(ptu.capacity!.units).toBe(105);
  });
});

describe('PTU + spillover', () => {
  const twoLevel = [...Array(12).fill(1.5), ...Array(12).fill(0.5)] as number[];
  const ctx = contextOf(flat31);
  const ptu = flat31.options.provisioned_throughput.ptu!;

  it('bills tokens above the base at the pay-per-token rate (hand-computed two-level day)', () => {
    // Base 15 PTU = 45,000 equivalent TPM = 45,000 × 43,800 ÷ 1.75 = 1,126,285,714 "flat" tokens/month.
    // At T = 1.2B: the 12 busy hours run at 1.5 × 1.2B = 1.8B → overflow (1.8B − 1.1263B) × 12/24 = 336,857,143.
    const capacityTokens = (45_000 * 43_800) / 1.75;
    const expectedSpill = (12 / 24) * (1.8e9 - capacityTokens);
    expectRelClose(spilledTokens(ctx, ptu, 15, twoLevel, 1.2e9), expectedSpill);
    // rate = 0.75 × $2 + 0.25 × $8 = $3.50 per 1M → 336.857M × 3.5 = $1,179.00; + 15 × $221 = $4,494.00
    const structure = {
      fixedUsdPerMonth: 15 * 221,
      usdPerToken: 0,
      step: null,
      hinges: spilloverHinges(ctx, ptu, 15, twoLevel),
    };
    expectRelClose(costAt(structure, 1.2e9), 3315 + expectedSpill * 3.5e-6);
    expectRelClose(costAt(structure, 1.2e9), 4494);
    // Below the capacity of the busy hours nothing spills: 1.0B × 1.5 = 1.5B > 1.126B still spills; 0.7B does not.
    expect(spilledTokens(ctx, ptu, 15, twoLevel, 0.7e9)).toBe(0);
  });

  it('the suggested base is never beaten by another deployable base', () => {
    for (const tokens of [2e8, 1.2e9, 5e9, 3e10]) {
      const best = suggestBasePtu(ctx, ptu, tokens, twoLevel);
      const cost = (base: number) =>
        costAt(
          {
            fixedUsdPerMonth: base * 221,
            usdPerToken: 0,
            step: null,
            hinges: spilloverHinges(ctx, ptu, base, twoLevel),
          },
          tokens,
        );
      const candidates = [0, ...Array.from({ length: 400 }, (_, i) => 15 + 5 * i)];
      const bestCost = cost(best);
      for (const base of candidates) expect(bestCost).toBeLessThanOrEqual(cost(base) * (1 + 1e-12));
    }
  });

  it('at 1.2B on the two-level day no PTU at all is cheapest ($4,200 < $4,494)', () => {
    expect(suggestBasePtu(ctx, ptu, 1.2e9, twoLevel)).toBe(0);
  });

  it('the scenario path uses the daily profile and the chosen base', () => {
    const s = scenarioWith('azure', (x) => {
      x.options.provisioned_throughput.spillover = { enabled: true, basePtu: 15 };
    });
    const profile = dailyLoadProfile(2);
    const sctx = contextOf(s);
    const p = s.options.provisioned_throughput.ptu!;
    // rate 2/3 × 2 + 1/3 × 8 = $4 per 1M
    expectRelClose(
      monthlyCost(s, 'provisioned_throughput', 2e9),
      3315 + spilledTokens(sctx, p, 15, profile, 2e9) * 4e-6,
    );
  });
});

describe('daily load profile', () => {
  it('has mean 1 and the requested peak', () => {
    for (const peak of [1, 1.5, 2, 5, 10]) {
      const profile = dailyLoadProfile(peak);
      expect(profile).toHaveLength(24);
      expectRelClose(profile.reduce((a, b) => a + b, 0) / 24, 1, 1e-12);
      expectRelClose(Math.max(...profile), peak, 1e-6);
    }
  });
  it('is a plain cosine at peak 2: 1 + cos(2π(h − 14) ÷ 24)', () => {
    const profile = dailyLoadProfile(2);
    expectRelClose(profile[14]!, 2, 1e-9);
    expect(profile[2]!).toBeLessThan(1e-6);
    expectRelClose(profile[8]!, 1 + Math.cos((2 * Math.PI * -6) / 24) || 1, 1e-6);
  });
});

describe('GPU replicas and VMs', () => {
  it('packs 4 Llama-8B replicas per NC96ads_A100_v4 (4 GPUs)', () => {
    const s = scenarioWith('azure', (x) => {
      x.options.custom_deployment.gpu = manualGpu({
        vmSize: 'Standard_NC96ads_A100_v4',
        gpusPerVm: 4,
        usdPerVmHour: 14.69,
      });
      x.options.custom_deployment.labourUsdPerMonth = 0;
    });
    expect(gpuPacking(s.options.custom_deployment.gpu!)).toEqual({ replicasPerVm: 4, vmsPerReplica: 1 });
    // load per token = 2 × (1/3 + 0.1 × 2/3) ÷ 2,628,000 = 3.0441e-7 tokens/s; per replica 1,500 × 0.75 = 1,125
    // 18B tokens: raw 4.871 → 5 replicas → ceil(5 ÷ 4) = 2 VMs → 2 × 14.69 × 730 = 21,447.40
    expect(replicasAt(contextOf(s), s.options.custom_deployment.gpu!, 18e9)).toBe(5);
    expectRelClose(monthlyCost(s, 'custom_deployment', 18e9), 2 * 14.69 * 730);
    // 30B: raw 8.118 → 9 replicas → 3 VMs
    expect(replicasAt(contextOf(s), s.options.custom_deployment.gpu!, 30e9)).toBe(9);
    expectRelClose(monthlyCost(s, 'custom_deployment', 30e9), 3 * 14.69 * 730);
    // minimum 2 replicas fit in one VM
    expectRelClose(monthlyCost(s, 'custom_deployment', 1e6), 14.69 * 730);
  });

  it('reasoning tokens load the GPUs like output: 1 reasoning token per output token doubles the output load', () => {
    const s = scenarioWith('azure', (x) => {
      x.options.custom_deployment.gpu = manualGpu();
      x.workload.reasoningTokensPerOutputToken = 1;
    });
    // load per token = 2 × (1/3 × 2 + 0.1 × 2/3) ÷ 2,628,000 = 5.5809e-7; 18B → raw 18e9 × 5.5809e-7 ÷ 1,125 = 8.93 → 9
    expect(replicasAt(contextOf(s), s.options.custom_deployment.gpu!, 18e9)).toBe(9);
  });

  it('Llama-70B (TP 4) on 1-GPU VMs cannot run: tensor parallelism does not span VMs, so it is ruled out', () => {
    const s = scenarioWith('azure', (x) => {
      x.options.kubernetes.gpu = manualGpu({
        modelId: 'Llama-3.1-70B-Instruct',
        weightsGb: 140,
        kvCacheMbPerToken: 0.328,
        gpusPerReplica: 4,
        outputTokensPerSecondPerReplica: 800,
      });
      x.requirements.modelQuality = 'allow-lower';
    });
    expect(gpuPacking(s.options.kubernetes.gpu!)).toEqual({ replicasPerVm: 1, vmsPerReplica: 4 });
    const { options, recommendation } = evaluateScenario(s);
    const k8s = options.find((o) => o.id === 'kubernetes')!;
    expect(k8s.capacity!.units).toBe(8); // still drawn: 2 replicas × 4 VMs
    expect(k8s.exclusion).toMatchObject({ option: 'kubernetes', kind: 'feasibility' });
    expect(k8s.exclusion!.reason).toMatch(/needs 4 GPUs on one machine but Standard_NC24ads_A100_v4 has 1/);
    expect(recommendation.option).not.toBe('kubernetes');
    expect(recommendation.excluded.map((e) => e.option)).toContain('kubernetes');
  });
});

describe('plans that cannot run are ruled out, never recommended', () => {
  it('a model too big for the GPU is ruled out with the memory arithmetic', () => {
    const s = scenarioWith('azure', (x) => {
      x.requirements.needCustomModel = true;
      x.requirements.modelQuality = 'allow-lower';
      x.options.custom_deployment.gpu = manualGpu({
        modelId: 'Llama-3.1-70B-Instruct',
        weightsGb: 140,
        kvCacheMbPerToken: 0.328,
      });
    });
    const evaluation = evaluateScenario(s);
    const custom = evaluation.options.find((o) => o.id === 'custom_deployment')!;
    // 140 + 1 × 2 + 8 × 1,200 × 0.328 ÷ 1,000 = 145.1 GB needed of 1 × 80 × 0.9 = 72 GB usable
    expect(custom.capacity!.problem).toBe(
      'Llama-3.1-70B-Instruct does not fit 1 × 80 GB: it needs 145 GB (140 weights + 2 runtime + 3.1 KV cache) of 72 GB usable for 8 requests of 1,200 tokens at once.',
    );
    expect(custom.exclusion?.kind).toBe('feasibility');
    expect(evaluation.recommendation.option).not.toBe('custom_deployment');
  });
});

describe('GPU capacity detail', () => {
  const detailAt = (monthlyRequests: number) => {
    const scenario = scenarioWith('azure', (s) => {
      s.requirements.monthlyRequests = monthlyRequests;
      if (s.options.kubernetes.gpu) s.options.kubernetes.gpu.minReplicas = 1;
    });
    const option = evaluateScenario(scenario).options.find((o) => o.id === 'kubernetes');
    return option?.capacity?.detail ?? '';
  };

  it('says "1 replica … on 1 VM" in the singular, and plurals above one (found by review: "on 1 VMs")', () => {
    expect(detailAt(1000)).toMatch(/→ 1 replica of [^ ]+ \(minimum 1\) on 1 VM\. /);
    // 500M requests at 1,200 tokens: thousands of tokens a second at peak need several replicas and VMs.
    expect(detailAt(500_000_000)).toMatch(/→ [\d,]+ replicas of [^ ]+ \(minimum 1\) on [\d,]+ VMs\. /);
  });
});
