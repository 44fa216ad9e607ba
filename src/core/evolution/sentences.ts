import { formatCountOf, formatMoney, formatPercent, formatTokens } from '../format';
import { namedOption } from './labels';
import type { EvolutionAnalysis } from './plan';
import type { PlanProblem } from './problem';
import type { CapacityEvent, SimulatedSwitch } from './simulate';
import { TERM_LABELS, type PlanTerm, type TermVariant } from './term-variants';

/**
 * Months until a move pays for itself: the first n with Σ_{k=m}^{m+n−1} (cost of staying on the variant left −
 * cost of the new one, both with capacity sized to month k) ≥ the one-off cost. 0 when the move costs nothing
 * one-off; null when the savings inside the horizon never add up to it.
 */
export function paybackMonths(
  problem: PlanProblem,
  change: SimulatedSwitch,
  oneOffUsd: number,
): number | null {
  if (oneOffUsd <= 0) return 0;
  if (change.from === null) return null;
  const { horizon, runUsd } = problem;
  let saved = 0;
  for (let k = change.month; k < horizon; k += 1) {
    saved += runUsd[change.from * horizon + k]! - runUsd[change.to * horizon + k]!;
    if (saved >= oneOffUsd) return k - change.month + 1;
  }
  return null;
}

/** "(month 11)", "(months 11, 17 and 21)", or "between months 41 and 59" for more than five. */
function whenMonths(months: readonly number[]): string {
  if (months.length > 5) return `between months ${months[0]} and ${months[months.length - 1]}`;
  return `(month${months.length === 1 ? '' : 's'} ${listMonths(months)})`;
}

function listMonths(months: readonly number[]): string {
  if (months.length <= 1) return months.join('');
  return `${months.slice(0, -1).join(', ')} and ${months[months.length - 1]}`;
}

/** "on a yearly reservation", "on pay-as-you-go", "billed by the hour". */
export function onTerm(term: PlanTerm): string {
  if (term === 'hourly') return 'billed by the hour';
  if (term === 'payg' || term === 'spot') return `on ${TERM_LABELS[term]}`;
  return `on a ${TERM_LABELS[term]}`;
}

/** "20 PTU yearly" / "2 × Standard_… on a 3-year reservation" / "" for per-token options. */
function capacityPhrase(variant: TermVariant, units: number): string {
  if (variant.term === null || units <= 0) return '';
  const capacity = variant.capacityLabel(units);
  if (variant.term === 'yearly') return `${capacity} yearly`;
  if (variant.term === 'monthly') return `${capacity} on monthly reservations`;
  return `${capacity} ${onTerm(variant.term)}`;
}

/** Capacity changes while the plan stays on one variant, in one sentence (none: empty). */
function capacitySentence(variant: TermVariant, events: readonly CapacityEvent[], units: number[]): string {
  if (variant.commitMonths > 0) {
    const resized = events.filter((e) => e.kind === 'resize');
    const renewed = events.filter((e) => e.kind === 'renew');
    const parts: string[] = [];
    const last = resized[resized.length - 1];
    if (resized.length === 1 && last)
      parts.push(
        `In month ${last.month} the reservation grows to ${variant.capacityLabel(last.units)}, with a new ${variant.commitMonths}-month term.`,
      );
    else if (last)
      parts.push(
        `The reservation grows ${resized.length} times ${whenMonths(resized.map((e) => e.month))}, each time to the month's need with a new ${variant.commitMonths}-month term, reaching ${variant.capacityLabel(last.units)}.`,
      );
    if (renewed.length > 0)
      parts.push(`It renews ${whenMonths(renewed.map((e) => e.month))} at that month's need.`);
    return parts.join(' ');
  }
  const low = Math.min(...units);
  const high = Math.max(...units);
  if (variant.term === null || high <= 0 || low === high) return '';
  return `Capacity follows the volume between ${variant.capacityLabel(low)} and ${variant.capacityLabel(high)}.`;
}

/**
 * The plan in sentences with its numbers: where it starts, each move or change of term with the volume that
 * triggers it, its monthly cost, one-off cost and payback, reservations still paid after a move, capacity
 * changes on the way, and the totals against the best static choice. Options are named with the model they
 * serve. Pure; money in the scenario's display currency.
 */
export function roadmapSentences(analysis: EvolutionAnalysis): string[] {
  const { problem, simulation, plan, display, illustrative, bestStatic } = analysis;
  const { variants, horizon, monthlyTokens } = problem;
  const money = (usd: number) => formatMoney(usd, display);
  const sentences: string[] = [];
  if (analysis.allExcluded)
    sentences.push(
      'Every option is ruled out for this scenario (see the recommendation): this roadmap ignores those rules.',
    );
  if (horizon === 0 || simulation.months.length === 0)
    return [...sentences, 'The horizon has no months to plan.'];
  simulation.switches.forEach((change, index) => {
    const to = variants[change.to]!;
    const m = change.month;
    const held = simulation.months[m]!.unitsHeld;
    const capacity = capacityPhrase(to, held);
    const monthly = money(simulation.months[m]!.runUsd);
    const oneOff = plan.switches[index]!.oneOffCost;
    if (change.from === null) {
      sentences.push(
        `Start on ${namedOption(to, illustrative)}${capacity ? ` with ${capacity}` : ''} (${monthly}/month${oneOff > 0 ? `, ${money(oneOff)} setup` : ''}).`,
      );
    } else {
      const from = variants[change.from]!;
      const rising = monthlyTokens[m]! >= monthlyTokens[m - 1]!;
      const tokens = monthlyTokens[m]!;
      const volume = rising
        ? `passes ${formatTokens(tokens)} tokens/month`
        : tokens < 1
          ? 'falls below 1 token/month'
          : `falls to ${formatTokens(tokens)} tokens/month`;
      const when = `In month ${m}, when volume ${volume}`;
      const payback = paybackMonths(problem, change, oneOff);
      const cost =
        oneOff > 0
          ? `; switching costs ${money(oneOff)}${payback === null ? ', which the lower monthly costs do not recover inside the horizon on their own' : ` and pays back in ${formatCountOf(payback, 'month')}`}`
          : '';
      if (from.option === to.option)
        sentences.push(
          `${when}, ${to.commitMonths > 0 ? `reserve ${capacity}` : `move to ${capacity || (to.term ? TERM_LABELS[to.term] : 'the new terms')}`} (${monthly}/month)${cost}.`,
        );
      else
        sentences.push(
          `${when}, move to ${namedOption(to, illustrative)}${capacity ? `: ${to.commitMonths > 0 ? 'reserve ' : ''}${capacity}` : ''} (${monthly}/month)${cost}.`,
        );
      for (const left of simulation.left.filter((l) => l.fromMonth === m && l.variant === change.from))
        sentences.push(
          `The ${from.term ? TERM_LABELS[from.term] : 'reservation'} of ${from.capacityLabel(left.units)} is still paid until month ${left.untilMonth - 1} (${money(left.usdPerMonth)}/month).`,
        );
    }
    const end = simulation.switches[index + 1]?.month ?? horizon;
    const stint = simulation.months.slice(m, end).map((month) => month.unitsHeld);
    const events = simulation.events.filter((e) => e.month > m && e.month < end && e.variant === change.to);
    const more = capacitySentence(to, events, stint);
    if (more) sentences.push(more);
  });
  if (simulation.switches.length === 1) {
    const first = simulation.months[0]!.runUsd;
    const final = simulation.months[horizon - 1]!.runUsd;
    const low = formatTokens(monthlyTokens[0]!);
    const high = formatTokens(monthlyTokens[horizon - 1]!);
    if (horizon > 1)
      sentences.push(
        low === high
          ? `Stay on it for all ${horizon} months.`
          : `Stay on it for all ${horizon} months while volume ${monthlyTokens[horizon - 1]! > monthlyTokens[0]! ? 'grows' : 'falls'} from ${low} to ${high} tokens/month and the monthly cost from ${money(first)} to ${money(final)}.`,
      );
  }
  if (plan.committedAfterHorizon)
    sentences.push(
      `The reservation in use at the end runs to month ${plan.committedAfterHorizon.untilMonth}: ${money(plan.committedAfterHorizon.usd)} more is committed after month ${horizon - 1}, not in the total below (the workload is assumed to keep using it).`,
    );
  if (analysis.cappedFrom !== null)
    sentences.push(
      `From month ${analysis.cappedFrom} the volume is capped at ${formatTokens(1e15)} tokens/month, the most the planner accepts.`,
    );
  const rate = analysis.annualDiscountRate;
  const totals = `Over ${formatCountOf(horizon, 'month')} the plan costs ${money(plan.total)}${rate > 0 ? ` (present value ${money(plan.presentValue)} at ${formatPercent(rate, 1)} a year)` : ''}`;
  if (!bestStatic) sentences.push(`${totals}.`);
  else {
    const saving = bestStatic.total - plan.total;
    const choice = `${bestStatic.name}${bestStatic.term ? ` ${onTerm(bestStatic.term)}` : ''} all along`;
    sentences.push(
      saving >= 0.5
        ? `${totals}, ${money(saving)} less than the best single choice, ${choice} (${money(bestStatic.total)}).`
        : `${totals}: the best single choice, ${choice}, is the plan.`,
    );
  }
  return sentences;
}
