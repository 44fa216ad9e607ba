import { sensitivityReport, type SensitivityReport } from './sensitivity-report';
import {
  inputOf,
  STORED_UNIT,
  OPTION_IDS,
  OPTION_LABELS,
  termLabel,
  analyseEvolution,
  roadmapRows,
  type ChartModel,
  type OptionId,
  type EvolutionAnalysis,
  type Evaluation,
  type Scenario,
} from '../../core';

function cell(value: string | number): string {
  const text =
    typeof value === 'number' ? (Number.isFinite(value) ? String(Number(value.toPrecision(12))) : '') : value;
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function line(values: (string | number)[]): string {
  return values.map(cell).join(',');
}

/** The roadmap month by month: volume, option and model in use, term, cost, one-offs and running total. */
function roadmapTable(
  analysis: EvolutionAnalysis,
  currency: string,
  money: (usd: number) => number,
): string[] {
  const models = new Map(
    analysis.problem.variants.map((v) => [`${v.option}:${v.term}`, v.model.model.label]),
  );
  return [
    line([
      'Month (0 = this month)',
      'Monthly tokens (tokens/month)',
      'Option in use',
      'Served model',
      'Term',
      `Cost (${currency}/month)`,
      `One-off cost (${currency})`,
      `Cumulative cost (${currency})`,
    ]),
    ...roadmapRows(analysis).map((row) =>
      line([
        row.month,
        row.monthlyTokens,
        OPTION_LABELS[row.option],
        models.get(`${row.option}:${row.term}`) ?? '',
        termLabel(row.term) ?? 'no term',
        money(row.planUsd),
        money(row.oneOffUsd),
        money(row.planCumulativeUsd),
      ]),
    ),
  ];
}

/** Where the recommendation changes, one input at a time: values in the input's stored unit. */
function thresholdsTable(report: SensitivityReport): string[] {
  const becomes = (id: OptionId | null | undefined) =>
    id === undefined ? '' : id === null ? 'no option eligible' : OPTION_LABELS[id];
  return [
    line([
      'Input',
      'Scenario path',
      'Unit',
      'Today',
      'Changes below',
      'Becomes below',
      'Changes above',
      'Becomes above',
      'Found',
      'Searched from',
      'Searched to',
    ]),
    ...report.thresholds.map((t) => {
      const unit = inputOf(t.input)?.unit;
      return line([
        t.label,
        t.input,
        unit ? STORED_UNIT[unit] : '',
        t.current,
        t.lower?.value ?? '',
        becomes(t.lower?.becomes),
        t.upper?.value ?? '',
        becomes(t.upper?.becomes),
        t.method === 'exact' ? 'exactly' : 'bracketed search (relative tolerance 1e-6)',
        t.searched.min,
        t.searched.max,
      ]);
    }),
  ];
}

/** The Monte Carlo's summary: chance of being the cheapest eligible option and cost percentiles per option. */
function simulationTable(
  report: SensitivityReport,
  currency: string,
  money: (usd: number) => number,
): string[] {
  const sim = report.simulation;
  if (!sim) return [];
  return [
    '',
    line([
      `Option (simulation of ${sim.samples} samples with seed ${sim.seed})`,
      'Probability cheapest (0–1)',
      `P10 (${currency}/month)`,
      `P50 (${currency}/month)`,
      `P90 (${currency}/month)`,
    ]),
    ...OPTION_IDS.map((id) =>
      line([
        OPTION_LABELS[id],
        sim.probabilityCheapest[id],
        money(sim.quantiles[id].p10),
        money(sim.quantiles[id].p50),
        money(sim.quantiles[id].p90),
      ]),
    ),
    ...(sim.probabilityNone > 0 ? [line(['No option eligible', sim.probabilityNone, '', '', ''])] : []),
  ];
}

/**
 * The chart's curve data, the break-evens, the roadmap, the thresholds and (when run) the simulation summary as
 * CSV, in the display currency, from the same rows as the screen. Tables separated by a blank line, each with a
 * header row that names the unit.
 */
export function buildCsv(
  scenario: Scenario,
  evaluation: Evaluation,
  model: ChartModel,
  roadmap: EvolutionAnalysis = analyseEvolution(scenario),
  sensitivity: SensitivityReport = sensitivityReport(scenario),
): string {
  const { currency, usdToCurrency } = scenario.display;
  const money = (usd: number) => usd * usdToCurrency;
  const rows = [
    line([
      'Monthly tokens (tokens/month)',
      ...OPTION_IDS.map((id) => `${OPTION_LABELS[id]} (${currency}/month)`),
      'Point',
    ]),
    ...model.rows.map((row) =>
      line([
        row.tokens,
        ...OPTION_IDS.map((id) => money(row[id])),
        row.corner === 'before'
          ? 'before capacity step'
          : row.corner === 'after'
            ? 'after capacity step'
            : 'sample',
      ]),
    ),
    '',
    line([
      'Option A',
      'Option B',
      'Break-even (tokens/month)',
      `Monthly cost at break-even (${currency}/month)`,
      'How',
    ]),
    ...evaluation.breakEvens.map((be) =>
      line([
        OPTION_LABELS[be.a],
        OPTION_LABELS[be.b],
        be.monthlyTokens,
        money(be.monthlyCost),
        be.kind === 'cross' ? 'lines cross' : 'at a capacity step',
      ]),
    ),
    '',
    ...roadmapTable(roadmap, currency, money),
    '',
    ...thresholdsTable(sensitivity),
    ...simulationTable(sensitivity, currency, money),
  ];
  return `${rows.join('\r\n')}\r\n`;
}
