import { describe, expect, it } from 'vitest';
import {
  changeNotes,
  createScenario,
  evaluateScenario,
  formatChange,
  formatProbability,
  mulberry32,
  parseScenario,
  pinForAnalysis,
  rangesOf,
  simulate,
  thresholds,
  thresholdSentence,
  tornado,
  triangular,
  UNCERTAIN_INPUTS,
  UNCERTAIN_INPUT_PATHS,
  withNumbers,
  type Scenario,
  type Threshold,
} from '../../src/core';
import { expectRelClose, scenarioWith } from './helpers';

/**
 * The seed preset is all straight lines, so every threshold can be worked out by hand. At 500,000 requests ×
 * (800 + 400) tokens = 600M tokens a month:
 *   API          = 600M × (⅔ × $5 + ⅓ × $5) per 1M = $3,000
 *   PTU (flat)   = $3,000 + 600M × $2 per 1M      = $4,200
 *   private API  = $3,000 + $7.30 (one endpoint)  = $3,007.30
 *   custom       = $8,000 + 600M × $1 per 1M      = $8,600
 *   Kubernetes   = $15,000 + 600M × $0.50 per 1M  = $15,300
 */
const seed = createScenario('seed');

function byInput(list: readonly Threshold[], path: string): Threshold {
  const found = list.find((t) => t.input === path);
  if (!found) throw new Error(`no threshold row for ${path}`);
  return found;
}

describe('thresholds on the seed preset (hand-computed)', () => {
  const list = thresholds(seed);

  it('volume: API 5T = PTU 3000 + 2T (T in millions) → T = 1,000M tokens = 1e9 ÷ 1,200 = 833,333.3 requests', () => {
    const volume = byInput(list, 'requirements.monthlyRequests');
    expect(volume.method).toBe('exact');
    expect(volume.current).toBe(500_000);
    expect(volume.lower).toBeNull(); // the API stays cheapest all the way down to 0
    expectRelClose(volume.upper!.value, 1e9 / 1200, 1e-9);
    expect(volume.upper!.becomes).toBe('provisioned_throughput');
  });

  it('API input price p: 400p + 1,000 = 4,200 → p = $8 (400 = 400M input tokens ÷ 1M)', () => {
    const price = byInput(list, 'options.serverless_api.usdPerMTokInput');
    expect(price.method).toBe('exact');
    expectRelClose(price.upper!.value, 8, 1e-9);
    expect(price.upper!.becomes).toBe('provisioned_throughput');
    expect(price.lower).toBeNull();
  });

  it('API output price q: 2,000 + 200q = 4,200 → q = $11', () => {
    expectRelClose(byInput(list, 'options.serverless_api.usdPerMTokOutput').upper!.value, 11, 1e-9);
  });

  it('input tokens x (search): API 2.5x + 1,000 = PTU 3,400 + x → x = 1,600', () => {
    const input = byInput(list, 'requirements.inputTokensPerRequest');
    expect(input.method).toBe('search');
    expectRelClose(input.upper!.value, 1600, 1e-6);
    expect(input.upper!.becomes).toBe('provisioned_throughput');
  });

  it('output tokens y (search): 2,000 + 2.5y = 3,800 + y → y = 1,200', () => {
    expectRelClose(byInput(list, 'requirements.outputTokensPerRequest').upper!.value, 1200, 1e-6);
  });

  it('reasoning ratio ρ (search): the API bills 1,000 × (1 + ρ) for output, PTU does not → 3,000 + 1,000ρ = 4,200 → ρ = 1.2', () => {
    expectRelClose(byInput(list, 'workload.reasoningTokensPerOutputToken').upper!.value, 1.2, 1e-6);
  });

  it('inputs that cannot flip it say so: peak factor (no capacity in the seed) has no threshold', () => {
    const peak = byInput(list, 'workload.peakToAverage');
    expect(peak.lower).toBeNull();
    expect(peak.upper).toBeNull();
    expect(peak.searched).toEqual({ min: 1, max: 24 });
  });

  it('the sentence names the two nearest thresholds: $8 (+60%) and 1.0B tokens/month (+67%)', () => {
    expect(thresholdSentence(list, seed)).toBe(
      'Holds while the API input price stays below $8.00 per 1M tokens (+60%) and volume stays below 1.0B tokens/month (+67%); beyond either, Provisioned throughput.',
    );
  });

  it('change notes add the next inputs, one line each', () => {
    const notes = changeNotes(list, seed);
    expect(notes).toHaveLength(3);
    expect(notes[1]).toBe('The input size per request above 1,600 tokens (×2): Provisioned throughput.');
  });
});

describe('thresholds on the Azure preset (hand-computed)', () => {
  const azure = createScenario('azure');
  const list = thresholds(azure);

  it('PTU price: 20 PTU × p = the API’s $2,400 → p = $120, below which PTU wins', () => {
    const ptu = byInput(list, 'options.provisioned_throughput.ptu.usdPerPtuMonth');
    expect(ptu.method).toBe('exact');
    expectRelClose(ptu.lower!.value, 2400 / 20, 1e-9);
    expect(ptu.lower!.becomes).toBe('provisioned_throughput');
    expect(ptu.upper).toBeNull();
  });

  it('a sentence with both sides of one input reads "between … and …"', () => {
    const volume: Threshold = {
      input: 'requirements.monthlyRequests',
      label: 'Volume',
      current: 500_000,
      // 325,000 × 1,200 = 390M (−35%); 560,000 × 1,200 = 672M (+12%)
      lower: { value: 325_000, becomes: 'provisioned_throughput', tolerance: 0.5 },
      upper: { value: 560_000, becomes: 'kubernetes', tolerance: 0.56 },
      method: 'exact',
      searched: { min: 0, max: 1e12 },
    };
    expect(thresholdSentence([volume], azure)).toBe(
      'Holds while volume stays between 390M and 672M tokens/month (−35% / +12%); below that, Provisioned throughput; above that, Kubernetes (self-hosted).',
    );
  });
});

describe('tornado on the seed preset (hand-computed)', () => {
  const bars = tornado(seed);

  it('compares the API with PTU (its private twin is skipped): 4,200 − 3,000 = 1,200 today', () => {
    const cache = bars.find((b) => b.input === 'workload.cacheHitShare')!;
    // Cached input costs the same $5 in the seed, so the gap stays 1,200 at both ends.
    expect(cache.deltaAtLow).toBeCloseTo(1200, 6);
    expect(cache.deltaAtHigh).toBeCloseTo(1200, 6);
    expect(cache.flips).toBe(false);
  });

  it('volume ×0.5 / ×2: 300M → 3,600 − 1,500 = 2,100; 1.2B → 5,400 − 6,000 = −600, which flips', () => {
    const volume = bars.find((b) => b.input === 'requirements.monthlyRequests')!;
    expect(volume.low).toBe(250_000);
    expect(volume.high).toBe(1_000_000);
    expectRelClose(volume.deltaAtLow, 2100, 1e-9);
    expectRelClose(volume.deltaAtHigh, -600, 1e-9);
    expect(volume.flips).toBe(true);
    expect(volume.atHigh).toBe('provisioned_throughput');
    expect(bars[0]!.input).toBe('requirements.monthlyRequests'); // the largest swing, 2,700
  });

  it('user ranges from the scenario replace the defaults', () => {
    const edited = scenarioWith('seed', (s) => {
      s.sensitivity.inputs = [
        { path: 'options.serverless_api.usdPerMTokInput', low: 2, high: 9, uncertain: true },
      ];
    });
    const price = tornado(edited).find((b) => b.input === 'options.serverless_api.usdPerMTokInput')!;
    // 4,200 − (400 × 2 + 1,000) = 2,400; 4,200 − (400 × 9 + 1,000) = −400
    expect([price.deltaAtLow, price.deltaAtHigh]).toEqual([2400, -400]);
    expect(price.flips).toBe(true);
  });
});

/** Only the API input price uncertain, on a triangular (4, 5, 12): P(p > 8) = (12 − 8)² ÷ ((12 − 4)(12 − 5)) = 16 ÷ 56. */
function priceOnly(s: Scenario): Scenario {
  const inputs = UNCERTAIN_INPUTS.map((input) =>
    input.path === 'options.serverless_api.usdPerMTokInput'
      ? { path: input.path, low: 4, high: 12, uncertain: true }
      : { path: input.path, low: 0, high: 0, uncertain: false },
  );
  return { ...s, sensitivity: { ...s.sensitivity, inputs } };
}

describe('simulate (hand-computed)', () => {
  it('one triangular price: P(PTU cheapest) = 16/56 = 0.2857; PTU costs a flat $4,200; API P50 = 400 × (12 − √28) + 1,000', () => {
    const result = simulate(priceOnly(seed), { samples: 20_000, seed: 7 });
    // σ of the estimate = √(0.2857 × 0.7143 ÷ 20,000) = 0.0032: four σ is 0.013.
    expect(Math.abs(result.probabilityCheapest.provisioned_throughput - 16 / 56)).toBeLessThan(0.013);
    expect(
      result.probabilityCheapest.serverless_api + result.probabilityCheapest.provisioned_throughput,
    ).toBe(1);
    expect(result.quantiles.provisioned_throughput).toEqual({ p10: 4200, p50: 4200, p90: 4200 });
    // The median of triangular(4, 5, 12) lies right of the mode (F(5) = 1/8): 12 − √(0.5 × 8 × 7) = 6.7085.
    expectRelClose(result.quantiles.serverless_api.p50, 400 * (12 - Math.sqrt(28)) + 1000, 0.01);
    expect(result.varied.map((v) => v.input)).toEqual(['options.serverless_api.usdPerMTokInput']);
  });

  it('volume log-normal (×0.5 / ×2 as P5 / P95): P(volume > 833,333) = 1 − Φ(ln(5/3) ÷ 0.4214) = 1 − Φ(1.212) = 0.1127', () => {
    const volumeOnly = scenarioWith('seed', (s) => {
      s.sensitivity.inputs = UNCERTAIN_INPUTS.map((input) => ({
        path: input.path,
        low: 0,
        high: 0,
        uncertain: input.path === 'requirements.monthlyRequests',
      })).map((entry) =>
        entry.path === 'requirements.monthlyRequests' ? { ...entry, low: 250_000, high: 1_000_000 } : entry,
      );
    });
    const result = simulate(volumeOnly, { samples: 20_000, seed: 11 });
    // σ of the estimate = √(0.1127 × 0.8873 ÷ 20,000) = 0.0022: four σ is 0.009.
    expect(Math.abs(result.probabilityCheapest.provisioned_throughput - 0.1127)).toBeLessThan(0.009);
  });

  it('the same seed gives the same numbers; another seed other numbers', () => {
    const a = simulate(seed, { samples: 2000, seed: 42 });
    const b = simulate(seed, { samples: 2000, seed: 42 });
    const c = simulate(seed, { samples: 2000, seed: 43 });
    expect(b).toEqual(a);
    expect(c.quantiles.serverless_api.p50).not.toBe(a.quantiles.serverless_api.p50);
  });

  it('with every range collapsed to today’s value the recommendation has probability 1', () => {
    const result = simulate(createScenario('azure'), {
      samples: 500,
      seed: 1,
      ranges: thresholds(createScenario('azure')).map((t) => ({
        input: t.input,
        low: t.current,
        high: t.current,
        uncertain: true,
      })),
    });
    expect(result.probabilityCheapest.serverless_api).toBe(1);
    expect(result.quantiles.serverless_api).toEqual({ p10: 2400, p50: 2400, p90: 2400 });
  });
});

describe('random numbers', () => {
  it('mulberry32 is deterministic and roughly uniform (mean of 10,000 draws within 0.5 ± 0.01)', () => {
    const a = mulberry32(123);
    const b = mulberry32(123);
    let sum = 0;
    for (let i = 0; i < 10_000; i += 1) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      sum += x;
    }
    expect(Math.abs(sum / 10_000 - 0.5)).toBeLessThan(0.01);
  });

  it('triangular inverse CDF: u = F(mode) gives the mode; u = 0 and 1 give the ends; a collapsed range its value', () => {
    // triangular(0, 2, 10): F(2) = 2/10 = 0.2
    expect(triangular(0.2, 0, 2, 10)).toBeCloseTo(2, 12);
    expect(triangular(0, 0, 2, 10)).toBe(0);
    expect(triangular(1, 0, 2, 10)).toBe(10);
    expect(triangular(0.7, 3, 3, 3)).toBe(3);
  });
});

describe('inputs and ranges', () => {
  it('the path list and the descriptions agree, in order', () => {
    expect(UNCERTAIN_INPUTS.map((i) => i.path)).toEqual([...UNCERTAIN_INPUT_PATHS]);
  });

  it('each input’s bounds are the schema’s: the bound parses, one step beyond is refused with "must be at least/most"', () => {
    for (const input of UNCERTAIN_INPUTS) {
      // One token a request keeps 1e12 requests under the 1e15 tokens/month rule.
      const base = scenarioWith('azure', (s) => {
        s.requirements.inputTokensPerRequest = 1;
        s.requirements.outputTokensPerRequest = 0;
      });
      const issuesAt = (value: number) => {
        const parsed = parseScenario(withNumbers(base, [[input.path, value]]));
        return parsed.ok ? [] : parsed.issues.filter((i) => i.path === input.path).map((i) => i.message);
      };
      const { min, max } = input.bounds;
      if (input.path !== 'requirements.inputTokensPerRequest') expect(issuesAt(min), input.path).toEqual([]);
      expect(issuesAt(max), input.path).toEqual([]);
      expect(issuesAt(max + Math.max(1, max * 1e-6)).join(), input.path).toMatch(/must be at most/);
      expect(issuesAt(min - Math.max(1, Math.abs(min) * 1e-6)).join(), input.path).toMatch(
        /must be at least/,
      );
    }
  });

  it('default ranges: volume ×0.5 / ×2, prices ±20%, shares ±20 points held within 0–1', () => {
    const ranges = rangesOf(createScenario('azure'));
    const of = (path: string) => ranges.find((r) => r.input === path)!;
    expect(of('requirements.monthlyRequests')).toMatchObject({
      low: 250_000,
      high: 1_000_000,
      uncertain: true,
    });
    // $2.00 × 0.8 = $1.60; × 1.2 = $2.40
    expect(of('options.serverless_api.usdPerMTokInput').low).toBeCloseTo(1.6, 12);
    expect(of('options.serverless_api.usdPerMTokInput').high).toBeCloseTo(2.4, 12);
    // cache hits 0 − 0.2 held at 0; 0 + 0.2 = 0.2
    expect(of('workload.cacheHitShare')).toMatchObject({ low: 0, high: 0.2, uncertain: false });
  });

  it('changes read with a real minus sign, never -0 or NaN', () => {
    expect(formatChange('requirements.monthlyRequests', 325_000, 500_000)).toBe('−35%');
    expect(formatChange('requirements.monthlyRequests', 560_000, 500_000)).toBe('+12%');
    expect(formatChange('requirements.monthlyRequests', 1_500_000, 500_000)).toBe('×3');
    expect(formatChange('requirements.monthlyRequests', 100_000, 500_000)).toBe('÷5');
    expect(formatChange('workload.cacheHitShare', 0.25, 0)).toBe('+25 points');
    expect(formatChange('options.kubernetes.labourUsdPerMonth', 100, 0)).toBe('from 0');
    expect(formatChange('requirements.monthlyRequests', 500_001, 500_000)).toBe('+<1%');
  });
});

describe('probabilities for people', () => {
  it('never round a possible outcome to 0% or a likely one to 100%', () => {
    expect(formatProbability(0)).toBe('0%');
    expect(formatProbability(0.0004)).toBe('<0.1%');
    expect(formatProbability(0.007)).toBe('0.7%');
    expect(formatProbability(0.9996)).toBe('>99.9%');
    expect(formatProbability(1)).toBe('100%');
  });
});

describe('threshold walk: cases found by review (3 Dec 2026), each checked by the full evaluation', () => {
  const pinnedOption = (scenario: Scenario, path: Threshold['input'], x: number) =>
    evaluateScenario(withNumbers(pinForAnalysis(scenario), [[path, x]])).recommendation.option;
  /** The Azure preset with both API token prices multiplied by `times`, and further numbers set. */
  const azureWithApiPrices = (times: number, more: Parameters<typeof withNumbers>[1] = []) => {
    const azure = createScenario('azure');
    const api = azure.options.serverless_api;
    return withNumbers(azure, [
      ['options.serverless_api.usdPerMTokInput', api.usdPerMTokInput * times],
      ['options.serverless_api.usdPerMTokOutput', api.usdPerMTokOutput * times],
      ...more,
    ]);
  };

  it('a window of Kubernetes in peak-to-average load (2.3465 to ~2.45) inside a step the walk cannot certify', () => {
    // Azure, API prices ×10, 36,653,888 requests of 13 + 27 tokens, peak 1.8764, cache share 0.9, reasoning 5.
    // A 70% step from 2.177 to 2.873 was kept uncertified and the change reported at 3.478.
    const scenario = azureWithApiPrices(10, [
      ['requirements.monthlyRequests', 36_653_888],
      ['requirements.inputTokensPerRequest', 13],
      ['requirements.outputTokensPerRequest', 27],
      ['workload.peakToAverage', 1.876401441122853],
      ['workload.cacheHitShare', 0.9],
      ['workload.reasoningTokensPerOutputToken', 5],
    ]);
    const peak = thresholds(scenario).find((t) => t.input === 'workload.peakToAverage')!;
    expect(peak.upper?.becomes).toBe('kubernetes');
    expect(peak.upper!.value).toBeCloseTo(2.3465, 3);
    expect(pinnedOption(scenario, peak.input, 2.3464)).toBe('provisioned_throughput');
    expect(pinnedOption(scenario, peak.input, 2.3466)).toBe('kubernetes');
    expect(pinnedOption(scenario, peak.input, 2.5)).toBe('provisioned_throughput');
  });

  it('a window of Kubernetes in output tokens per request (7,192 to ~7,300) on Azure with API prices ×1,000', () => {
    // Reported at 27,230 by a walk that kept uncertified steps; the first change is at 7,191.25.
    const scenario = azureWithApiPrices(1000);
    const output = thresholds(scenario).find((t) => t.input === 'requirements.outputTokensPerRequest')!;
    expect(output.upper?.becomes).toBe('kubernetes');
    expect(output.upper!.value).toBeGreaterThan(7191);
    expect(output.upper!.value).toBeLessThan(7192);
    expect(pinnedOption(scenario, output.input, 7191)).toBe('provisioned_throughput');
    expect(pinnedOption(scenario, output.input, 7192)).toBe('kubernetes');
    expect(pinnedOption(scenario, output.input, 7300)).toBe('provisioned_throughput');
  });

  it('cache hit share with PTU spillover and a cached price above the uncached one: the hump is found', () => {
    // Found by review (3 Dec 2026). Spilled tokens fall as the cache hit share rises, but their rate rises ($20
    // cached against $2 uncached per 1M), so the PTU cost rises from $19,993 at 0 to ~$82,000 near 0.6 and falls
    // to $3,315 at 1, while Kubernetes stays at ~$80,800: Kubernetes is cheapest on about (0.540, 0.67). The
    // walk's bounds ground assumes monotone costs and certified a step across that window.
    const azure = createScenario('azure');
    const spill: Scenario = {
      ...azure,
      options: {
        ...azure.options,
        provisioned_throughput: {
          ...azure.options.provisioned_throughput,
          spillover: { enabled: true, basePtu: null },
        },
      },
    };
    const scenario = withNumbers(spill, [
      ['options.serverless_api.usdPerMTokCachedInput', 20],
      ['options.serverless_api.otherFixedUsdPerMonth', 1e6],
      ['options.private_endpoints.otherFixedUsdPerMonth', 1e6],
      ['requirements.inputTokensPerRequest', 10_000],
      ['requirements.outputTokensPerRequest', 10],
      ['requirements.monthlyRequests', 1_000_000],
      ['options.kubernetes.labourUsdPerMonth', 35_000],
      ['options.custom_deployment.labourUsdPerMonth', 1e6],
    ]);
    const cache = thresholds(scenario).find((t) => t.input === 'workload.cacheHitShare')!;
    expect(cache.upper?.becomes).toBe('kubernetes');
    const at = cache.upper!.value;
    // Checked by the full evaluation either side of the reported value.
    const pinned = pinForAnalysis(scenario);
    const option = (x: number) =>
      evaluateScenario(withNumbers(pinned, [['workload.cacheHitShare', x]])).recommendation.option;
    expect(option(at - 2 * cache.upper!.tolerance)).toBe('provisioned_throughput');
    expect(option(at + 2 * cache.upper!.tolerance)).toBe('kubernetes');
    expect(at).toBeGreaterThan(0.54);
    expect(at).toBeLessThan(0.541);
    expect(thresholdSentence(thresholds(scenario), scenario)).toMatch(
      /^Holds while the prompt cache hit share stays below 54%/,
    );
  });
});
