import type { MoneyDisplay } from '../format';
import { OPTION_IDS, type OptionId } from '../option-ids';
import { OPTION_LABELS } from '../options/registry';
import type { EvolutionAnalysis } from './plan';
import { roadmapSentences, onTerm } from './sentences';

/** Column keys per option: the plan's cost while it uses the option, a static choice, its running total. */
export type RoadmapSeriesKey = `use_${OptionId}` | `static_${OptionId}` | `cumulative_${OptionId}`;

/** One month of the roadmap charts and tables; money in USD. */
export type RoadmapRow = {
  month: number;
  monthlyTokens: number;
  option: OptionId;
  term: string | null;
  /** Billed this month on the plan: the option in use and reservations still running, USD. */
  planUsd: number;
  /** Starts and moves this month (setup or switching cost, reservation owed after the horizon), USD. */
  oneOffUsd: number;
  /** Everything the plan has cost up to and including this month, one-offs included, USD. */
  planCumulativeUsd: number;
} & Partial<Record<RoadmapSeriesKey, number>>;

/**
 * The plan and every static choice month by month: `use_<option>` holds the plan's monthly cost in the column
 * of the option in use (bars coloured by option), `static_<option>` each eligible static choice's monthly cost
 * (setup excluded, as a line), `cumulative_<option>` its running total with setup in month 0.
 */
export function roadmapRows(analysis: EvolutionAnalysis): RoadmapRow[] {
  const { plan, statics } = analysis;
  const oneOff = new Map<number, number>();
  for (const change of plan.switches)
    oneOff.set(change.month, (oneOff.get(change.month) ?? 0) + change.oneOffCost);
  const running = new Map<OptionId, number>(statics.map((s) => [s.option, s.oneOffUsd]));
  let cumulative = 0;
  return plan.months.map((month) => {
    const once = oneOff.get(month.month) ?? 0;
    cumulative += month.cost + once;
    const row: RoadmapRow = {
      month: month.month,
      monthlyTokens: month.monthlyTokens,
      option: month.option,
      term: month.term,
      planUsd: month.cost,
      oneOffUsd: once,
      planCumulativeUsd: cumulative,
      [`use_${month.option}`]: month.cost,
    };
    for (const choice of statics) {
      const usd = choice.monthlyUsd[month.month] ?? 0;
      const total = (running.get(choice.option) ?? 0) + usd;
      running.set(choice.option, total);
      row[`static_${choice.option}`] = usd;
      row[`cumulative_${choice.option}`] = total;
    }
    return row;
  });
}

/** One line of the totals table: the plan, then each option's static choice (ruled-out options marked). */
export type RoadmapTotal = {
  label: string;
  /** Null for the plan itself. */
  option: OptionId | null;
  /** Null when the option is ruled out. */
  totalUsd: number | null;
  presentValueUsd: number | null;
  /** Static total − plan total (what the plan saves against it), USD; null when ruled out or for the plan. */
  planSavesUsd: number | null;
  /** Why the option cannot be used, when it is ruled out. */
  ruledOut: string | null;
};

/** The plan's total and present value, then every option's static choice in option order. */
export function roadmapTotals(analysis: EvolutionAnalysis): RoadmapTotal[] {
  const { plan, statics, excluded } = analysis;
  return [
    {
      label: 'This roadmap',
      option: null,
      totalUsd: plan.total,
      presentValueUsd: plan.presentValue,
      planSavesUsd: null,
      ruledOut: null,
    },
    ...OPTION_IDS.map((id): RoadmapTotal => {
      const choice = statics.find((s) => s.option === id);
      if (!choice)
        return {
          label: `${OPTION_LABELS[id]} all along`,
          option: id,
          totalUsd: null,
          presentValueUsd: null,
          planSavesUsd: null,
          ruledOut: excluded.find((e) => e.option === id)?.reason ?? 'Ruled out.',
        };
      return {
        label: `${choice.name}${choice.term ? ` ${onTerm(choice.term)}` : ''} all along`,
        option: id,
        totalUsd: choice.total,
        presentValueUsd: choice.presentValue,
        planSavesUsd: choice.total - plan.total,
        ruledOut: null,
      };
    }),
  ];
}

/** What a slide (or any other export) needs to show the roadmap; money in USD, shown with `display`. */
export type RoadmapSlideData = {
  title: string;
  sentences: string[];
  rows: RoadmapRow[];
  totals: RoadmapTotal[];
  /** Options the plan uses, in order of first use, for the legend of the bars. */
  optionsUsed: OptionId[];
  /** Options with a static line. */
  staticOptions: OptionId[];
  horizonMonths: number;
  /** Best static total − plan total, USD (0 when the plan is a static choice). */
  savingUsd: number;
  /** Committed after the horizon by the reservation in use at its end, USD (0 when none); not in the total. */
  committedAfterHorizonUsd: number;
  /** Every option is ruled out: the plan ignores the rules and must not be presented as a recommendation. */
  allExcluded: boolean;
  display: MoneyDisplay;
};

/**
 * Everything the deck's roadmap slide draws: a title, the plan in sentences, the month rows (monthly cost by
 * option in use, static lines, running totals), the totals table and the saving against the best static
 * choice. Pure; the same analysis gives the same data.
 */
export function roadmapSlideData(analysis: EvolutionAnalysis): RoadmapSlideData {
  const { plan, bestStatic, problem } = analysis;
  const optionsUsed: OptionId[] = [];
  for (const month of plan.months) if (!optionsUsed.includes(month.option)) optionsUsed.push(month.option);
  return {
    title: `Roadmap over ${problem.horizon} month${problem.horizon === 1 ? '' : 's'}`,
    sentences: roadmapSentences(analysis),
    rows: roadmapRows(analysis),
    totals: roadmapTotals(analysis),
    optionsUsed,
    staticOptions: analysis.statics.map((s) => s.option),
    horizonMonths: problem.horizon,
    savingUsd: bestStatic ? Math.max(0, bestStatic.total - plan.total) : 0,
    committedAfterHorizonUsd: plan.committedAfterHorizon?.usd ?? 0,
    allExcluded: analysis.allExcluded,
    display: analysis.display,
  };
}
