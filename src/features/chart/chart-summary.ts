import { formatCountOf, type ChartModel, type OptionId } from '../../core';

/**
 * The cost chart's text alternative: what is plotted on which scales, and how many break-even points are
 * drawn. Crossings that involve a hidden option are not drawn, so the count says so rather than promising
 * markers the chart does not show (found by review); the table below lists every one.
 */
export function chartSummary(
  model: Pick<ChartModel, 'xScale' | 'breakEvens'>,
  visible: readonly OptionId[],
  excludedCount: number,
  yScale: 'log' | 'linear',
): string {
  const all = model.breakEvens.length;
  const drawn = model.breakEvens.filter((be) => visible.includes(be.a) && visible.includes(be.b)).length;
  const ruledOut = excludedCount > 0 ? ` (${excludedCount} ruled out, drawn faded)` : '';
  const points =
    drawn === all
      ? `with ${formatCountOf(all, 'break-even point')}`
      : `with ${drawn} of the ${formatCountOf(all, 'break-even point')} drawn (the others involve hidden options)`;
  return `Line chart of monthly cost (${yScale} scale) against monthly tokens (${model.xScale} scale) for ${formatCountOf(visible.length, 'option')}${ruledOut}, ${points}; the table “Break-even points” below lists them all.`;
}
