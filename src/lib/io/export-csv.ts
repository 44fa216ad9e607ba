import { OPTION_IDS, OPTION_LABELS, type ChartModel, type Evaluation, type Scenario } from '../../core';

function cell(value: string | number): string {
  const text =
    typeof value === 'number' ? (Number.isFinite(value) ? String(Number(value.toPrecision(12))) : '') : value;
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function line(values: (string | number)[]): string {
  return values.map(cell).join(',');
}

/**
 * The chart's curve data and the break-evens as CSV, in the display currency, from the same chart rows as the
 * screen. Two tables separated by a blank line, each with a header row that names the unit.
 */
export function buildCsv(scenario: Scenario, evaluation: Evaluation, model: ChartModel): string {
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
  ];
  return `${rows.join('\r\n')}\r\n`;
}
