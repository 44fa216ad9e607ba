import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatMoney,
  formatMoneyCompact,
  formatNumber,
  formatPercent,
  formatRate,
  formatTokens,
  formatTokensAxis,
} from '../../src/core';

const EUR = { currency: 'EUR', usdToCurrency: 0.92 };

/** Every formatter the pages use, by name. */
const FORMATTERS: [string, (x: number) => string][] = [
  ['formatMoney', (x) => formatMoney(x)],
  ['formatMoney EUR', (x) => formatMoney(x, EUR)],
  ['formatMoneyCompact', (x) => formatMoneyCompact(x)],
  ['formatRate', (x) => formatRate(x)],
  ['formatTokens', formatTokens],
  ['formatTokensAxis', formatTokensAxis],
  ['formatCount', formatCount],
  ['formatNumber', (x) => formatNumber(x)],
  ['formatPercent', (x) => formatPercent(x)],
];

/** A minus sign with no non-zero digit after it: "-0", "-0.0", "-$0.00", "-0%". */
const NEGATIVE_ZERO = /-[^1-9]*$/;

describe('no "-0" on any page', () => {
  it.each(FORMATTERS)('%s writes -0 without a sign', (_, format) => {
    expect(format(-0)).not.toMatch(NEGATIVE_ZERO);
    expect(format(-0)).toBe(format(0));
  });

  it('worked examples', () => {
    // No traffic reads "0": a link with no requests showed "At 0.0 tokens/month" (found by review).
    expect(formatTokens(0)).toBe('0');
    expect(formatTokens(-0)).toBe('0');
    // Tokens come whole: a volume decaying towards zero reads "<1", not "0.218".
    expect(formatTokens(0.218)).toBe('<1');
    expect(formatTokens(1)).toBe('1.0');
    expect(formatMoney(-0)).toBe('$0');
    // -0.001 USD rounds to zero cents: "$0.00", not "-$0.00".
    expect(formatMoney(-0.001)).toBe('$0.00');
    expect(formatRate(-0.00001)).toBe('$0.00');
    expect(formatPercent(-0.001)).toBe('0%');
    expect(formatCount(-0.4)).toBe('0');
    // A real negative keeps its sign.
    expect(formatMoney(-5.5)).toBe('-$5.50');
    expect(formatCount(-2_000)).toBe('-2,000');
  });

  it('for any number, a minus sign always comes with a non-zero digit', () => {
    const tiny = fc.oneof(
      fc.double({ min: -1e-3, max: 0, noNaN: true }),
      fc.double({ min: -1, max: 0, noNaN: true }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constant(-0),
    );
    fc.assert(
      fc.property(tiny, (x) => {
        for (const [name, format] of FORMATTERS)
          expect(format(x), `${name}(${x})`).not.toMatch(NEGATIVE_ZERO);
      }),
      { numRuns: 2000 },
    );
  });
});
