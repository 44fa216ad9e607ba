import {
  formatCount,
  formatMoney,
  formatNumber,
  formatPercent,
  formatRate,
  formatTokens,
  withVolumeLabels,
  OPTION_LABELS,
  PRESET_LABELS,
  type Evaluation,
  type OptionResult,
  type Scenario,
  type ServedModel,
} from '../core';
import { textList, textTable, type Style } from './text-table';

function capacityText(option: OptionResult): string {
  const c = option.capacity;
  if (!c) return '—';
  const text = `${formatCount(c.units)} ${c.unitLabel}, ${formatPercent(c.utilization)} used`;
  return text;
}

/** "gpt-4.1 (rated 1,350)": the model with its rating on the planner's scale, when it has one. */
export function modelText(model: ServedModel): string {
  return model.capability === null ? model.label : `${model.label} (rated ${formatCount(model.capability)})`;
}

function heading(scenario: Scenario, evaluation: Evaluation, version: string): string {
  const r = scenario.requirements;
  const { currency, usdToCurrency, rateAsOf } = scenario.display;
  const money =
    currency === 'USD'
      ? 'USD'
      : `${currency} at ${formatNumber(usdToCurrency, 6)} per USD${rateAsOf ? ` (${rateAsOf})` : ''}`;
  return [
    `AI Cost Planner ${version} · ${scenario.name ? `${scenario.name} · ` : ''}${PRESET_LABELS[scenario.preset]}, revision ${scenario.presetRevision} · ${money}`,
    `Volume: ${formatTokens(evaluation.monthlyTokens)} tokens/month (${formatCount(r.monthlyRequests)} requests × ${formatCount(r.inputTokensPerRequest + r.outputTokensPerRequest)} tokens) · budget ${formatMoney(r.monthlyBudget, scenario.display)}/month`,
  ].join('\n');
}

function recommendationText(scenario: Scenario, evaluation: Evaluation, style: Style): string {
  const rec = evaluation.recommendation;
  const option = evaluation.options.find((o) => o.id === rec.option);
  const head = option
    ? `Recommendation: ${option.label} serving ${modelText(option.model)} at ${formatMoney(option.monthlyCost, scenario.display)}/month`
    : 'Recommendation: none: no option meets every requirement';
  const parts = [style.bold(head), textList(rec.reasons)];
  if (rec.warnings.length > 0) parts.push(style.bold('Warnings'), textList(rec.warnings));
  if (rec.excluded.length > 0)
    parts.push(
      style.bold('Ruled out'),
      textList(rec.excluded.map((e) => `${OPTION_LABELS[e.option]}: ${e.reason}`)),
    );
  const caveats = evaluation.caveats.map((c) => c.text);
  if (caveats.length > 0) parts.push(style.bold('Caveats of the preset'), textList(caveats));
  parts.push(`  ${rec.seedRuleNote}`);
  return parts.join('\n');
}

function optionsText(scenario: Scenario, evaluation: Evaluation, style: Style): string {
  const display = scenario.display;
  const rows = evaluation.options.map((o) => [
    `${o.id === evaluation.recommendation.option ? '>' : ' '} ${o.label}`,
    `${modelText(o.model)}${o.smallerModel && !o.exclusion ? ', smaller' : ''}`,
    formatMoney(o.monthlyCost, display),
    formatMoney(o.setupCost, display),
    o.usdPerMTokAllIn === null ? '—' : formatRate(o.usdPerMTokAllIn, display),
    o.withinBudget ? 'yes' : 'over',
    o.exclusion ? `ruled out (${o.exclusion.kind})` : 'eligible',
    capacityText(o),
  ]);
  const table = textTable(
    [
      { title: '  Option' },
      { title: 'Serves' },
      { title: 'Monthly cost', align: 'right' },
      { title: 'Setup', align: 'right' },
      { title: 'Per 1M, all-in', align: 'right' },
      { title: 'In budget' },
      { title: 'Status' },
      { title: 'Capacity' },
    ],
    rows,
    style,
  );
  const notes = evaluation.options.flatMap((o) => o.notes.map((note) => `${o.label}: ${note}`));
  return [
    style.bold(`Options at ${formatTokens(evaluation.monthlyTokens)} tokens/month`),
    table,
    ...(notes.length > 0 ? [textList(notes)] : []),
  ].join('\n');
}

function breakEvenText(scenario: Scenario, evaluation: Evaluation, style: Style): string {
  const title = style.bold(`Break-evens (${evaluation.breakEvens.length})`);
  if (evaluation.breakEvens.length === 0)
    return `${title}\n  No two options swap order between ${formatTokens(evaluation.range.fromTokens)} and ${formatTokens(evaluation.range.toTokens)} tokens/month.`;
  const rows = withVolumeLabels(evaluation.breakEvens).map((be) => [
    be.volumeLabel,
    `${OPTION_LABELS[be.a]} / ${OPTION_LABELS[be.b]}`,
    formatMoney(be.monthlyCost, scenario.display),
    be.kind === 'cross' ? 'lines cross' : 'capacity step',
  ]);
  const table = textTable(
    [
      { title: 'Tokens/month', align: 'right' },
      { title: 'Options' },
      { title: 'Monthly cost', align: 'right' },
      { title: 'How' },
    ],
    rows,
    style,
  );
  const notes = evaluation.notes.length > 0 ? `\n${textList(evaluation.notes)}` : '';
  return `${title}\n${table}${notes}`;
}

function cheapestText(evaluation: Evaluation, style: Style): string {
  const volume = evaluation.monthlyTokens;
  const rows = evaluation.cheapest.map((r) => [
    formatTokens(r.fromTokens),
    formatTokens(r.toTokens),
    OPTION_LABELS[r.option],
    r.fromTokens <= volume && volume <= r.toTokens ? `< this scenario (${formatTokens(volume)})` : '',
  ]);
  const table = textTable(
    [
      { title: 'From', align: 'right' },
      { title: 'To', align: 'right' },
      { title: 'Cheapest eligible option' },
      { title: '' },
    ],
    rows,
    style,
  );
  return `${style.bold('Cheapest option by volume (tokens/month)')}\n${table}`;
}

/** `evaluate --format table`: the evaluation as aligned plain text for a terminal. */
export function evaluationTable(
  scenario: Scenario,
  evaluation: Evaluation,
  style: Style,
  version: string,
): string {
  return `${[
    heading(scenario, evaluation, version),
    recommendationText(scenario, evaluation, style),
    optionsText(scenario, evaluation, style),
    breakEvenText(scenario, evaluation, style),
    cheapestText(evaluation, style),
  ].join('\n\n')}\n`;
}
