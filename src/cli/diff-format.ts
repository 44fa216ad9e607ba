import { formatMoney, formatTokens, OPTION_LABELS, type OptionId } from '../core';
import { mdList, mdTable, mdText } from '../lib/io/markdown';
import type { DiffReport } from '../lib/scenario-diff';
import { textTable, type Style } from './text-table';

export const DIFF_FORMAT = 'ai-cost-planner/diff';

/** An amount already in the report's currency, formatted as money. */
function money(report: DiffReport, amount: number, signed = false): string {
  const { code, usdToCurrency } = report.currency;
  const text = formatMoney(amount / usdToCurrency, { currency: code, usdToCurrency });
  return signed && amount > 0 ? `+${text}` : text;
}

function optionName(option: OptionId | null): string {
  return option === null ? 'none' : OPTION_LABELS[option];
}

/** Lines about the whole result: volume, recommendation, break-even count (each only when it changed, but the recommendation always). */
function summaryLines(report: DiffReport): string[] {
  const { monthlyTokens: t, recommendation: r, breakEvens: b } = report;
  return [
    ...(t.old !== t.new
      ? [`Monthly volume: ${formatTokens(t.old)} → ${formatTokens(t.new)} tokens/month`]
      : []),
    r.changed
      ? `Recommendation: ${optionName(r.old)} → ${optionName(r.new)}`
      : `Recommendation: ${optionName(r.new)} (unchanged)`,
    ...(b.old !== b.new ? [`Break-evens: ${b.old} → ${b.new}`] : []),
  ];
}

function inputRows(report: DiffReport): string[][] {
  return report.inputs.map((c) => [c.path, c.oldText, c.newText]);
}

function costRows(report: DiffReport): string[][] {
  return report.costs.map((c) => [
    c.label,
    money(report, c.old),
    money(report, c.new),
    money(report, c.difference, true),
  ]);
}

/** `diff --format table`. */
export function diffTable(report: DiffReport, style: Style): string {
  const parts: string[] = [];
  parts.push(style.bold(`Inputs (${report.inputs.length} differ)`));
  parts.push(
    report.inputs.length > 0
      ? textTable([{ title: 'Path' }, { title: 'Old' }, { title: 'New' }], inputRows(report), style)
      : '  No inputs differ.',
  );
  parts.push('', style.bold(`Results (${report.currency.code}/month)`));
  parts.push(...summaryLines(report).map((line) => `  ${line}`));
  parts.push(
    report.costs.length > 0
      ? textTable(
          [
            { title: 'Option' },
            { title: 'Old', align: 'right' },
            { title: 'New', align: 'right' },
            { title: 'Difference', align: 'right' },
          ],
          costRows(report),
          style,
        )
      : '  No monthly cost changed.',
  );
  return `${parts.join('\n')}\n`;
}

/** `diff --format md`: the same as GitHub Markdown, for a pull request comment. */
export function diffMarkdown(report: DiffReport): string {
  const inputs =
    report.inputs.length > 0
      ? mdTable(
          ['Path', 'Old', 'New'],
          report.inputs.map((c) => [`\`${c.path}\``, mdText(c.oldText), mdText(c.newText)]),
        )
      : 'No inputs differ.';
  const costs =
    report.costs.length > 0
      ? mdTable(
          ['Option', 'Old', 'New', 'Difference'],
          costRows(report).map((row) => row.map(mdText)),
          [1, 2, 3],
        )
      : 'No monthly cost changed.';
  return `${[
    '## Scenario diff',
    `### Inputs (${report.inputs.length} differ)`,
    inputs,
    `### Results (${report.currency.code}/month)`,
    mdList(summaryLines(report).map(mdText)),
    costs,
  ].join('\n\n')}\n`;
}

/** `diff --format json`: the report with its format name and version. */
export function diffJson(report: DiffReport): string {
  return `${JSON.stringify({ format: DIFF_FORMAT, formatVersion: 1, ...report }, null, 2)}\n`;
}
