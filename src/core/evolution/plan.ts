import { buildOptions, contextOf } from '../cost/build-options';
import { pinSelections } from '../cost/pin-selections';
import { findExclusions, type Exclusion } from '../decision/constraints';
import { formatMoney, formatTokens, type MoneyDisplay } from '../format';
import { OPTION_IDS, type OptionId } from '../option-ids';
import type { Scenario } from '../scenario/schema';
import type { TokensPerMonth, Usd } from '../units';
import { namedOption, optionWithTerm } from './labels';
import { optimisePlan } from './optimise';
import { buildProblem, type PlanProblem } from './problem';
import { simulatePlan, type Simulation, type SimulatedSwitch } from './simulate';
import { TERM_LABELS, termVariants, type PlanTerm } from './term-variants';
import { volumePathDetail } from './volume-path';

/** One month of the plan. */
export type EvolutionMonth = {
  /** 0 = this month. */
  month: number;
  monthlyTokens: TokensPerMonth;
  /** The option in use. */
  option: OptionId;
  /** Its price term ('yearly', 'reserved_3y', …), null for options without capacity terms. */
  term: string | null;
  /** Everything billed this month, USD: the option in use plus reservations still running on options left. */
  cost: Usd;
};

/** A start, a move between options or a change of term. */
export type EvolutionSwitch = {
  month: number;
  /** Null at the start. Equal to `to` when only the term changes. */
  from: OptionId | null;
  to: OptionId;
  /** USD: entering the option (switching cost, or its setup) plus reservation owed after the horizon. */
  oneOffCost: Usd;
  reason: string;
};

/** The lowest-cost plan over the horizon (issue 11's API). */
export type EvolutionPlan = {
  months: EvolutionMonth[];
  switches: EvolutionSwitch[];
  /** Σ months.cost + Σ switches.oneOffCost, USD. */
  total: Usd;
  /** The same payments discounted at the scenario's annual rate, USD today. */
  presentValue: Usd;
  /** Each option run all along on its best single term, USD; null when the option is ruled out. */
  staticTotals: Record<OptionId, number | null>;
  /**
   * The reservation in use at the end of the horizon, for its months after it (USD, last month billed): not in
   * `total`, since the workload is assumed to go on using it, but a commitment the plan signs. Null when none.
   */
  committedAfterHorizon: { usd: Usd; untilMonth: number } | null;
};

/** One option run all along on one term, capacity following the volume. */
export type StaticChoice = {
  option: OptionId;
  term: PlanTerm | null;
  /** USD per month, month 0 … horizon − 1 (setup excluded). */
  monthlyUsd: number[];
  /** Entry (setup or switching cost) in month 0, USD. */
  oneOffUsd: Usd;
  total: Usd;
  presentValue: Usd;
  /** "Kubernetes (self-hosted) serving …". */
  name: string;
};

/** The plan with what views need to explain it. */
export type EvolutionAnalysis = {
  plan: EvolutionPlan;
  problem: PlanProblem;
  simulation: Simulation;
  /** Eligible options' static choices, in option order. */
  statics: StaticChoice[];
  /** The cheapest static choice (ties: the earlier option), null when none. */
  bestStatic: StaticChoice | null;
  excluded: Exclusion[];
  /** Every option is ruled out: the plan then ignores the rules, and says so. */
  allExcluded: boolean;
  /** The seed article's unnamed model: options are named alone. */
  illustrative: boolean;
  cappedFrom: number | null;
  display: MoneyDisplay;
  annualDiscountRate: number;
};

/** Present-value factor of a payment at the start of month m: (1 + annual rate)^(−m ÷ 12). */
export function discountFactor(annualRate: number, month: number): number {
  return (1 + annualRate) ** (-month / 12);
}

function switchReason(analysisInput: {
  problem: PlanProblem;
  change: SimulatedSwitch;
  display: MoneyDisplay;
  illustrative: boolean;
}): string {
  const { problem, change, display, illustrative } = analysisInput;
  const { horizon, variants, runUsd, monthlyTokens } = problem;
  const money = (usd: number) => formatMoney(usd, display);
  const to = variants[change.to]!;
  const tokens = formatTokens(monthlyTokens[change.month]!);
  const newRun = runUsd[change.to * horizon + change.month]!;
  const owed =
    change.owedAfterHorizonUsd > 0
      ? `; includes ${money(change.owedAfterHorizonUsd)} of reservation still owed after month ${horizon - 1}`
      : '';
  if (change.from === null)
    return `Lowest total over ${horizon} month${horizon === 1 ? '' : 's'} starting at ${tokens} tokens/month${change.entryUsd > 0 ? `; setup ${money(change.entryUsd)}` : ''}.`;
  const from = variants[change.from]!;
  const oldRun = runUsd[change.from * horizon + change.month]!;
  if (from.option === to.option)
    return `At ${tokens} tokens/month the ${to.term ? TERM_LABELS[to.term] : 'new term'} costs ${money(newRun)} a month against ${money(oldRun)} on the ${from.term ? TERM_LABELS[from.term] : 'old term'}${owed}.`;
  return `At ${tokens} tokens/month ${namedOption(to, illustrative)} costs ${money(newRun)} a month against ${money(oldRun)} on ${optionWithTerm(from)}${change.entryUsd > 0 ? `; entering it costs ${money(change.entryUsd)}` : ''}${owed}.`;
}

function staticChoices(
  problem: PlanProblem,
  options: readonly OptionId[],
  rate: number,
  illustrative: boolean,
): StaticChoice[] {
  const out: StaticChoice[] = [];
  for (const option of options) {
    let best: StaticChoice | null = null;
    for (let v = 0; v < problem.variants.length; v += 1) {
      const variant = problem.variants[v]!;
      if (variant.option !== option) continue;
      const run = simulatePlan(problem, new Array<number>(problem.horizon).fill(v));
      if (best !== null && run.total >= best.total) continue;
      const monthlyUsd = run.months.map((m) => m.runUsd + m.owedUsd);
      const oneOffUsd = run.switches[0]?.entryUsd ?? 0;
      best = {
        option,
        term: variant.term,
        monthlyUsd,
        oneOffUsd,
        total: run.total,
        presentValue: monthlyUsd.reduce((sum, usd, m) => sum + usd * discountFactor(rate, m), oneOffUsd),
        name: namedOption(variant, illustrative),
      };
    }
    if (best) out.push(best);
  }
  return out;
}

type PlanSettings = { display: MoneyDisplay; rate: number; illustrative: boolean };

/** The API view of a simulated plan: months, switches with reasons, total and present value. */
function planOf(
  problem: PlanProblem,
  simulation: Simulation,
  staticTotals: Record<OptionId, number | null>,
  { display, rate, illustrative }: PlanSettings,
): EvolutionPlan {
  const { variants, monthlyTokens } = problem;
  const months: EvolutionMonth[] = simulation.months.map((m, month) => ({
    month,
    monthlyTokens: monthlyTokens[month]!,
    option: variants[m.variant]!.option,
    term: variants[m.variant]!.term,
    cost: m.runUsd + m.owedUsd,
  }));
  const switches: EvolutionSwitch[] = simulation.switches.map((change) => ({
    month: change.month,
    from: change.from === null ? null : variants[change.from]!.option,
    to: variants[change.to]!.option,
    oneOffCost: change.entryUsd + change.owedAfterHorizonUsd,
    reason: switchReason({ problem, change, display, illustrative }),
  }));
  const total =
    months.reduce((sum, m) => sum + m.cost, 0) + switches.reduce((sum, s) => sum + s.oneOffCost, 0);
  const presentValue =
    months.reduce((sum, m) => sum + m.cost * discountFactor(rate, m.month), 0) +
    switches.reduce((sum, s) => sum + s.oneOffCost * discountFactor(rate, s.month), 0);
  return {
    months,
    switches,
    total,
    presentValue,
    staticTotals,
    committedAfterHorizon: simulation.committedAfterHorizon,
  };
}

/**
 * The analysis of another plan for the same scenario, given as one variant index (into `problem.variants`) per
 * month: what a fixed roadmap would cost by the same rules (tests use it to render plans the optimiser would
 * not choose). Statics stay as they are.
 */
export function analysisOfSequence(
  analysis: EvolutionAnalysis,
  sequence: readonly number[],
): EvolutionAnalysis {
  const simulation = simulatePlan(analysis.problem, sequence);
  const settings = {
    display: analysis.display,
    rate: analysis.annualDiscountRate,
    illustrative: analysis.illustrative,
  };
  return {
    ...analysis,
    simulation,
    plan: planOf(analysis.problem, simulation, analysis.plan.staticTotals, settings),
  };
}

/**
 * The plan with the lowest total cost over the horizon and every static choice, with what views need to explain
 * them. Pure: the same scenario gives the same analysis. See `simulatePlan` for the billing rules and
 * `optimisePlan` for the exact search; options ruled out for the scenario (`recommendation.excluded`) are never
 * used (when all are, the plan ignores the rules and `allExcluded` says so).
 */
export function analyseEvolution(scenario: Scenario): EvolutionAnalysis {
  // The months price the plan chosen today: 'auto' GPU plans and PTUs following the API model are pinned, so a
  // change of volume moves the cost of today's model and VM instead of silently choosing another model per
  // month (the roadmap would then compare unlike plans and change the served model without saying so).
  const pinned = pinSelections(scenario);
  const ctx = contextOf(scenario);
  const excluded = findExclusions(buildOptions(scenario), scenario.requirements, ctx.api);
  const excludedIds = new Set(excluded.map((e) => e.option));
  const allExcluded = excludedIds.size === OPTION_IDS.length;
  const variants = termVariants(pinned);
  const allowed = variants.flatMap((variant, v) =>
    allExcluded || !excludedIds.has(variant.option) ? [v] : [],
  );
  const path = volumePathDetail(scenario);
  const problem = buildProblem(scenario, variants, allowed, path.monthlyTokens);
  const simulation = simulatePlan(problem, optimisePlan(problem).sequence);
  const { display } = scenario;
  const rate = scenario.evolution.annualDiscountRate;
  const illustrative = ctx.api.illustrative;

  // Static totals are null for every ruled-out option, even when all are and the plan ignores the rules.
  const eligible = OPTION_IDS.filter((id) => !excludedIds.has(id));
  const statics = staticChoices(problem, eligible, rate, illustrative);
  const staticTotals = Object.fromEntries(
    OPTION_IDS.map((id) => [id, statics.find((s) => s.option === id)?.total ?? null]),
  ) as Record<OptionId, number | null>; // every id is a key, from OPTION_IDS just above
  const bestStatic = statics.reduce<StaticChoice | null>(
    (best, s) => (best === null || s.total < best.total ? s : best),
    null,
  );
  const settings = { display, rate, illustrative };
  return {
    plan: planOf(problem, simulation, staticTotals, settings),
    problem,
    simulation,
    statics,
    bestStatic,
    excluded,
    allExcluded,
    illustrative,
    cappedFrom: path.cappedFrom,
    display,
    annualDiscountRate: rate,
  };
}

/**
 * The cheapest way to run the workload month by month over the scenario's horizon, with real commitments
 * (see `simulatePlan`): which option and price term each month, the starts and moves with their one-off costs
 * and reasons, the total (USD, = Σ months.cost + Σ switches.oneOffCost), its present value at the scenario's
 * annual discount rate (payments at the start of each month, month 0 undiscounted), and each option's static
 * total (null when ruled out). months.length = the horizon (0 for an invalid horizon of 0: empty plan, total 0).
 */
export function planEvolution(scenario: Scenario): EvolutionPlan {
  return analyseEvolution(scenario).plan;
}
