/**
 * Performance marks for the input → chart budget. An edit marks its start; the chart, once it has rendered
 * rows for the new scenario, closes the measure "input-to-chart" (read by the e2e performance spec).
 */
let pending = false;

export function markInputEdit(): void {
  if (typeof performance === 'undefined') return;
  performance.mark('input-edit');
  pending = true;
}

export function markChartRendered(): void {
  if (!pending || typeof performance === 'undefined') return;
  pending = false;
  performance.mark('chart-rendered');
  performance.measure('input-to-chart', 'input-edit', 'chart-rendered');
}
