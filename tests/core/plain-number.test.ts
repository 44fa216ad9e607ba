import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCompact, formatPercentPlain, formatPlain, withDollar } from '../../src/core/plain-number';

// signDisplay "negative": no minus on a number shown as zero ("-0" never reaches a page).
const intlPlain = (value: number, digits: number) =>
  new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, signDisplay: 'negative' }).format(value);
const intlCompact = (value: number, min: number, max: number) =>
  new Intl.NumberFormat('en-US', {
    notation: 'compact',
    minimumSignificantDigits: min,
    maximumSignificantDigits: max,
    signDisplay: 'negative',
  }).format(value);

/** Doubles a planner meets: wide magnitudes, exact halves, powers of ten and their neighbours. */
const plannerNumber = fc.oneof(
  fc.double({ min: -1e20, max: 1e20, noNaN: true }),
  fc.integer({ min: -1e9, max: 1e15 }),
  fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: -3, max: 3 })).map(([p, d]) => 10 ** p + d),
  fc
    .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: -6, max: 15 }))
    .map(([m, p]) => (m + 0.5) * 10 ** p),
  fc.constantFrom(0, -0, 999.5, 999_999, 999_500, 1e15, 1e21, Infinity, -Infinity, NaN, 0.0005, 1.005, 2.675),
);

describe('formatPlain matches Intl.NumberFormat en-US', () => {
  it('worked examples', () => {
    expect(formatPlain(2_000_000, 6)).toBe('2,000,000');
    expect(formatPlain(0.075, 6)).toBe('0.075');
    expect(formatPlain(13_698.63, 0)).toBe('13,699');
    expect(formatPlain(-1234.5, 0)).toBe('-1,235');
    expect(formatPlain(1.75, 3)).toBe('1.75');
  });
  it('never writes "-0": negative zero and negatives that round to zero read "0"', () => {
    expect(formatPlain(-0, 3)).toBe('0');
    expect(formatPlain(-0.0001, 3)).toBe('0');
    expect(formatPlain(-0.0004, 3)).toBe('0');
    expect(formatPlain(-0.0005, 3)).toBe('-0.001'); // half away from zero: a visible digit, so the sign stays
    expect(formatCompact(-0, 2, 3)).toBe('0.0');
    expect(formatCompact(-0, 1, 3)).toBe('0');
    fc.assert(
      fc.property(
        fc.double({ min: -1e-3, max: 0, noNaN: true }),
        fc.integer({ min: 0, max: 2 }),
        (x, digits) => {
          expect(formatPlain(x, digits)).not.toMatch(/^-0(\.0*)?$/);
        },
      ),
    );
  });
  it('for any number and 0–6 decimals', () => {
    fc.assert(
      fc.property(plannerNumber, fc.integer({ min: 0, max: 6 }), (value, digits) => {
        expect(formatPlain(value, digits)).toBe(intlPlain(value, digits));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('formatCompact matches Intl compact notation en-US', () => {
  it('worked examples', () => {
    expect(formatCompact(6e8, 2, 3)).toBe('600M');
    expect(formatCompact(1e9, 2, 3)).toBe('1.0B');
    expect(formatCompact(10e9 / 3, 2, 3)).toBe('3.33B');
    expect(formatCompact(14e9, 2, 3)).toBe('14B');
    expect(formatCompact(999_999, 2, 3)).toBe('1.0M');
    expect(formatCompact(2.5e9, 1, 3)).toBe('2.5B');
  });
  it('for any number, with the token and axis settings', () => {
    fc.assert(
      fc.property(plannerNumber, fc.constantFrom([2, 3], [1, 3], [1, 2]), (value, [min = 1, max = 3]) => {
        expect(formatCompact(value, min, max)).toBe(intlCompact(value, min, max));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('money and percentages without Intl match Intl.NumberFormat en-US', () => {
  const intl = (options: Intl.NumberFormatOptions) => (value: number) =>
    new Intl.NumberFormat('en-US', { signDisplay: 'negative', ...options }).format(value);
  const usd = (min: number, max: number) =>
    intl({ style: 'currency', currency: 'USD', minimumFractionDigits: min, maximumFractionDigits: max });

  it('worked examples', () => {
    expect(withDollar(formatPlain(5000, 0, 0))).toBe('$5,000');
    expect(withDollar(formatPlain(7.3, 2, 2))).toBe('$7.30');
    expect(withDollar(formatPlain(-1234.5, 0, 0))).toBe('-$1,235');
    expect(withDollar(formatPlain(-0.004, 2, 2))).toBe('$0.00'); // rounds to zero: no sign
    expect(withDollar(formatPlain(0.075, 4, 2))).toBe('$0.075'); // up to four decimals, at least two
    expect(withDollar(formatCompact(12_500, 1, 3))).toBe('$12.5K');
    expect(formatPercentPlain(0.755)).toBe('76%');
    // 0.145 × 100 is 14.499999999999998 in binary; ICU shifts the decimal digits and rounds 14.5 up.
    expect(formatPercentPlain(0.145)).toBe('15%');
    expect(formatPercentPlain(-0.001)).toBe('0%');
    expect(formatPercentPlain(0.12345, 1)).toBe('12.3%');
  });
  it('US dollars, for the fraction settings formatMoney and formatRate use', () => {
    fc.assert(
      fc.property(plannerNumber, fc.constantFrom([0, 0], [2, 2], [2, 4]), (value, [min = 0, max = 0]) => {
        expect(withDollar(formatPlain(value, max, min))).toBe(usd(min, max)(value));
      }),
      { numRuns: 5000 },
    );
  });
  it('compact US dollars, as formatMoneyCompact', () => {
    const compactUsd = intl({
      style: 'currency',
      currency: 'USD',
      notation: 'compact',
      maximumSignificantDigits: 3,
    });
    fc.assert(
      fc.property(plannerNumber, (value) => {
        expect(withDollar(formatCompact(value, 1, 3))).toBe(compactUsd(value));
      }),
      { numRuns: 5000 },
    );
  });
  it('percentages with 0–3 decimals', () => {
    fc.assert(
      fc.property(
        fc.oneof(plannerNumber, fc.double({ min: -2, max: 2, noNaN: true })),
        fc.integer({ min: 0, max: 3 }),
        (share, digits) => {
          expect(formatPercentPlain(share, digits)).toBe(
            intl({ style: 'percent', maximumFractionDigits: digits })(share),
          );
        },
      ),
      { numRuns: 5000 },
    );
  });
});
