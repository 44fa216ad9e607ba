import { formatTokens, PRESET_LABELS, type Evaluation, type Scenario } from '../../core';
import { recommendedName, recommendedWithCost } from '../recommendation-text';
import { pricesLine } from './source-notes';

/** The words every export shares: title, one-line scenario summary, and the footnote's price date. */
export type ExportText = { title: string; summary: string; pricesAsOf: string; recommendation: string };

export function exportText(scenario: Scenario, evaluation: Evaluation): ExportText {
  const horizon =
    scenario.amortizationMonths > 0
      ? `setup amortised over ${scenario.amortizationMonths} months`
      : 'run-rate (setup not amortised)';
  const model = scenario.options.serverless_api.modelId;
  return {
    title:
      evaluation.recommendation.option === null
        ? 'LLM deployment cost: no option meets every requirement'
        : `LLM deployment cost: ${recommendedName(evaluation)} recommended`,
    summary: `${formatTokens(evaluation.monthlyTokens)} tokens/month · ${PRESET_LABELS[scenario.preset]}${scenario.preset === 'azure' ? ` (${model})` : ''} · ${horizon} · ${scenario.display.currency}`,
    pricesAsOf: pricesLine(scenario),
    recommendation: recommendedWithCost(evaluation, scenario.display),
  };
}

/** A scenario name as a file-name part: lower case letters, digits and single dashes, at most 40 characters. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
}

/**
 * File names carry the scenario's name and the export date: "bank-chatbot-7.5B-azure-2026-12-02.pptx", or
 * "ai-cost-plan-600M-seed-2026-12-02.png" for an untitled scenario. `isoDate` is YYYY-MM-DD (passed in).
 */
export function exportFileName(
  scenario: Scenario,
  evaluation: Evaluation,
  extension: string,
  isoDate: string,
): string {
  const name = slugify(scenario.name) || 'ai-cost-plan';
  const volume = formatTokens(evaluation.monthlyTokens).replace(/[^0-9A-Za-z.]/g, '');
  return `${name}-${volume}-${scenario.preset}-${isoDate}.${extension}`;
}
