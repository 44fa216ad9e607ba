/**
 * en-US number formatting without Intl, for the text the first screen shows. Building the first
 * Intl.NumberFormat loads ICU's locale data: about 30 ms on a 2-core VM and several times that on a slow
 * phone, all inside start-up. These functions give exactly what Intl gives for the same options (a property test
 * compares them, tests/core/plain-number.test.ts) and hand the cases they do not cover to Intl.
 * Measured 3 Dec 2026 for US dollars and percentages (interleaved cold loads of a share link on localhost, 2 cores,
 * three rounds of 10, 8 and 16): formatting them with Intl instead put the chart on screen 101, 14 and 65 ms later
 * (median; p90 1,325 against 1,000 ms in the last round). Kept for that; the share-link budget is 600 ms.
 */

/** A positive decimal: digits d0 d1 d2 … standing for d0.d1d2… × 10^exponent. */
type Decimal = { digits: string; exponent: number };

/** The shortest decimal that reads back as the same double: what ICU rounds from, rather than the binary value. */
function shortestDecimal(positive: number): Decimal {
  const [mantissa = '0', exponent = '0'] = positive.toExponential().split('e');
  return { digits: mantissa.replace('.', ''), exponent: Number(exponent) };
}

/** Keeps the first `keep` digits, rounding half away from zero (Intl's default "halfExpand"). */
function roundDigits(value: Decimal, keep: number): Decimal {
  if (keep >= value.digits.length) return value;
  const roundUp = keep >= 0 && (value.digits[keep] ?? '0') >= '5';
  const kept = keep > 0 ? value.digits.slice(0, keep) : '';
  if (!roundUp) return { digits: kept || '0', exponent: kept ? value.exponent : 0 };
  if (kept === '') return { digits: '1', exponent: value.exponent + 1 };
  const incremented = (BigInt(kept) + 1n).toString();
  // 99 → 100: one more digit, so the value moved up a power of ten.
  return incremented.length > kept.length
    ? { digits: incremented.slice(0, -1), exponent: value.exponent + 1 }
    : { digits: incremented, exponent: value.exponent };
}

/** Writes a decimal out in positional notation, shifted down by 10^shift, without grouping: "1234.5". */
function positional(value: Decimal, shift = 0): string {
  if (/^0*$/.test(value.digits)) return '0';
  const integerDigits = value.exponent - shift + 1;
  const { digits } = value;
  if (integerDigits <= 0) return `0.${'0'.repeat(-integerDigits)}${digits}`;
  if (integerDigits >= digits.length) return digits + '0'.repeat(integerDigits - digits.length);
  return `${digits.slice(0, integerDigits)}.${digits.slice(integerDigits)}`;
}

/** Removes trailing fractional zeros, keeping at least `minFraction` fraction digits. */
function trimFraction(text: string, minFraction = 0): string {
  const dot = text.indexOf('.');
  if (dot < 0) return text;
  let end = text.length;
  while (end > dot + 1 + minFraction && text[end - 1] === '0') end -= 1;
  return text.slice(0, end === dot + 1 ? dot : end);
}

/** Puts commas between thousands in the integer part: "2000000.5" → "2,000,000.5". */
function group(text: string): string {
  const dot = text.indexOf('.');
  const integer = dot < 0 ? text : text.slice(0, dot);
  return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (dot < 0 ? '' : text.slice(dot));
}

/** Whether the fast path covers the value; Intl handles the rest (NaN, ±Infinity and huge magnitudes). */
function covered(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) < 1e21;
}

/** Pads the fraction with zeros to at least `minFraction` digits: ("7.3", 2) → "7.30", ("0", 2) → "0.00". */
function padFraction(text: string, minFraction: number): string {
  if (minFraction <= 0) return text;
  const dot = text.indexOf('.');
  const have = dot < 0 ? 0 : text.length - dot - 1;
  return (dot < 0 ? `${text}.` : text) + '0'.repeat(Math.max(0, minFraction - have));
}

/**
 * Grouped decimal of value × 10^scale with `minFractionDigits`–`maxFractionDigits` decimals, or null when
 * Intl must handle it. Scaling shifts the decimal digits, as ICU does for percentages (0.145 → 14.5, not the
 * binary 14.499…).
 */
function fixed(
  value: number,
  maxFractionDigits: number,
  minFractionDigits: number,
  scale: number,
): string | null {
  if (!covered(value) || !covered(value * 10 ** scale)) return null;
  const zero = padFraction('0', minFractionDigits);
  if (value === 0) return zero;
  const exact = shortestDecimal(Math.abs(value));
  const scaled = { ...exact, exponent: exact.exponent + scale };
  const rounded = roundDigits(scaled, scaled.exponent + 1 + maxFractionDigits);
  const text = group(padFraction(trimFraction(positional(rounded), minFractionDigits), minFractionDigits));
  // No sign on a number that rounds to zero: "-0" must never reach a page (as Intl's signDisplay "negative").
  return (value < 0 && /[1-9]/.test(rounded.digits) ? '-' : '') + text;
}

/**
 * Grouped decimal with at most `maxFractionDigits` decimals (and at least `minFractionDigits`), as
 * `new Intl.NumberFormat('en-US', { minimumFractionDigits, maximumFractionDigits, signDisplay: 'negative' })`:
 * 2000000 → "2,000,000", 0.075 → "0.075", -0.0001 → "0", (7.3, 2, 2) → "7.30".
 */
export function formatPlain(value: number, maxFractionDigits = 3, minFractionDigits = 0): string {
  return (
    fixed(value, maxFractionDigits, minFractionDigits, 0) ??
    new Intl.NumberFormat('en-US', {
      minimumFractionDigits: minFractionDigits,
      maximumFractionDigits: maxFractionDigits,
      signDisplay: 'negative',
    }).format(value)
  );
}

/**
 * A share as a percentage, as `new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits,
 * signDisplay: 'negative' })`: 0.755 → "76%", 0.145 → "15%" (decimal half away from zero).
 */
export function formatPercentPlain(share: number, maxFractionDigits = 0): string {
  const text = fixed(share, maxFractionDigits, 0, 2);
  return text === null
    ? new Intl.NumberFormat('en-US', {
        style: 'percent',
        maximumFractionDigits: maxFractionDigits,
        signDisplay: 'negative',
      }).format(share)
    : `${text}%`;
}

/** "$" after the sign: "-1,234" → "-$1,234", as en-US writes US dollars. */
export function withDollar(text: string): string {
  return text.startsWith('-') ? `-$${text.slice(1)}` : `$${text}`;
}

const COMPACT_SUFFIX = ['', 'K', 'M', 'B', 'T'] as const;

/** The power of ten (0, 3, …, 12) whose suffix names a number of this magnitude. */
function compactExponent(magnitude: number): number {
  return magnitude < 3 ? 0 : Math.min(Math.floor(magnitude / 3) * 3, 12);
}

/**
 * Compact en-US notation with significant digits, as `new Intl.NumberFormat('en-US', { notation: 'compact',
 * minimumSignificantDigits, maximumSignificantDigits, signDisplay: 'negative' })` (-0 → "0"): 6e8 → "600M", 1e9 → "1.0B" (min 2), 3.33e9 → "3.33B".
 * As in ECMA-402's ComputeExponent, when rounding carries into the next power of ten (999,999 → 1.00M) the
 * suffix moves up with it.
 */
export function formatCompact(value: number, minSignificantDigits = 1, maxSignificantDigits = 3): string {
  if (!covered(value)) {
    return new Intl.NumberFormat('en-US', {
      notation: 'compact',
      minimumSignificantDigits: minSignificantDigits,
      maximumSignificantDigits: maxSignificantDigits,
    }).format(value);
  }
  if (value === 0) return trimFraction((0).toFixed(minSignificantDigits - 1), minSignificantDigits - 1);
  const exact = shortestDecimal(Math.abs(value));
  const rounded = roundDigits(exact, maxSignificantDigits);
  const exponent = compactExponent(rounded.exponent);
  // Pad to the minimum significant digits (1 → "1.0"); trimFraction below drops any zeros beyond it.
  const text = positional({ ...rounded, digits: rounded.digits.padEnd(minSignificantDigits, '0') }, exponent);
  // Fraction digits needed to show minSignificantDigits significant digits (leading zeros do not count).
  const integerDigits = rounded.exponent - exponent + 1;
  const minFraction =
    integerDigits > 0
      ? Math.max(0, minSignificantDigits - integerDigits)
      : -integerDigits + minSignificantDigits;
  const shown = trimFraction(text, minFraction);
  // Compact notation groups only from five integer digits ("1000T", "10,000T"): ICU's minimum grouping of 2.
  const grouped = (shown.split('.')[0] ?? '').length >= 5 ? group(shown) : shown;
  return (value < 0 ? '-' : '') + grouped + COMPACT_SUFFIX[exponent / 3];
}
