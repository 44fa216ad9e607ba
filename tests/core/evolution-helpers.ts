import {
  buildOption,
  buildProblem,
  createScenario,
  simulatePlan,
  unitsAt,
  type OptionId,
  type PlanProblem,
  type PlanTerm,
  type Scenario,
  type TermVariant,
} from '../../src/core';

/** The cheapest total over every plan (one allowed variant per month), by the simulator alone: |allowed|^H plans. */
export function bruteForceTotal(problem: PlanProblem): { total: number; plans: number } {
  const sequence = new Array<number>(problem.horizon).fill(0);
  let best = Infinity;
  let plans = 0;
  const visit = (month: number) => {
    if (month === problem.horizon) {
      plans += 1;
      best = Math.min(best, simulatePlan(problem, sequence).total);
      return;
    }
    for (const v of problem.allowed) {
      sequence[month] = v;
      visit(month + 1);
    }
  };
  visit(0);
  return { total: problem.horizon === 0 ? 0 : best, plans };
}

/** A synthetic variant: cost = fixed + perToken × T + price × units(T), units = max(min, ceil(raw × T ÷ step) × step). */
export type SyntheticSpec = {
  option: OptionId;
  term: PlanTerm | null;
  commitMonths: number;
  setupUsd: number;
  fixedUsd: number;
  usdPerToken: number;
  /** Null: no capacity. */
  step: { rawUnitsPerToken: number; minUnits: number; stepUnits: number; usdPerUnitMonth: number } | null;
};

const MODEL_SOURCE = createScenario('azure');

/** A variant built from a spec, with any real option's model (only its labels are used). */
export function syntheticVariant(spec: SyntheticSpec): TermVariant {
  const structure = {
    fixedUsdPerMonth: spec.fixedUsd,
    usdPerToken: spec.usdPerToken,
    step: spec.step,
    hinges: [],
  };
  const step = spec.step;
  return {
    option: spec.option,
    term: spec.term,
    commitMonths: spec.commitMonths,
    setupUsd: spec.setupUsd,
    structure,
    unitsAt: step ? (tokens) => unitsAt(step, tokens) : () => 0,
    usdPerUnitMonth: step?.usdPerUnitMonth ?? 0,
    capacityLabel: (units) => `${units} units`,
    model: buildOption(MODEL_SOURCE, spec.option),
  };
}

/** A plan problem over synthetic variants and a volume path (switching cost: the scenario's, default setup). */
export function syntheticProblem(
  specs: readonly SyntheticSpec[],
  monthlyTokens: readonly number[],
  switchingCostUsd: number | null = null,
): PlanProblem {
  const scenario: Scenario = {
    ...MODEL_SOURCE,
    evolution: { ...MODEL_SOURCE.evolution, switchingCostUsd },
  };
  const variants = specs.map(syntheticVariant);
  return buildProblem(
    scenario,
    variants,
    variants.map((_, v) => v),
    monthlyTokens,
  );
}

/** Months 0 … h − 1 of T0 × (1 + r)^m. */
export function geometric(t0: number, rate: number, horizon: number): number[] {
  return Array.from({ length: horizon }, (_, m) => t0 * (1 + rate) ** m);
}
