import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  OPTION_IDS,
  analyseEvolution,
  evaluateScenario,
  planEvolution,
  roadmapSentences,
  simulatePlan,
  type Scenario,
} from '../../src/core';
import { arbitraryScenario } from './arbitrary-scenario';
import { expectRelClose, scenarioWith } from './helpers';

/** Azure preset with a flat day (peak = average), so 15 PTU serve up to 985M tokens and PTU competes. */
function azureFlat(change: (s: Scenario) => void = () => {}): Scenario {
  return scenarioWith('azure', (s) => {
    s.workload.peakToAverage = 1;
    change(s);
  });
}

describe('worked example: Azure preset, flat load, 5% monthly growth, 12 months', () => {
  // Volume T(m) = 600M × 1.05^m. The API: gpt-4.1 at $2 in / $8 out per 1M, 800 in + 400 out per request:
  // (2 × 2/3 + 8 × 1/3) = $4 per 1M → $2,400 × 1.05^m a month.
  // PTU: (2/3 × 1 + 1/3 × 4) PTU-equivalent tokens per token ÷ 43,800 min ÷ 3,000 TPM per PTU = 1.522e-8 PTU per
  // monthly token → 9.13 × 1.05^m PTU: 15 PTU (the minimum) to month 10, 20 PTU from month 11 (15.6 needed).
  // Yearly PTU: $2,652 ÷ 12 = $221 per PTU-month → 15 PTU $3,315, 20 PTU $4,420.
  // The API costs $3,216 in month 6 and $3,377 in month 7 > $3,315: move in month 7. Leaving PTU in month 11
  // would still owe 15 PTU for months 11–18, so the reservation grows to 20 PTU instead (a new term).
  const analysis = analyseEvolution(
    azureFlat((s) => {
      s.evolution.growth.monthlyRate = 0.05;
      s.evolution.horizonMonths = 12;
    }),
  );
  const { plan } = analysis;

  it('runs the API for months 0–6, then 15 PTU yearly, growing to 20 PTU in month 11', () => {
    expect(plan.months.map((m) => `${m.option}/${m.term}`)).toEqual([
      ...Array<string>(7).fill('serverless_api/null'),
      ...Array<string>(5).fill('provisioned_throughput/yearly'),
    ]);
    expect(plan.months.slice(7).map((m) => m.cost)).toEqual([3315, 3315, 3315, 3315, 4420]);
    expect(plan.switches.map((s) => [s.month, s.from, s.to, s.oneOffCost])).toEqual([
      [0, null, 'serverless_api', 0],
      [7, 'serverless_api', 'provisioned_throughput', 0],
    ]);
  });

  it('totals $37,220.82 against $38,201.10 for the API all along', () => {
    // Σ_{m=0}^{6} 2,400 × 1.05^m = 2,400 × (1.05^7 − 1) ÷ 0.05 = 2,400 × 8.142008 = 19,540.82;
    // + 4 × 3,315 + 4,420 = 17,680 → 37,220.82.
    expectRelClose(plan.total, 37_220.82, 1e-7);
    // API all along: 2,400 × (1.05^12 − 1) ÷ 0.05 = 2,400 × 15.917127 = 38,201.10.
    expectRelClose(plan.staticTotals.serverless_api!, 38_201.10364906, 1e-9);
    // PTU yearly all along: 11 × 3,315 + 4,420 = 40,885 (monthly reservations: 11 × 3,900 + 5,200 = 48,100).
    expect(plan.staticTotals.provisioned_throughput).toBe(40_885);
    // Managed endpoint on a 3-year reservation: 1 × ND96isr H100 at $98.32 × 0.4 × 730 h = $28,709.44 + $2,000
    // labour = $30,709.44 × 12 + $5,000 setup = $373,513.28; Kubernetes: 28,709.44 + 73 + 280 + 500 + 4,000
    // = $33,562.44 × 12 + $20,000 = $422,749.28.
    expectRelClose(plan.staticTotals.custom_deployment!, 373_513.28, 1e-9);
    expectRelClose(plan.staticTotals.kubernetes!, 422_749.28, 1e-9);
    expect(analysis.bestStatic?.option).toBe('serverless_api');
  });

  it('discounts at the annual rate from the start of each month', () => {
    const discounted = planEvolution(
      azureFlat((s) => {
        s.evolution.growth.monthlyRate = 0.05;
        s.evolution.horizonMonths = 12;
        s.evolution.annualDiscountRate = 0.1;
      }),
    );
    const expected = discounted.months.reduce((sum, m) => sum + m.cost / 1.1 ** (m.month / 12), 0);
    expectRelClose(discounted.presentValue, expected, 1e-12);
    expect(discounted.presentValue).toBeLessThan(discounted.total);
    expectRelClose(discounted.total, 37_220.82, 1e-7);
  });
});

describe('commitments are billed for their whole term', () => {
  const problem = analyseEvolution(
    azureFlat((s) => {
      s.evolution.horizonMonths = 12;
    }),
  ).problem;
  const yearly = problem.variants.findIndex(
    (v) => v.option === 'provisioned_throughput' && v.term === 'yearly',
  );
  const api = problem.variants.findIndex((v) => v.option === 'serverless_api');

  it('a yearly reservation left after 3 months is paid for all 12', () => {
    // 600M flat: 15 PTU × $221 = $3,315 a month. Months 0–2 on PTU, 3–11 on the API at $2,400 + $3,315 still
    // owed: 3 × 3,315 + 9 × 5,715 = 61,380 = 12 × 3,315 + 9 × 2,400.
    const run = simulatePlan(problem, [yearly, yearly, yearly, ...Array<number>(9).fill(api)]);
    expect(run.months.map((m) => m.runUsd + m.owedUsd)).toEqual([
      3315,
      3315,
      3315,
      ...Array<number>(9).fill(5715),
    ]);
    expect(run.total).toBe(61_380);
  });

  it('months of the term past the horizon are added to the move', () => {
    // Horizon 6: months 6–11 of the reservation (6 × 3,315 = 19,890) are owed after the plan ends.
    const sixMonths = analyseEvolution(azureFlat((s) => (s.evolution.horizonMonths = 6))).problem;
    const run = simulatePlan(sixMonths, [yearly, yearly, yearly, api, api, api]);
    expect(run.switches[1]?.owedAfterHorizonUsd).toBe(19_890);
    // 3 × 3,315 + 3 × 5,715 + 19,890 = 46,980 = 12 × 3,315 + 3 × 2,400.
    expect(run.total).toBe(46_980);
  });

  it('so a three-month spike is not served by a yearly reservation', () => {
    // 3B tokens for months 0–2, then 1M. 50 PTU yearly would cost $11,050 a month against $12,000 on the API, but
    // it is billed for 12 months (132,600): the plan stays on the API. Were a reservation left free of charge,
    // the yearly PTU would win the spike.
    const plan = planEvolution(
      azureFlat((s) => {
        s.evolution.horizonMonths = 12;
        s.evolution.growth = {
          mode: 'points',
          monthlyRate: 0,
          points: [
            { month: 0, monthlyTokens: 3e9 },
            { month: 2, monthlyTokens: 3e9 },
            { month: 3, monthlyTokens: 1e6 },
          ],
        };
      }),
    );
    expect(plan.months.every((m) => m.option === 'serverless_api')).toBe(true);
  });
});

describe('with flat volume and no one-off costs the plan is the recommendation', () => {
  /** Zero growth, switching cost 0, no amortisation, and each option's scenario term its cheapest one. */
  function flatFree(s: Scenario): void {
    s.evolution.growth = { mode: 'rate', monthlyRate: 0, points: [] };
    s.evolution.switchingCostUsd = 0;
    s.amortizationMonths = 0;
    const ptu = s.options.provisioned_throughput.ptu;
    if (ptu) ptu.term = 'yearly';
    for (const id of ['custom_deployment', 'kubernetes'] as const) {
      const gpu = s.options[id].gpu;
      if (gpu) gpu.priceTerm = 'reserved_3y';
    }
  }

  it.each([
    ['the API', 500_000],
    ['15 PTU yearly', 708_334],
  ])('Azure preset, flat load, %s', (_, requests) => {
    const scenario = azureFlat((s) => {
      flatFree(s);
      s.requirements.monthlyRequests = requests;
    });
    const plan = planEvolution(scenario);
    const expected = evaluateScenario(scenario).recommendation.option;
    expect(new Set(plan.months.map((m) => m.option))).toEqual(new Set([expected]));
  });

  it('ties go to the simpler option, as in the recommendation', () => {
    // Private endpoints with every network charge at 0 cost exactly what the API costs.
    const scenario = scenarioWith('azure', (s) => {
      flatFree(s);
      Object.assign(s.options.private_endpoints, {
        usdPerEndpointMonth: 0,
        privateDnsUsdPerMonth: 0,
        usdPerGbProcessed: 0,
      });
    });
    const evaluation = evaluateScenario(scenario);
    const cost = (id: string) => evaluation.options.find((o) => o.id === id)!.monthlyCost;
    expect(cost('private_endpoints')).toBe(cost('serverless_api'));
    expect(evaluation.recommendation.option).toBe('serverless_api');
    expect(planEvolution(scenario).months.every((m) => m.option === 'serverless_api')).toBe(true);
  });

  it('holds for schema-generated scenarios', () => {
    fc.assert(
      fc.property(arbitraryScenario, (drawn) => {
        const scenario = structuredClone(drawn);
        flatFree(scenario);
        const expected = evaluateScenario(scenario).recommendation.option;
        fc.pre(expected !== null);
        const options = new Set(planEvolution(scenario).months.map((m) => m.option));
        expect(options).toEqual(new Set([expected]));
      }),
      { numRuns: 60 },
    );
  });
});

describe('plans for schema-generated scenarios with growth', () => {
  it('are well formed, respect exclusions and never cost more than the best static choice', () => {
    fc.assert(
      fc.property(arbitraryScenario, fc.constantFrom(-0.5, -0.05, 0, 0.03, 0.1, 0.5), (drawn, rate) => {
        const scenario = structuredClone(drawn);
        if (scenario.evolution.growth.mode === 'rate') scenario.evolution.growth.monthlyRate = rate;
        const analysis = analyseEvolution(scenario);
        const { plan } = analysis;
        expect(plan.months).toHaveLength(scenario.evolution.horizonMonths);
        const sum =
          plan.months.reduce((s, m) => s + m.cost, 0) + plan.switches.reduce((s, x) => s + x.oneOffCost, 0);
        expect(plan.total).toBe(sum);
        expect(Number.isFinite(plan.total) && Number.isFinite(plan.presentValue)).toBe(true);
        expect(plan.months.every((m) => Number.isFinite(m.cost) && Number.isFinite(m.monthlyTokens))).toBe(
          true,
        );
        const excluded = new Set(evaluateScenario(scenario).recommendation.excluded.map((e) => e.option));
        const everyOptionOut = excluded.size === OPTION_IDS.length;
        expect(analysis.allExcluded).toBe(everyOptionOut);
        for (const id of OPTION_IDS) expect(plan.staticTotals[id] === null).toBe(excluded.has(id));
        if (!everyOptionOut) expect(plan.months.some((m) => excluded.has(m.option))).toBe(false);
        const statics = Object.values(plan.staticTotals).filter((t): t is number => t !== null);
        expect(plan.total).toBeLessThanOrEqual(Math.min(...statics) * (1 + 1e-9) + 1e-9);
      }),
      { numRuns: 80 },
    );
  });

  it('when every option is ruled out, say so and still plan (static totals all null)', () => {
    const scenario = scenarioWith('azure', (s) => (s.requirements.latencyMs = 1));
    expect(evaluateScenario(scenario).recommendation.option).toBeNull();
    const analysis = analyseEvolution(scenario);
    expect(analysis.allExcluded).toBe(true);
    expect(analysis.plan.months).toHaveLength(36);
    expect(Object.values(analysis.plan.staticTotals)).toEqual([null, null, null, null, null]);
    expect(roadmapSentences(analysis)[0]).toBe(
      'Every option is ruled out for this scenario (see the recommendation): this roadmap ignores those rules.',
    );
  });

  it('rule out what the recommendation rules out: high data sensitivity keeps the public API out', () => {
    const plan = planEvolution(
      scenarioWith('azure', (s) => {
        s.requirements.dataSensitivity = 'high';
        s.evolution.growth.monthlyRate = 0.05;
      }),
    );
    expect(plan.staticTotals.serverless_api).toBeNull();
    expect(plan.months.some((m) => m.option === 'serverless_api')).toBe(false);
  });
});
