import { formatCompact, formatPercentPlain, formatPlain, withDollar } from './plain-number';

/**
 * Number formatting shared by the core's explanations and the UI. This is the one place that rounds numbers
 * for people; everything else keeps full precision. Intl formatters are costly to build, so they are cached;
 * plain and compact numbers, percentages and US dollars skip Intl altogether (see plain-number.ts), so neither
 * the first screen nor a share link's results in USD load ICU (the first Intl.NumberFormat of a page cost 40–80 ms
 * on a quiet 2-core VM and ~150 ms inside a share link's start-up, measured 2 Dec 2026). Other currencies use Intl.
 */

/** How money is shown: currency code and units of it per 1 USD. */
export type MoneyDisplay = { currency: string; usdToCurrency: number };

export const USD_DISPLAY: MoneyDisplay = { currency: 'USD', usdToCurrency: 1 };

/** A minus sign only on numbers shown as non-zero: -0, or -0.001 as "$0.00", never reads "-$0.00". */
const NO_NEGATIVE_ZERO = 'negative';

const cache = new Map<string, Intl.NumberFormat>();

function formatter(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let found = cache.get(key);
  if (!found) {
    found = make();
    cache.set(key, found);
  }
  return found;
}

const knownCurrencies = new Map<string, string>();

/** The currency code if Intl knows it, else USD (checked once per code: building a formatter is costly). */
function safeCurrency(currency: string): string {
  if (currency === 'USD') return currency;
  let known = knownCurrencies.get(currency);
  if (known === undefined) {
    try {
      new Intl.NumberFormat('en-US', { style: 'currency', currency });
      known = currency;
    } catch {
      known = 'USD';
    }
    knownCurrencies.set(currency, known);
  }
  return known;
}

/**
 * Formats a USD amount in the display currency: whole units from 100 up ("$5,000"), cents below ("$7.30").
 * Non-finite input shows as an em dash so NaN never reaches a screen.
 */
export function formatMoney(usd: number, display: MoneyDisplay = USD_DISPLAY): string {
  if (!Number.isFinite(usd)) return '—';
  const value = usd * display.usdToCurrency;
  const currency = safeCurrency(display.currency);
  const small = Math.abs(value) < 100 && value !== 0 && !Number.isInteger(value);
  if (currency === 'USD') return withDollar(formatPlain(value, small ? 2 : 0, small ? 2 : 0));
  const key = `money:${currency}:${small}`;
  return formatter(
    key,
    () =>
      new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency,
        maximumFractionDigits: small ? 2 : 0,
        minimumFractionDigits: small ? 2 : 0,
        signDisplay: NO_NEGATIVE_ZERO,
      }),
  ).format(value);
}

/** Compact money for axes and labels: "$12.5K", "$1.2M". */
export function formatMoneyCompact(usd: number, display: MoneyDisplay = USD_DISPLAY): string {
  if (!Number.isFinite(usd)) return '—';
  const currency = safeCurrency(display.currency);
  if (currency === 'USD') return withDollar(formatCompact(usd * display.usdToCurrency, 1, 3));
  return formatter(
    `moneyCompact:${currency}`,
    () =>
      new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency,
        notation: 'compact',
        maximumSignificantDigits: 3,
        signDisplay: NO_NEGATIVE_ZERO,
      }),
  ).format(usd * display.usdToCurrency);
}

/** A rate such as a price per 1M tokens. */
export function formatRate(usd: number, display: MoneyDisplay = USD_DISPLAY): string {
  if (!Number.isFinite(usd)) return '—';
  const currency = safeCurrency(display.currency);
  const value = usd * display.usdToCurrency;
  // Cents from 1 up ("$5.01"); up to four below, where they matter ("$0.075", "$0.0125").
  const fine = Math.abs(value) < 1;
  if (currency === 'USD') return withDollar(formatPlain(value, fine ? 4 : 2, 2));
  return formatter(
    `rate:${currency}:${fine}`,
    () =>
      new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency,
        minimumFractionDigits: 2,
        maximumFractionDigits: fine ? 4 : 2,
        signDisplay: NO_NEGATIVE_ZERO,
      }),
  ).format(value);
}

/** Token volumes in compact form with 2–3 significant digits: "1.0B", "3.33B", "600M", "14B". */
export function formatTokens(tokens: number): string {
  if (!Number.isFinite(tokens)) return '—';
  // Tokens come whole: a path that decays towards zero reads "<1", not "0.218".
  if (tokens > 0 && tokens < 1) return '<1';
  // No traffic reads "0", not "0.0" (found by review on a link with no requests).
  if (tokens === 0) return '0';
  return formatCompact(tokens, 2, 3);
}

/** A crossing of two options at a volume: what {@link breakEvenTokenLabels} needs of a break-even point. */
type Crossing = { readonly a: string; readonly b: string; readonly monthlyTokens: number };

/** Significant digits tried, beyond formatTokens' three, to tell two crossings of one pair apart. */
const MAX_CROSSING_DIGITS = 6;

/**
 * Volume labels for a list of break-even points, index for index: {@link formatTokens}, except where two
 * crossings of the same pair at different volumes would read alike ("27.4B" twice, beside two different costs,
 * looks like a duplicated row): those get more significant digits until they differ ("27.38B", "27.41B"), up
 * to six. Crossings of different pairs may share a label: three lines meeting at one volume is a real case.
 */
export function breakEvenTokenLabels(crossings: readonly Crossing[]): string[] {
  const labels = crossings.map((c) => formatTokens(c.monthlyTokens));
  for (let digits = 4; digits <= MAX_CROSSING_DIGITS; digits++) {
    const clashing = [...crossings.keys()].filter((i) =>
      crossings.some((other, j) => j !== i && clashes(crossings[i]!, other, labels[i], labels[j])),
    );
    if (clashing.length === 0) break;
    // Exactly `digits` significant digits, trailing zeros kept, so the clashing labels read alike in precision
    // ("27.40B" between "27.36B" and "27.43B", not "27.4B").
    for (const i of clashing) labels[i] = formatCompact(crossings[i]!.monthlyTokens, digits, digits);
  }
  return labels;
}

/**
 * A lookup of each point's {@link breakEvenTokenLabels} label among `points` (by identity; a point not among
 * them gets {@link formatTokens}): for chart markers, which are groups of break-even points.
 */
export function volumeLabeller<T extends Crossing>(points: readonly T[]): (point: T) => string {
  const labels = breakEvenTokenLabels(points);
  const byPoint = new Map(points.map((point, i) => [point, labels[i]]));
  return (point) => byPoint.get(point) ?? formatTokens(point.monthlyTokens);
}

/** The break-even points with their {@link breakEvenTokenLabels} label as `volumeLabel`, for listing them. */
export function withVolumeLabels<T extends Crossing>(
  crossings: readonly T[],
): (T & { volumeLabel: string })[] {
  const labels = breakEvenTokenLabels(crossings);
  return crossings.map((crossing, i) => ({
    ...crossing,
    volumeLabel: labels[i] ?? formatTokens(crossing.monthlyTokens),
  }));
}

function clashes(one: Crossing, other: Crossing, label: string | undefined, otherLabel: string | undefined) {
  const samePair = (one.a === other.a && one.b === other.b) || (one.a === other.b && one.b === other.a);
  return samePair && label === otherLabel && one.monthlyTokens !== other.monthlyTokens;
}

/** Axis ticks: compact volumes without forced decimals ("1B", "10M", "2.5B"). */
export function formatTokensAxis(tokens: number): string {
  if (!Number.isFinite(tokens)) return '—';
  return formatCompact(tokens, 1, 3);
}

/** Whole numbers with grouping: "500,000". */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return formatPlain(value, 0);
}

/** A whole count with its noun, singular for 1: "1 VM", "3 VMs", "1,200 replicas" (nouns that take an -s). */
export function formatCountOf(value: number, noun: string): string {
  return `${formatCount(value)} ${noun}${value === 1 ? '' : 's'}`;
}

/** Plain numbers with up to `digits` decimals: "0.667", "1.75". */
export function formatNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return '—';
  return formatPlain(value, digits);
}

/** Shares as percentages: 0.755 → "76%". */
export function formatPercent(share: number, digits = 0): string {
  if (!Number.isFinite(share)) return '—';
  return formatPercentPlain(share, digits);
}

/**
 * "a" or "an" before a number as it is read aloud: "an 800 ms target", "an 11,000-token context", "a 500 ms
 * target". The spoken form starts with a vowel when the leading digit group is 8, 8x, 8xx, 11 or 18.
 */
export function articleFor(value: number): 'a' | 'an' {
  const whole = Math.floor(Math.abs(value));
  const digits = String(whole);
  const leadingGroup = digits.slice(0, ((digits.length - 1) % 3) + 1);
  return leadingGroup.startsWith('8') || leadingGroup === '11' || leadingGroup === '18' ? 'an' : 'a';
}
