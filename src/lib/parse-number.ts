import { formatNumber } from '../core';

/**
 * Reads numbers the way people type them, in the reader's locale, and refuses to guess. Returns a result, never
 * throws. Kept: "1.5M", "2,000,000", "500k", "$5,000", "1e9", "2 000". Suffixes: K (thousand), M (million),
 * B or bn (billion), T (trillion).
 *
 * The rules, for a locale whose decimal separator is D (a point in English, a comma in German or French):
 * 1. The locale's decimal separator is read as decimals: "1,5" is 1.5 in German.
 * 2. The plain form — digits with one point and nothing else — is read as decimals everywhere: "1.5" is 1.5 in
 *    German too. One shape is refused instead: in a comma-decimal locale, one point followed by exactly three
 *    digits after a group-sized integer ("1.500", "12.345") is how that locale writes thousands, so it may mean
 *    1.5 or 1500. The message asks for "1,5" or "1500".
 * 3. Thousands are grouped in threes (two-then-three in Indian locales) with one separator used throughout: the
 *    locale's own, a space of any kind, an apostrophe or an underscore; or the separator that is not D ("1.500.000"
 *    or "1.500,25" in German, "1,500" in English).
 * 4. Anything else that could be read two ways is refused with the reason and the way to write it: "1,5" in
 *    English ("Use a point for decimals: 1.5 — or 1,500 for a whole number"), "1.234,5" in English, " 1 2 "
 *    (a space that does not group thousands) everywhere.
 * "-0" reads as 0, so a negative zero never reaches a field or a sum.
 */
export type NumberParse = { ok: true; value: number } | { ok: false; message: string };

/** How a locale writes numbers: its decimal separator, its group separator, and Indian (lakh) grouping. */
export type NumberLocale = { decimal: '.' | ','; group: string; lakh: boolean };

/** en-US: the planner's own format, and the prerendered page's. */
export const EN_NUMBERS: NumberLocale = { decimal: '.', group: ',', lakh: false };

// Seeded with the tags whose separators are the planner's own, so the commonest browsers never build an Intl
// formatter for them: measured in Chromium at 4× CPU slowdown, the first formatter took 147 ms of main thread in
// the idle callback after start-up, one of Lighthouse's blocking tasks on the first screen (2 Dec 2026).
const locales = new Map<string, NumberLocale>([
  ['en-US', EN_NUMBERS],
  ['en', EN_NUMBERS],
]);

/**
 * The separators a BCP 47 tag (navigator.language) uses, from Intl, cached per tag. A tag Intl does not know, or
 * a decimal separator that is neither a point nor a comma, reads as en-US. Building the first Intl formatter loads
 * ICU data (tens of milliseconds on a slow device): call this after start-up, not during the first paint.
 */
export function numberLocale(tag: string): NumberLocale {
  const known = locales.get(tag);
  if (known) return known;
  let found = EN_NUMBERS;
  try {
    const parts = new Intl.NumberFormat(tag).formatToParts(1234567.5);
    const decimal = parts.find((p) => p.type === 'decimal')?.value;
    const groups = parts.filter((p) => p.type === 'group').map((p) => p.value);
    // 12,34,567.5: the second group from the right has two digits.
    const integers = parts.filter((p) => p.type === 'integer').map((p) => p.value);
    if (decimal === '.' || decimal === ',')
      found = { decimal, group: groups[0] ?? '', lakh: integers.length === 3 && integers[1]?.length === 2 };
  } catch {
    // An invalid tag: keep en-US.
  }
  locales.set(tag, found);
  return found;
}

const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9, t: 1e12 };
/** Sign, currency symbol (before or after), the number, an exponent, a suffix. `\s` covers every space kind. */
const SHAPE =
  /^([-+\u2212]?)\s*[$€£¥₹]?\s*([-+\u2212]?)([\d.,'’_\s]*\d[\d.,'’_\s]*)(?:e([-+]?\d+))?\s*(k|m|mn|b|bn|t)?\s*[$€£¥₹]?$/i;
/** Spaces people use to group digits: space, no-break space, narrow no-break space, thin space, tab. */
const SPACES = /\s/g;

const fail = (message: string): NumberParse => ({ ok: false, message });

const count = (text: string, char: string) => text.split(char).length - 1;

/** Digits grouped with en-US commas, for the examples in messages. */
const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Whether an integer part is digits grouped with one separator, in threes (or Indian style where used). */
function validGroups(integer: string, separators: string, lakh: boolean): boolean {
  const used = [...new Set([...integer].filter((c) => !/\d/.test(c)))];
  if (used.length === 0) return true;
  if (used.length > 1 || !separators.includes(used[0]!)) return false;
  const s = `\\${used[0]}`;
  return (
    new RegExp(`^[1-9]\\d{0,2}(?:${s}\\d{3})+$`).test(integer) ||
    (lakh && new RegExp(`^[1-9]\\d?(?:${s}\\d{2})*${s}\\d{3}$`).test(integer))
  );
}

/** Why a grouped integer part is refused, in words, with an example in the same style. */
function groupingMessage(integer: string): string {
  if (/\s/.test(integer)) return 'Spaces can only group digits in threes, as in 2 000 000.';
  if (/['’]/.test(integer)) return 'Apostrophes can only group digits in threes, as in 2’000’000.';
  if (integer.includes('_')) return 'Underscores can only group digits in threes, as in 2_000_000.';
  if (integer.includes('.')) return 'Points can only group digits in threes, as in 2.000.000.';
  return 'Commas can only group digits in threes, as in 2,000,000.';
}

/** Splits the number into integer and fraction by the rules above, or says why it cannot. */
function split(body: string, locale: NumberLocale): { integer: string; fraction: string } | string {
  const points = count(body, '.');
  const commas = count(body, ',');
  const digits = body.replace(/\D/g, '');
  if (points > 0 && commas > 0) {
    const decimal = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    if (decimal !== locale.decimal) {
      const [integer = '', fraction = ''] = body.split(decimal === '.' ? '.' : ',');
      const whole = integer.replace(/\D/g, '');
      return locale.decimal === '.'
        ? `Use a point for decimals and commas for thousands here: ${grouped(whole)}.${fraction}.`
        : `Use a comma for decimals here: ${whole},${fraction} — or ${whole}.${fraction} with no other separator.`;
    }
    if (count(body, decimal) > 1) return `Use one ${decimal === '.' ? 'point' : 'comma'}, for the decimals.`;
    const at = body.lastIndexOf(decimal);
    return { integer: body.slice(0, at), fraction: body.slice(at + 1) };
  }
  if (commas > 0 && locale.decimal === ',') {
    if (commas > 1)
      return `Use a comma only for decimals here; group thousands with spaces or points: ${grouped(digits).replace(/,/g, ' ')}.`;
    const at = body.indexOf(',');
    return { integer: body.slice(0, at), fraction: body.slice(at + 1) };
  }
  if (commas === 1 && locale.decimal === '.') {
    const [integer = '', fraction = ''] = body.split(',');
    // "1,5": not thousands (those come in threes), so probably decimals from another locale.
    if (/^\d+$/.test(integer) && /^\d+$/.test(fraction) && fraction.length !== 3) {
      const whole = integer + (fraction.length < 3 ? fraction.padEnd(3, '0') : fraction);
      return `Use a point for decimals: ${integer}.${fraction} — or ${grouped(whole)} for a whole number.`;
    }
  }
  if (points === 1) {
    const at = body.indexOf('.');
    const integer = body.slice(0, at);
    const fraction = body.slice(at + 1);
    if (locale.decimal === ',' && /^[1-9]\d{0,2}$/.test(integer) && /^\d{3}$/.test(fraction))
      return `${body} could mean ${integer}.${fraction} or ${integer}${fraction} here. Write ${integer},${fraction} for decimals, or ${integer}${fraction} for a whole number.`;
    return { integer, fraction };
  }
  if (points > 1 && locale.decimal === '.')
    return `Use commas to group thousands here, as in ${grouped(digits)} — a point marks decimals.`;
  return { integer: body, fraction: '' };
}

export function parseNumberInput(text: string, locale: NumberLocale = EN_NUMBERS): NumberParse {
  const trimmed = text.trim();
  if (trimmed === '') return fail('Enter a number.');
  const match = SHAPE.exec(trimmed);
  if (!match) return fail('Enter a number, like 1.5M or 2,000,000.');
  const [, sign1 = '', sign2 = '', rawBody = '', exponent, suffix] = match;
  if (sign1 && sign2) return fail('Enter a number, like 1.5M or 2,000,000.');
  const body = rawBody.trim();
  const parts = split(body, locale);
  if (typeof parts === 'string') return fail(parts);
  const { integer, fraction } = parts;
  if (!/^\d*$/.test(fraction)) return fail('Digits after the decimal separator cannot be grouped.');
  // The separator that is not the decimal one may group thousands, as may spaces, apostrophes, underscores.
  const separators = `${locale.decimal === '.' ? ',' : '.'}${locale.group.replace(SPACES, ' ')}'’_ `;
  if (!validGroups(integer.replace(SPACES, ' '), separators, locale.lakh))
    return fail(groupingMessage(integer));
  const digits = `${integer.replace(/\D/g, '') || '0'}.${fraction || '0'}`;
  let value = Number(digits) * (exponent ? 10 ** Number(exponent) : 1);
  if (suffix) value *= SUFFIX[suffix.toLowerCase()] ?? 1;
  if (/[-\u2212]/.test(sign1 + sign2)) value = -value;
  if (!Number.isFinite(value)) return fail('That number is too large.');
  // -0 (typed as "-0" or "-0.0") is zero: it must never show as "-0".
  return { ok: true, value: value === 0 ? 0 : value };
}

/**
 * Writes a number back for an input, up to 6 decimals, in a form the locale reads back: en-US style in
 * point-decimal locales ("2,000,000.5"); in comma-decimal ones a comma for decimals and narrow spaces between
 * thousands ("2 000 000,5"), never a point, which rule 2 would find ambiguous.
 */
export function formatNumberInput(value: number, locale: NumberLocale = EN_NUMBERS): string {
  if (!Number.isFinite(value)) return '';
  const text = formatNumber(value, 6);
  if (locale.decimal === '.') return text;
  return text.replace(/[,.]/g, (c) => (c === ',' ? '\u202f' : ','));
}
