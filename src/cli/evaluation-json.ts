import {
  OPTION_LABELS,
  type Evaluation,
  type ExclusionKind,
  type OptionId,
  type OptionResult,
  type Scenario,
  type ServedModel,
} from '../core';

/**
 * The `evaluate --format json` document. Its shape is pinned by src/cli/evaluate.schema.json (tests validate
 * every output against it): fields are only added, never renamed or removed, within a `formatVersion`. Money is
 * USD (names end in `Usd`); `display` gives the currency and rate the other formats show.
 */
export const EVALUATION_FORMAT = 'ai-cost-planner/evaluation';
export const EVALUATION_FORMAT_VERSION = 1;

type ExcludedJson = { option: OptionId; label: string; kind: ExclusionKind; reason: string };

export type OptionJson = {
  id: OptionId;
  label: string;
  /** The model it serves, with its capability rating on the planner's scale (null when unrated). */
  servedModel: ServedModel;
  /** Serves a model rated below the API model's, allowed by the requirements' quality rule. */
  smallerModel: boolean;
  recommended: boolean;
  exclusion: { kind: ExclusionKind; reason: string } | null;
  monthlyCostUsd: number;
  setupCostUsd: number;
  /** USD per 1M tokens, all-in; null at zero volume. */
  usdPerMTokAllIn: number | null;
  withinBudget: boolean;
  capacity: {
    units: number;
    unitLabel: string;
    rawUnits: number;
    utilization: number;
    detail: string;
    problem: string | null;
  } | null;
  lines: { label: string; monthlyUsd: number; formula: string }[];
  notes: string[];
};

export type EvaluationJson = {
  format: typeof EVALUATION_FORMAT;
  formatVersion: typeof EVALUATION_FORMAT_VERSION;
  generator: string;
  scenario: Scenario;
  /** The share-link fragment (`s=…`) that reopens the scenario. */
  shareFragment: string;
  display: { currency: string; usdToCurrency: number; rateAsOf: string };
  monthlyTokens: number;
  range: { fromTokens: number; toTokens: number };
  /** The API model every option is compared with. */
  apiModel: ServedModel & { illustrative: boolean };
  recommendation: {
    option: OptionId | null;
    label: string | null;
    monthlyCostUsd: number | null;
    /** Eligible options, cheapest first. */
    eligible: OptionId[];
    runnerUp: OptionId | null;
    reasons: string[];
    warnings: string[];
    excluded: ExcludedJson[];
    seedRule: { option: OptionId; note: string };
  };
  options: OptionJson[];
  breakEvens: {
    a: OptionId;
    b: OptionId;
    monthlyTokens: number;
    monthlyCostUsd: number;
    kind: 'cross' | 'step';
  }[];
  cheapest: { option: OptionId; fromTokens: number; toTokens: number }[];
  notes: string[];
  /** Known problems with the preset's own figures, by option or 'break-evens'. */
  caveats: { about: string; text: string }[];
};

function optionJson(option: OptionResult, evaluation: Evaluation): OptionJson {
  const c = option.capacity;
  const model = option.model;
  return {
    id: option.id,
    label: option.label,
    servedModel: { id: model.id, label: model.label, capability: model.capability },
    smallerModel: option.smallerModel,
    recommended: option.id === evaluation.recommendation.option,
    exclusion: option.exclusion ? { kind: option.exclusion.kind, reason: option.exclusion.reason } : null,
    monthlyCostUsd: option.monthlyCost,
    setupCostUsd: option.setupCost,
    usdPerMTokAllIn: option.usdPerMTokAllIn,
    withinBudget: option.withinBudget,
    capacity: c
      ? {
          units: c.units,
          unitLabel: c.unitLabel,
          rawUnits: c.rawUnits,
          utilization: c.utilization,
          detail: c.detail,
          problem: c.problem ?? null,
        }
      : null,
    lines: option.lines.map((line) => ({ label: line.label, monthlyUsd: line.usd, formula: line.formula })),
    notes: [...option.notes],
  };
}

/** The evaluation as a plain, documented JSON document (see EvaluationJson). */
export function evaluationJson(
  scenario: Scenario,
  evaluation: Evaluation,
  shareFragment: string,
  generator: string,
): EvaluationJson {
  const rec = evaluation.recommendation;
  const chosen = rec.option;
  const api = evaluation.apiModel;
  const cost = evaluation.options.find((o) => o.id === chosen)?.monthlyCost ?? null;
  return {
    format: EVALUATION_FORMAT,
    formatVersion: EVALUATION_FORMAT_VERSION,
    generator,
    scenario,
    shareFragment,
    display: { ...scenario.display },
    monthlyTokens: evaluation.monthlyTokens,
    range: { ...evaluation.range },
    apiModel: { id: api.id, label: api.label, capability: api.capability, illustrative: api.illustrative },
    recommendation: {
      option: chosen,
      label: chosen === null ? null : OPTION_LABELS[chosen],
      monthlyCostUsd: cost,
      eligible: [...rec.eligible],
      runnerUp: rec.runnerUp,
      reasons: [...rec.reasons],
      warnings: [...rec.warnings],
      excluded: rec.excluded.map((e) => ({
        option: e.option,
        label: OPTION_LABELS[e.option],
        kind: e.kind,
        reason: e.reason,
      })),
      seedRule: { option: rec.seedRuleOption, note: rec.seedRuleNote },
    },
    options: evaluation.options.map((option) => optionJson(option, evaluation)),
    breakEvens: evaluation.breakEvens.map((be) => ({
      a: be.a,
      b: be.b,
      monthlyTokens: be.monthlyTokens,
      monthlyCostUsd: be.monthlyCost,
      kind: be.kind,
    })),
    cheapest: evaluation.cheapest.map((r) => ({
      option: r.option,
      fromTokens: r.fromTokens,
      toTokens: r.toTokens,
    })),
    notes: [...evaluation.notes],
    caveats: evaluation.caveats.map((c) => ({ about: c.about, text: c.text })),
  };
}
