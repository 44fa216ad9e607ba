import {
  analyseEvolution,
  COMMIT_MONTHS,
  formatCount,
  formatMoney,
  formatPercent,
  formatTokens,
  OPTION_LABELS,
  roadmapSlideData,
  TERM_LABELS,
  type Evaluation,
  type OptionResult,
  type PlanTerm,
  type RoadmapSlideData,
  type Scenario,
} from '../../core';
import { mdList, mdTable, mdText } from './markdown';

/** "1 month", "36 months". */
export function months(count: number): string {
  return `${formatCount(count)} month${count === 1 ? '' : 's'}`;
}

/** The roadmap of a scenario with a horizon over one month (with or without growth); null otherwise. */
export function roadmapOf(scenario: Scenario): RoadmapSlideData | null {
  return scenario.evolution.horizonMonths > 1 ? roadmapSlideData(analyseEvolution(scenario)) : null;
}

/** A term with the months it binds: "yearly reservation (12-month commitment)", "pay-as-you-go (no commitment)". */
function termWords(term: PlanTerm): string {
  const bound = COMMIT_MONTHS[term];
  return `${TERM_LABELS[term]} (${bound > 0 ? `${bound}-month commitment` : 'no commitment'})`;
}

/**
 * The commitment behind an option's capacity: the PTU reservation term, the GPU VMs' price term, or none for
 * pay-per-token options and capacity without a term in the scenario.
 */
export function commitmentOf(scenario: Scenario, option: OptionResult): string {
  if (option.id === 'serverless_api' || option.id === 'private_endpoints') return 'none (pay per token)';
  if (option.id === 'provisioned_throughput') {
    const ptu = scenario.options.provisioned_throughput.ptu;
    return ptu ? termWords(ptu.term) : 'none stated';
  }
  const gpu = scenario.options[option.id].gpu;
  return gpu ? termWords(gpu.priceTerm) : 'none stated';
}

/** How the volume moves over the horizon, in words. */
function growthWords(scenario: Scenario): string {
  const { growth, horizonMonths } = scenario.evolution;
  if (growth.mode === 'points') {
    const points = growth.points.map((p) => `month ${p.month}: ${formatTokens(p.monthlyTokens)}`);
    return `Volume follows the known points (${points.join(', ')}), geometric in between, over ${months(horizonMonths)}.`;
  }
  if (growth.monthlyRate === 0) return `Volume stays at today's level for ${months(horizonMonths)}.`;
  return `Volume ${growth.monthlyRate > 0 ? 'grows' : 'shrinks'} by ${formatPercent(Math.abs(growth.monthlyRate), 1)} a month for ${months(horizonMonths)}.`;
}

/**
 * The roadmap section: how the volume moves, the plan in sentences, its total and present value beside every
 * static choice, and the best static choice with what the plan saves on it.
 */
export function roadmapSection(scenario: Scenario, roadmap: RoadmapSlideData): string {
  const money = (usd: number) => formatMoney(usd, scenario.display);
  const plan = roadmap.totals[0];
  const statics = roadmap.totals.filter((t) => t.option !== null && t.totalUsd !== null);
  const best = [...statics].sort((a, b) => (a.totalUsd ?? 0) - (b.totalUsd ?? 0))[0];
  const rate = scenario.evolution.annualDiscountRate;
  const summary =
    plan && plan.totalUsd !== null
      ? [
          `Over ${months(roadmap.horizonMonths)} the roadmap costs **${money(plan.totalUsd)}** in all, commitments and moves included` +
            (rate > 0 && plan.presentValueUsd !== null
              ? `; its present value at ${formatPercent(rate, 1)} a year is ${money(plan.presentValueUsd)}.`
              : '.'),
          best && best.totalUsd !== null
            ? `The best static choice is ${mdText(best.label)}: ${money(best.totalUsd)}, so the roadmap saves ${money(roadmap.savingUsd)}.`
            : 'No option can be used all along.',
        ].join(' ')
      : '';
  const rows = roadmap.totals.map((t) => [
    t.option === null ? `**${mdText(t.label)}**` : mdText(t.label),
    t.totalUsd === null ? 'ruled out' : money(t.totalUsd),
    t.presentValueUsd === null ? '—' : money(t.presentValueUsd),
    t.planSavesUsd === null ? '—' : money(t.planSavesUsd),
  ]);
  return [
    `## Roadmap over ${months(roadmap.horizonMonths)}`,
    mdText(growthWords(scenario)),
    `### The plan\n\n${mdList(roadmap.sentences.map(mdText))}`,
    summary,
    mdTable(
      ['Choice', `Total over ${months(roadmap.horizonMonths)}`, 'Present value', 'Roadmap saves'],
      rows,
      [1, 2, 3],
    ),
  ]
    .filter((part) => part.length > 0)
    .join('\n\n');
}

/** Term cost of each option at today's volume: monthly × horizon plus setup, and the commitment behind it. */
export function termCostSection(scenario: Scenario, evaluation: Evaluation): string {
  const horizon = scenario.evolution.horizonMonths;
  const money = (usd: number) => formatMoney(usd, scenario.display);
  const rows = evaluation.options.map((o) => [
    mdText(OPTION_LABELS[o.id]),
    money(o.monthlyCost),
    money(o.setupCost),
    money(o.monthlyCost * horizon + o.setupCost),
    mdText(commitmentOf(scenario, o)),
  ]);
  return [
    `### Term costs over ${months(horizon)}`,
    `At today's volume, without growth: monthly cost × ${formatCount(horizon)} + setup. The commitment is what buying the capacity binds you to.`,
    mdTable(
      ['Option', 'Monthly cost', 'Setup (one-off)', `Over ${months(horizon)}`, 'Commitment'],
      rows,
      [1, 2, 3],
    ),
  ].join('\n\n');
}
