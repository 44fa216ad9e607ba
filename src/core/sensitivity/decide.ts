import { buildOption, contextOf } from '../cost/build-options';
import { costAt } from '../cost/cost-structure';
import { dailyLoadProfile } from '../cost/load-profile';
import { tokenMixOf, type ApiModel, type OptionModel } from '../cost/option-model';
import { pinSelections } from '../cost/pin-selections';
import { resolveGpu } from '../cost/gpu-select';
import { findExclusions } from '../decision/constraints';
import { OPTION_IDS, type OptionId } from '../option-ids';
import { resolvePtu } from '../options/provisioned-throughput/resolve-ptu';
import { suggestBasePtu } from '../options/provisioned-throughput/build';
import { monthlyTokensOf, type GpuAssumptions, type Scenario } from '../scenario/schema';

/**
 * The scenario an analysis varies: every choice the planner makes at evaluation time written out
 * (`pinSelections`: the GPU plan and PTU sizing chosen today), and a PTU spillover base left to the planner
 * pinned at today's cost-minimising size. A change of one input then moves the cost of today's plan, as the
 * cost chart does, instead of quietly choosing another plan. At today's values it evaluates exactly like the
 * scenario itself.
 */
export function pinForAnalysis(scenario: Scenario): Scenario {
  const pinned = keepInfeasibleAuto(scenario, pinSelections(scenario));
  const provisioned = pinned.options.provisioned_throughput;
  if (!provisioned.spillover.enabled || provisioned.spillover.basePtu !== null) return pinned;
  const ctx = contextOf(pinned);
  const ptu = resolvePtu(ctx).ptu;
  if (!ptu) return pinned;
  const profile = dailyLoadProfile(pinned.workload.peakToAverage);
  const basePtu = suggestBasePtu(ctx, ptu, monthlyTokensOf(pinned.requirements), profile);
  return {
    ...pinned,
    options: {
      ...pinned.options,
      provisioned_throughput: { ...provisioned, spillover: { enabled: true, basePtu } },
    },
  };
}

/**
 * An automatic GPU choice that finds no workable plan today stays automatic: written out as a manual plan it
 * would lose the reason it is ruled out (no open model fits), and the option would compete when it cannot.
 */
function keepInfeasibleAuto(scenario: Scenario, pinned: Scenario): Scenario {
  const ctx = contextOf(scenario);
  const monthlyTokens = monthlyTokensOf(scenario.requirements);
  const keep = (gpu: GpuAssumptions | null) =>
    gpu !== null && gpu.selection === 'auto' && resolveGpu(ctx, gpu, monthlyTokens).problems.length > 0;
  const custom = scenario.options.custom_deployment.gpu;
  const kubernetes = scenario.options.kubernetes.gpu;
  if (!keep(custom) && !keep(kubernetes)) return pinned;
  return {
    ...pinned,
    options: {
      ...pinned.options,
      custom_deployment: { ...pinned.options.custom_deployment, ...(keep(custom) ? { gpu: custom } : {}) },
      kubernetes: { ...pinned.options.kubernetes, ...(keep(kubernetes) ? { gpu: kubernetes } : {}) },
    },
  };
}

/** What the recommendation rule sees for one scenario: costs, who is eligible, and who wins. */
export type Decision = {
  monthlyTokens: number;
  /** Monthly cost per option, USD per month, in OPTION_IDS order. */
  costs: Float64Array;
  /** Whether each option (OPTION_IDS order) is eligible: not ruled out. */
  eligible: boolean[];
  /** The cheapest eligible option (ties go to the simpler one), or null when every option is ruled out. */
  option: OptionId | null;
};

/**
 * Decides like `evaluateScenario(...).recommendation.option` (same builders, exclusions and tie rule; a test
 * holds the two equal) without break-evens, explanations or line items, so a Monte Carlo can afford thousands.
 * The API model is passed in: none of the analysed inputs changes it.
 */
export function decide(scenario: Scenario, api: ApiModel): Decision {
  const ctx = { scenario, mix: tokenMixOf(scenario), display: scenario.display, api };
  const models: OptionModel[] = OPTION_IDS.map((id) => buildOption(scenario, id, ctx));
  const excluded = new Set(findExclusions(models, scenario.requirements, api).map((e) => e.option));
  const monthlyTokens = monthlyTokensOf(scenario.requirements);
  const costs = new Float64Array(OPTION_IDS.length);
  const eligible: boolean[] = [];
  let option: OptionId | null = null;
  let best = Infinity;
  OPTION_IDS.forEach((id, i) => {
    const cost = costAt(models[i]!.structure, monthlyTokens);
    costs[i] = cost;
    eligible.push(!excluded.has(id));
    // Strictly cheaper only: on a tie the earlier (simpler) option keeps the lead, as in `recommend`.
    if (!excluded.has(id) && cost < best) {
      best = cost;
      option = id;
    }
  });
  return { monthlyTokens, costs, eligible, option };
}

/** Eligible options of a decision, cheapest first (ties to the simpler option), as `recommend` orders them. */
export function eligibleByCost(decision: Decision): OptionId[] {
  return OPTION_IDS.map((id, i) => ({ id, i }))
    .filter(({ i }) => decision.eligible[i])
    .sort((x, y) => decision.costs[x.i]! - decision.costs[y.i]! || x.i - y.i)
    .map(({ id }) => id);
}
