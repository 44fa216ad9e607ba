import { buildOption, buildOptions, contextOf } from './cost/build-options';
import { findBreakEvens, findCheapestRanges, type BreakEven, type CheapestRange } from './cost/break-even';
import { costAt } from './cost/cost-structure';
import type { ApiModel, CapacityInfo, CostLine, OptionModel } from './cost/option-model';
import { capabilityVerdict } from './decision/capability-rule';
import { findExclusions, type Exclusion } from './decision/constraints';
import { presetCaveats, type Caveat } from './decision/preset-caveats';
import { recommend, type Recommendation } from './decision/recommend';
import type { OptionId } from './option-ids';
import { OPTION_LABELS } from './options/registry';
import type { ServedModel } from './pricing/capability';
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
  /** The model this option serves, with its capability rating on the planner's one scale (null if unrated). */
  model: ServedModel;
  /** Why it is ruled out (never the recommendation), or null when it is eligible. */
  exclusion: Exclusion | null;
  /** Eligible under 'allow-lower' while serving a model rated below the API model's tolerance (say so). */
  smallerModel: boolean;
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
  /** The API model every option is compared with. */
  apiModel: ApiModel;
  /** Caveats about the analysis itself, e.g. a pair whose break-evens could not all be listed. */
  notes: string[];
  /** Known problems with the preset's own figures, next to what they concern (the seed article's). */
  caveats: Caveat[];
};

/** Analysed range: [min(1M, V ÷ 100), max(1T, V × 100)], never below 1 token. */
export function analysisRange(monthlyTokens: TokensPerMonth): { fromTokens: number; toTokens: number } {
  const volume = monthlyTokens > 0 ? monthlyTokens : 1e6;
  return { fromTokens: Math.max(1, Math.min(1e6, volume / 100)), toTokens: Math.max(1e12, volume * 100) };
}

function resultOf(
  model: OptionModel,
  monthlyTokens: number,
  budget: number,
  exclusion: Exclusion | null,
  smallerModel: boolean,
): OptionResult {
  const monthlyCost = costAt(model.structure, monthlyTokens);
  const breakdown = model.describe(monthlyTokens);
  return {
    model: model.model,
    exclusion,
    smallerModel,
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
 * Prices every option at the scenario's volume, finds every break-even over the analysed range exactly, rules
 * out what cannot serve the workload like for like, finds the cheapest eligible option per volume range, and
 * recommends. Pure: same scenario, same evaluation.
 */
export function evaluateScenario(scenario: Scenario): Evaluation {
  const monthlyTokens = monthlyTokensOf(scenario.requirements);
  const ctx = contextOf(scenario);
  const models = buildOptions(scenario);
  const range = analysisRange(monthlyTokens);
  const { breakEvens, inexactPairs } = findBreakEvens(models, range.fromTokens, range.toTokens);
  const excluded = findExclusions(models, scenario.requirements, ctx.api);
  const excludedIds = new Set(excluded.map((e) => e.option));
  const eligibleModels = models.filter((m) => !excludedIds.has(m.id));
  const competing = eligibleModels.length > 0 ? eligibleModels : models;
  const eligibleBreakEvens = breakEvens.filter((be) => !excludedIds.has(be.a) && !excludedIds.has(be.b));
  const cheapest = findCheapestRanges(competing, eligibleBreakEvens, range.fromTokens, range.toTokens);
  const options = models.map((model) =>
    resultOf(
      model,
      monthlyTokens,
      scenario.requirements.monthlyBudget,
      excluded.find((e) => e.option === model.id) ?? null,
      capabilityVerdict(model.model, ctx.api, scenario.requirements).lower,
    ),
  );
  const byId = <T>(pick: (o: OptionResult) => T) =>
    Object.fromEntries(options.map((o) => [o.id, pick(o)])) as Record<OptionId, T>;
  const recommendation = recommend({
    requirements: scenario.requirements,
    monthlyTokens,
    costs: byId((o) => o.monthlyCost),
    models: byId((o) => o.model),
    api: ctx.api,
    excluded,
    cheapest,
    display: scenario.display,
    locality: scenario.workload.locality,
  });
  const notes = inexactPairs.map(
    ([a, b]) =>
      `${OPTION_LABELS[a]} and ${OPTION_LABELS[b]} swap order too often to list every crossing (capacity steps finer than the chart can show); the crossings listed are the first ones.`,
  );
  return {
    monthlyTokens,
    range,
    options,
    breakEvens,
    cheapest,
    recommendation,
    apiModel: ctx.api,
    notes,
    caveats: presetCaveats(scenario),
  };
}

/** One option's monthly cost at any volume, USD per month, with everything else as in the scenario. */
export function monthlyCost(
  scenario: Scenario,
  optionId: OptionId,
  monthlyTokens: TokensPerMonth,
): UsdPerMonth {
  return costAt(buildOption(scenario, optionId).structure, monthlyTokens);
}
