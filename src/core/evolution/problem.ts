import { costAt } from '../cost/cost-structure';
import type { Scenario } from '../scenario/schema';
import type { TermVariant } from './term-variants';

/**
 * Everything the optimiser and the simulator need, priced once: per variant (option × term) and month, the
 * running cost with capacity sized to that month's volume and the units that sizing buys.
 */
export type PlanProblem = {
  variants: readonly TermVariant[];
  /** Indices of the variants the plan may use: those of options not ruled out. */
  allowed: readonly number[];
  horizon: number;
  monthlyTokens: readonly number[];
  /** One-off cost of entering each variant's option from another option (or from nothing), USD. */
  entryUsd: readonly number[];
  /** runUsd[v × horizon + m]: variant v in month m with capacity sized to that month, USD. */
  runUsd: Float64Array;
  /** units[v × horizon + m]: capacity units variant v needs in month m. */
  units: Float64Array;
};

/**
 * Prices every variant in every month. The one-off cost of entering an option is the scenario's switching
 * cost when one is set, else that option's setup (training run included): with the default, setup is paid in
 * the month an option is entered, and a plan that leaves an option and returns pays it again (what was torn
 * down is rebuilt). The start in month 0 is an entry like any other, so a switching cost of 0 compares
 * run-rates alone.
 */
export function buildProblem(
  scenario: Scenario,
  variants: readonly TermVariant[],
  allowed: readonly number[],
  monthlyTokens: readonly number[],
): PlanProblem {
  const horizon = monthlyTokens.length;
  const runUsd = new Float64Array(variants.length * horizon);
  const units = new Float64Array(variants.length * horizon);
  variants.forEach((variant, v) => {
    for (let m = 0; m < horizon; m += 1) {
      const tokens = monthlyTokens[m]!;
      runUsd[v * horizon + m] = costAt(variant.structure, tokens);
      units[v * horizon + m] = variant.unitsAt(tokens);
    }
  });
  const switching = scenario.evolution.switchingCostUsd;
  const entryUsd = variants.map((variant) => switching ?? variant.setupUsd);
  return { variants, allowed, horizon, monthlyTokens, entryUsd, runUsd, units };
}
