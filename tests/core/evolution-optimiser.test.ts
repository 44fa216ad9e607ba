import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  OPTION_IDS,
  analyseEvolution,
  optimisePlan,
  simulatePlan,
  type OptionId,
  type PlanProblem,
  type Scenario,
} from '../../src/core';
import { bruteForceTotal, syntheticProblem, type SyntheticSpec } from './evolution-helpers';
import { expectRelClose, scenarioWith } from './helpers';

function expectOptimal(problem: PlanProblem): void {
  const optimum = optimisePlan(problem);
  const brute = bruteForceTotal(problem);
  expect(brute.plans).toBe(problem.allowed.length ** problem.horizon);
  expectRelClose(optimum.totalUsd, brute.total, 1e-9);
  // The optimiser's own bookkeeping agrees with the billing rules for the plan it returns.
  expectRelClose(simulatePlan(problem, optimum.sequence).total, optimum.totalUsd, 1e-9);
}

function withGrowth(base: 'azure' | 'seed', change: (s: Scenario) => void): Scenario {
  return scenarioWith(base, (s) => {
    s.evolution.growth.monthlyRate = 0.05;
    change(s);
  });
}

describe('the optimiser equals a brute-force search over every plan', () => {
  // Azure: 11 variants (API, PTU hourly/monthly/yearly, private endpoints, 2 × GPU payg/1y/3y): 11^5 = 161,051.
  it.each([1, 2, 3, 4, 5])('Azure preset, flat load (PTU competes), horizon %i', (horizon) => {
    const problem = analyseEvolution(
      withGrowth('azure', (s) => {
        s.workload.peakToAverage = 1;
        s.evolution.horizonMonths = horizon;
        s.requirements.monthlyRequests = 650_000; // 780M tokens: the API and 15 PTU are close
      }),
    ).problem;
    expect(problem.variants).toHaveLength(11);
    expectOptimal(problem);
  });

  it('Azure preset at 20B tokens growing 30% a month (GPU reservations compete), horizon 4', () => {
    const problem = analyseEvolution(
      scenarioWith('azure', (s) => {
        s.requirements.monthlyRequests = 16_000_000;
        s.evolution.growth.monthlyRate = 0.3;
        s.evolution.horizonMonths = 4;
        s.evolution.switchingCostUsd = 1000;
      }),
    ).problem;
    expectOptimal(problem);
  });

  it('seed preset (five flat-fee options, setups $5,000 and $20,000), horizon 6', () => {
    const problem = analyseEvolution(
      withGrowth('seed', (s) => {
        s.requirements.monthlyRequests = 2_000_000;
        s.evolution.growth.monthlyRate = 0.4;
        s.evolution.horizonMonths = 6;
      }),
    ).problem;
    expect(problem.variants).toHaveLength(5);
    expectOptimal(problem);
  });

  // Terms of 2 and 3 months let renewals, resizes and reservations left behind all happen within 6 months.
  const spec = fc.record({
    option: fc.constantFrom<OptionId>(...OPTION_IDS),
    commitMonths: fc.constantFrom(0, 1, 2, 3),
    setupUsd: fc.constantFrom(0, 500, 5000),
    fixedUsd: fc.double({ min: 0, max: 3000, noNaN: true }),
    usdPerToken: fc.double({ min: 0, max: 5e-6, noNaN: true }),
    step: fc.option(
      fc.record({
        rawUnitsPerToken: fc.double({ min: 1e-9, max: 2e-8, noNaN: true }),
        minUnits: fc.integer({ min: 0, max: 15 }),
        stepUnits: fc.constantFrom(1, 5),
        usdPerUnitMonth: fc.double({ min: 1, max: 400, noNaN: true }),
      }),
    ),
  });
  it('synthetic variants with short terms and volumes that rise and fall, horizons up to 6', () => {
    fc.assert(
      fc.property(
        fc.array(spec, { minLength: 1, maxLength: 4 }),
        fc.array(fc.double({ min: 0, max: 3e9, noNaN: true }), { minLength: 1, maxLength: 6 }),
        fc.option(fc.constantFrom(0, 800, 4000), { nil: null }),
        (specs, volumes, switching) => {
          const problem = syntheticProblem(
            specs.map((s): SyntheticSpec => ({ ...s, term: s.commitMonths > 0 ? 'yearly' : null })),
            volumes,
            switching,
          );
          expectOptimal(problem);
        },
      ),
      { numRuns: 60 },
    );
  });

  // Reserved capacity cheaper per unit than on-demand capacity and a per-token option, with volume that jumps
  // and collapses: leaving a reservation early, renewing it smaller and resizing it all compete here.
  it('commitment-heavy synthetic plans (reservations left, renewed, resized), horizons 3 to 6', () => {
    const unit = { rawUnitsPerToken: 1e-8, minUnits: 1, stepUnits: 1 };
    fc.assert(
      fc.property(
        fc.double({ min: 50, max: 300, noNaN: true }),
        fc.double({ min: 0.3, max: 0.9, noNaN: true }),
        fc.integer({ min: 2, max: 4 }),
        fc.boolean(),
        fc.double({ min: 1e-6, max: 6e-6, noNaN: true }),
        fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e8, max: 3e9, noNaN: true })), {
          minLength: 3,
          maxLength: 6,
        }),
        fc.constantFrom(0, 300, 2000),
        (price, discount, term, sameOption, perToken, volumes, switching) => {
          const problem = syntheticProblem(
            [
              {
                option: 'serverless_api',
                term: null,
                commitMonths: 0,
                setupUsd: 0,
                fixedUsd: 0,
                usdPerToken: perToken,
                step: null,
              },
              {
                option: 'kubernetes',
                term: 'payg',
                commitMonths: 0,
                setupUsd: 0,
                fixedUsd: 100,
                usdPerToken: 0,
                step: { ...unit, usdPerUnitMonth: price },
              },
              {
                option: sameOption ? 'kubernetes' : 'custom_deployment',
                term: 'reserved_1y',
                commitMonths: term,
                setupUsd: 0,
                fixedUsd: 100,
                usdPerToken: 0,
                step: { ...unit, usdPerUnitMonth: price * discount },
              },
            ],
            volumes,
            switching,
          );
          expectOptimal(problem);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('the optimiser on its own', () => {
  it('renews a reservation at the end of its term at the need of that month (it may shrink)', () => {
    // One variant, 2-month term, 10 units then 5: months 0–1 hold 10 (term 0–1), month 2 renews at 5, month 3
    // keeps 5 … cost = 100 × (10 + 10 + 5 + 5) = 3,000; a rule without renewal would keep 10: 4,000.
    const step = { rawUnitsPerToken: 1e-8, minUnits: 0, stepUnits: 1, usdPerUnitMonth: 100 };
    const problem = syntheticProblem(
      [
        {
          option: 'kubernetes',
          term: 'reserved_1y',
          commitMonths: 2,
          setupUsd: 0,
          fixedUsd: 0,
          usdPerToken: 0,
          step,
        },
      ],
      [1e9, 5e8, 5e8, 5e8],
    );
    const plan = simulatePlan(problem, [0, 0, 0, 0]);
    expect(plan.months.map((m) => m.unitsHeld)).toEqual([10, 10, 5, 5]);
    expectRelClose(plan.total, 3000);
    expect(plan.events.map((e) => `${e.kind}@${e.month}`)).toEqual(['start@0', 'renew@2']);
  });

  it('states what the reservation in use at the horizon commits after it, without adding it to the total', () => {
    // 3-month term, 4 months: 5 units in months 0–1, 10 from month 2 (a new term, months 2–4). The horizon ends
    // after month 3, so month 4 is committed but not billed: 1 month × 10 units × 100 = 1,000 after the horizon.
    // Total = 100 × (5 + 5 + 10 + 10) = 3,000.
    const step = { rawUnitsPerToken: 1e-8, minUnits: 0, stepUnits: 1, usdPerUnitMonth: 100 };
    const spec = {
      option: 'kubernetes',
      term: 'reserved_3y',
      commitMonths: 3,
      setupUsd: 0,
      fixedUsd: 0,
      usdPerToken: 0,
      step,
    } as const;
    const plan = simulatePlan(syntheticProblem([spec], [5e8, 5e8, 1e9, 1e9]), [0, 0, 0, 0]);
    expectRelClose(plan.total, 3000);
    expect(plan.committedAfterHorizon).toEqual({ usd: 1000, untilMonth: 4 });
    // A term ending exactly at the horizon commits nothing after it.
    const flat = simulatePlan(syntheticProblem([spec], [5e8, 5e8, 5e8]), [0, 0, 0]);
    expect(flat.committedAfterHorizon).toBeNull();
  });

  it('grows capacity within a term by starting a new, larger reservation', () => {
    // 2-month term: 5 units in month 0, 10 in month 1 (a new term for months 1–2), 5 needed in month 2 but 10 held.
    // Cost = 100 × (5 + 10 + 10) = 2,500.
    const step = { rawUnitsPerToken: 1e-8, minUnits: 0, stepUnits: 1, usdPerUnitMonth: 100 };
    const problem = syntheticProblem(
      [
        {
          option: 'kubernetes',
          term: 'reserved_1y',
          commitMonths: 2,
          setupUsd: 0,
          fixedUsd: 0,
          usdPerToken: 0,
          step,
        },
      ],
      [5e8, 1e9, 5e8],
    );
    const plan = simulatePlan(problem, [0, 0, 0]);
    expect(plan.months.map((m) => m.unitsHeld)).toEqual([5, 10, 10]);
    expectRelClose(plan.total, 2500);
    expect(plan.events.map((e) => `${e.kind}@${e.month}`)).toEqual(['start@0', 'resize@1']);
  });

  it('keeps a one-ulp difference between monthly costs over 60 months (no rounding ties)', () => {
    // 1e12 and the next double above it (1e12 + 2^-13 ≈ 1e12 + 0.000122). Summed in plain doubles, 60 months
    // of either round to the same 6e13 (one ulp there is 2^-7 ≈ 0.0078), and the tie would go to the first
    // variant, the dearer one. Double-double sums keep the difference: the cheaper option all along.
    const dearer = 1e12 + 2 ** -13;
    expect(dearer).toBeGreaterThan(1e12);
    const flat = { term: null, commitMonths: 0, setupUsd: 0, usdPerToken: 0, step: null } as const;
    const problem = syntheticProblem(
      [
        { ...flat, option: 'serverless_api', fixedUsd: dearer },
        { ...flat, option: 'provisioned_throughput', fixedUsd: 1e12 },
      ],
      new Array<number>(60).fill(1e9),
    );
    expect(new Set(optimisePlan(problem).sequence)).toEqual(new Set([1]));
  });

  it('is empty for a horizon of 0 or when nothing is allowed', () => {
    const problem = syntheticProblem([], []);
    expect(optimisePlan(problem)).toEqual({ sequence: [], totalUsd: 0 });
  });

  it('totals are never NaN and equal the simulator over scenarios with growth (60 months)', () => {
    const rates = [-0.5, -0.1, 0, 0.05, 0.3, 10];
    for (const rate of rates) {
      const problem = analyseEvolution(
        scenarioWith('azure', (s) => {
          s.evolution.growth.monthlyRate = rate;
          s.evolution.horizonMonths = 60;
        }),
      ).problem;
      const optimum = optimisePlan(problem);
      expect(Number.isFinite(optimum.totalUsd)).toBe(true);
      expectRelClose(simulatePlan(problem, optimum.sequence).total, optimum.totalUsd, 1e-9);
    }
  });
});
