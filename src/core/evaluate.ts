import { buildOption, buildOptions } from './cost/build-options';
import { findBreakEvens, findCheapestRanges, type BreakEven, type CheapestRange } from './cost/break-even';
import { costAt } from './cost/cost-structure';
import type { CapacityInfo, CostLine, OptionModel } from './cost/option-model';
import { recommend, type Recommendation } from './decision/recommend';
import { OPTION_LABELS, type OptionId } from './option-ids';
import { monthlyTokensOf, type Scenario } from './scenario/schema';
import type { TokensPerMonth, Usd, UsdPerMonth } from './units';

/** One option at the scenario's volume. */
export type OptionResult = {
  id: OptionId;
  label: string;
  /** USD per month at the scenario's volume (setup included only when amortised). */
  monthlyCost: UsdPerMonth;
  /** One-off setup, USD. */
  setupCost: Usd;
  /** Monthly cost ÷ monthly tokens × 1M: USD per 1M tokens, all-in. Null at zero volume. */
  usdPerMTokAllIn: number | null;
  lines: CostLine[];
  capacity: CapacityInfo | null;
  withinBudget: boolean;
  notes: string[];
};

/** Everything the UI shows for a scenario. */
export type Evaluation = {
  monthlyTokens: TokensPerMonth;
  /** The analysed volume range: at least 1M–1T and always 100× either side of the scenario's volume. */
  range: { fromTokens: TokensPerMonth; toTokens: TokensPerMonth };
  options: OptionResult[];
  breakEvens: BreakEven[];
  cheapest: CheapestRange[];
  recommendation: Recommendation;
  /** Caveats about the analysis itself, e.g. a pair whose break-evens could not all be listed. */
  notes: string[];
};

/** Analysed range: [min(1M, V ÷ 100), max(1T, V × 100)], never below 1 token. */
export function analysisRange(monthlyTokens: TokensPerMonth): { fromTokens: number; toTokens: number } {
  const volume = monthlyTokens > 0 ? monthlyTokens : 1e6;
  return { fromTokens: Math.max(1, Math.min(1e6, volume / 100)), toTokens: Math.max(1e12, volume * 100) };
}

function resultOf(model: OptionModel, monthlyTokens: number, budget: number): OptionResult {
  const monthlyCost = costAt(model.structure, monthlyTokens);
  const breakdown = model.describe(monthlyTokens);
  return {
    id: model.id,
    label: OPTION_LABELS[model.id],
    monthlyCost,
    setupCost: model.setupUsd,
    usdPerMTokAllIn: monthlyTokens > 0 ? (monthlyCost / monthlyTokens) * 1e6 : null,
    lines: breakdown.lines,
    capacity: breakdown.capacity,
    withinBudget: monthlyCost <= budget,
    notes: breakdown.notes,
  };
}

/**
 * Prices every option at the scenario's volume, finds every break-even over the analysed range exactly, the
 * cheapest option per volume range, and the recommendation. Pure: same scenario, same evaluation.
 */
export function evaluateScenario(scenario: Scenario): Evaluation {
  const monthlyTokens = monthlyTokensOf(scenario.requirements);
  const models = buildOptions(scenario);
  const range = analysisRange(monthlyTokens);
  const { breakEvens, inexactPairs } = findBreakEvens(models, range.fromTokens, range.toTokens);
  const cheapest = findCheapestRanges(models, breakEvens, range.fromTokens, range.toTokens);
  const options = models.map((model) => resultOf(model, monthlyTokens, scenario.requirements.monthlyBudget));
  const costs = Object.fromEntries(options.map((o) => [o.id, o.monthlyCost])) as Record<OptionId, number>;
  const recommendation = recommend({
    requirements: scenario.requirements,
    monthlyTokens,
    costs,
    cheapest,
    display: scenario.display,
    problems: Object.fromEntries(
      options.flatMap((o) => (o.capacity?.problem ? [[o.id, o.capacity.problem]] : [])),
    ),
  });
  const notes = inexactPairs.map(
    ([a, b]) =>
      `${OPTION_LABELS[a]} and ${OPTION_LABELS[b]} swap order too often to list every crossing (capacity steps finer than the chart can show); the crossings listed are the first ones.`,
  );
  return { monthlyTokens, range, options, breakEvens, cheapest, recommendation, notes };
}

/** One option's monthly cost at any volume, USD per month, with everything else as in the scenario. */
export function monthlyCost(
  scenario: Scenario,
  optionId: OptionId,
  monthlyTokens: TokensPerMonth,
): UsdPerMonth {
  return costAt(buildOption(scenario, optionId).structure, monthlyTokens);
}
