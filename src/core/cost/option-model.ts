import type { MoneyDisplay } from '../format';
import type { OptionId } from '../option-ids';
import type { ServedModel } from '../pricing/capability';
import type { FineTuningRow } from '../pricing/fine-tuning';
import type { Scenario } from '../scenario/schema';
import type { TokensPerMonth, Usd } from '../units';
import type { CostStructure } from './cost-structure';

/** One line of an option's bill, with the arithmetic spelled out so the UI can "show the calculation". */
export type CostLine = {
  label: string;
  /** USD per month. */
  usd: Usd;
  /** The formula with the scenario's numbers filled in. */
  formula: string;
};

/** Capacity bought, for capacity-priced options. */
export type CapacityInfo = {
  /** Units bought (PTU, VMs). */
  units: number;
  /** What a unit is: "PTU", "× Standard_NC24ads_A100_v4". */
  unitLabel: string;
  /** Need before rounding, units. */
  rawUnits: number;
  /** Average load ÷ capacity bought (0–1). */
  utilization: number;
  /** A sentence on how the units were sized. */
  detail: string;
  /** The price term the units are bought on ("yearly reservation", "pay-as-you-go"), said wherever they are. */
  term: string;
  /**
   * Provisioned throughput only: the average utilisation above which a PTU costs less per token than the
   * pay-per-token API for this workload (above 1 it never does).
   */
  breakEvenUtilization?: number;
  /** A problem with the plan itself, e.g. the model does not fit the GPU memory. */
  problem?: string;
};

export type OptionBreakdown = { lines: CostLine[]; capacity: CapacityInfo | null; notes: string[] };

/** Why an option cannot be the recommendation, whatever it costs. */
export type ExclusionKind = 'constraint' | 'capability' | 'feasibility' | 'availability' | 'latency';

/** A reason an option is ruled out, in words with the numbers that decide it. */
export type Problem = { kind: ExclusionKind; reason: string };

/** An option priced for one scenario: its cost curve plus an explainer for any volume. */
export type OptionModel = {
  id: OptionId;
  /** One-off setup, USD. */
  setupUsd: Usd;
  structure: CostStructure;
  /** The model this option serves (for a self-hosted option, the one the planner or the user chose). */
  model: ServedModel;
  /** What makes the plan itself impossible (does not fit, not offered for the model, …); empty when it can run. */
  problems: Problem[];
  /** The bill at T monthly tokens; its lines sum to the structure's cost at T. */
  describe(monthlyTokens: TokensPerMonth): OptionBreakdown;
};

/**
 * The token mix one request implies, shared by every option. Shares are per visible token (input + output, the
 * volume axis); hidden reasoning tokens ride on top of the output share.
 */
export type TokenMix = {
  /** Visible tokens per request (input + output). */
  tokensPerRequest: number;
  /** Input tokens ÷ visible tokens. */
  inputShare: number;
  /** Visible output tokens ÷ visible tokens. */
  outputShare: number;
  /** Output tokens billed and generated (visible + reasoning) ÷ visible tokens: outputShare × (1 + reasoning ratio). */
  generatedShare: number;
  /** Tokens one request holds in context: input + output × (1 + reasoning ratio). */
  contextTokens: number;
};

/** The API model every other option is compared with, and what Azure offers for it. */
export type ApiModel = ServedModel & {
  /** Served by Azure OpenAI (curated list, or an OpenAI/Azure catalog entry): Private Link and PTU can reach it. */
  azure: boolean;
  /** The seed article's unnamed model: like-for-like rules do not apply. */
  illustrative: boolean;
  /** Azure OpenAI fine-tuning for this model, when offered. */
  fineTuning: FineTuningRow | null;
};

export type ModelContext = { scenario: Scenario; mix: TokenMix; display: MoneyDisplay; api: ApiModel };

/** Input and output shares of visible tokens; a request with no tokens counts as all input to stay finite. */
export function tokenMixOf(scenario: Scenario): TokenMix {
  const { inputTokensPerRequest: input, outputTokensPerRequest: output } = scenario.requirements;
  const reasoning = 1 + scenario.workload.reasoningTokensPerOutputToken;
  const tokensPerRequest = input + output;
  const contextTokens = input + output * reasoning;
  if (tokensPerRequest <= 0)
    return { tokensPerRequest: 0, inputShare: 1, outputShare: 0, generatedShare: 0, contextTokens };
  const outputShare = output / tokensPerRequest;
  return {
    tokensPerRequest,
    inputShare: input / tokensPerRequest,
    outputShare,
    generatedShare: outputShare * reasoning,
    contextTokens,
  };
}
