import type { MoneyDisplay } from '../format';
import type { OptionId } from '../option-ids';
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
  /**
   * Provisioned throughput only: the average utilisation above which a PTU costs less per token than the
   * pay-per-token API for this workload (above 1 it never does).
   */
  breakEvenUtilization?: number;
  /** A problem with the plan itself, e.g. the model does not fit the GPU memory. */
  problem?: string;
};

export type OptionBreakdown = { lines: CostLine[]; capacity: CapacityInfo | null; notes: string[] };

/** An option priced for one scenario: its cost curve plus an explainer for any volume. */
export type OptionModel = {
  id: OptionId;
  /** One-off setup, USD. */
  setupUsd: Usd;
  structure: CostStructure;
  /** The bill at T monthly tokens; its lines sum to the structure's cost at T. */
  describe(monthlyTokens: TokensPerMonth): OptionBreakdown;
};

/** The token mix one request implies, shared by every option. */
export type TokenMix = {
  /** Tokens per request (input + output). */
  tokensPerRequest: number;
  /** Input tokens ÷ all tokens. */
  inputShare: number;
  /** Output tokens ÷ all tokens. */
  outputShare: number;
};

export type ModelContext = { scenario: Scenario; mix: TokenMix; display: MoneyDisplay };

/** Input and output shares of all tokens; a request with no tokens counts as all input to stay finite. */
export function tokenMixOf(scenario: Scenario): TokenMix {
  const { inputTokensPerRequest: input, outputTokensPerRequest: output } = scenario.requirements;
  const tokensPerRequest = input + output;
  if (tokensPerRequest <= 0) return { tokensPerRequest: 0, inputShare: 1, outputShare: 0 };
  return { tokensPerRequest, inputShare: input / tokensPerRequest, outputShare: output / tokensPerRequest };
}
