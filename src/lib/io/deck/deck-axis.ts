/**
 * A money value axis for a native chart: round ticks from 0 (1, 2, 2.5 or 5 × 10^k, at most six intervals) and
 * an Office number format that reads as people write money on a slide — "$0", "$500K", "$1.4M", "$10M" — where
 * a fixed `#,##0,"K"` gives "1,400K" and "10,000K".
 */
export type MoneyAxis = { maxValue: number; majorUnit: number; formatCode: string };

/** Round step from 0 giving at most six intervals up to `max`. */
function niceStep(max: number): number {
  const rough = max / 6;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  return ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= rough * (1 - 1e-12)) ?? 10) * magnitude;
}

/** Decimals needed to show `value` exactly in units of `unit`, at most two. */
function decimals(value: number, unit: number): number {
  for (let d = 0; d < 2; d += 1) {
    const scaled = (value / unit) * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6) return d;
  }
  return 2;
}

/** Quotes a literal for an Office number format. */
const literal = (text: string) => `"${text.replace(/"/g, '')}"`;

/**
 * The axis for values from 0 to `max` (already in the display currency), labelled with `symbol`. The unit (none,
 * K or M) follows the top tick; the decimals follow the step, so all labels share one precision ("$0.5M",
 * "$1.0M" — or "$1M", "$2M" when the step is whole). Zero reads "$0" through a conditional section.
 */
export function moneyAxis(max: number, symbol: string): MoneyAxis {
  const top = max > 0 && Number.isFinite(max) ? max : 1;
  const step = niceStep(top);
  const maxValue = Math.ceil(top / step - 1e-9) * step;
  const [unit, scale, suffix] =
    maxValue >= 1e6 ? [1e6, ',,', 'M'] : maxValue >= 1e4 ? [1e3, ',', 'K'] : [1, '', ''];
  const d = decimals(step, unit);
  const number = `#,##0${d > 0 ? `.${'0'.repeat(d)}` : ''}${scale}`;
  const sym = literal(symbol);
  return {
    maxValue,
    majorUnit: step,
    formatCode: `[=0]${sym}0;${sym}${number}${suffix ? literal(suffix) : ''}`,
  };
}
