import type { Evaluation, Scenario } from '../core';

/** One CSV field (RFC 4180): quoted when it holds a quote, comma or line break; numbers at 12 significant digits. */
export function csvField(value: string | number | boolean | null): string {
  const text =
    value === null
      ? ''
      : typeof value === 'number'
        ? Number.isFinite(value)
          ? String(Number(value.toPrecision(12)))
          : ''
        : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * `evaluate --format csv`: one table, one row per option, money in the display currency with the unit in each
 * header; CRLF line ends as RFC 4180 asks.
 */
export function evaluationCsv(scenario: Scenario, evaluation: Evaluation): string {
  const { currency, usdToCurrency } = scenario.display;
  const money = (usd: number) => usd * usdToCurrency;
  const header = [
    'Option',
    'Option id',
    'Served model',
    'Capability rating',
    `Monthly cost (${currency}/month)`,
    `Setup cost (${currency})`,
    `All-in cost (${currency} per 1M tokens)`,
    'Monthly tokens (tokens/month)',
    'Within budget',
    'Recommended',
    'Ruled out (kind)',
    'Ruled out because',
    'Capacity (units)',
    'Capacity unit',
    'Utilisation (share of capacity)',
    'Plan problem',
  ];
  const rows = evaluation.options.map((o) => [
    o.label,
    o.id,
    o.model.label,
    o.model.capability,
    money(o.monthlyCost),
    money(o.setupCost),
    o.usdPerMTokAllIn === null ? null : money(o.usdPerMTokAllIn),
    evaluation.monthlyTokens,
    o.withinBudget,
    o.id === evaluation.recommendation.option,
    o.exclusion?.kind ?? null,
    o.exclusion?.reason ?? null,
    o.capacity?.units ?? null,
    o.capacity?.unitLabel ?? null,
    o.capacity?.utilization ?? null,
    o.capacity?.problem ?? null,
  ]);
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
