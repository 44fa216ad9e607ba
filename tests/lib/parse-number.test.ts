import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EN_NUMBERS,
  formatNumberInput,
  numberLocale,
  parseNumberInput,
  type NumberLocale,
} from '../../src/lib/parse-number';

const EN = EN_NUMBERS;
const DE = numberLocale('de-DE');
const FR = numberLocale('fr-FR');
const CH = numberLocale('de-CH');
const IN = numberLocale('en-IN');

const value = (text: string, locale: NumberLocale = EN) => {
  const parsed = parseNumberInput(text, locale);
  return parsed.ok ? parsed.value : `refused: ${parsed.message}`;
};

describe('the locale’s separators', () => {
  it('come from Intl, cached per tag; an unknown tag reads as en-US', () => {
    expect(DE).toEqual({ decimal: ',', group: '.', lakh: false });
    expect(FR).toEqual({ decimal: ',', group: '\u202f', lakh: false });
    expect(CH).toEqual({ decimal: '.', group: "'", lakh: false });
    expect(IN).toEqual({ decimal: '.', group: ',', lakh: true });
    expect(numberLocale('en-US')).toEqual(EN);
    expect(numberLocale('not a tag!')).toEqual(EN);
    expect(numberLocale('de-DE')).toBe(DE);
  });

  it('are seeded for en-US and en without Intl, with what Intl says for them', () => {
    for (const tag of ['en-US', 'en']) {
      const parts = new Intl.NumberFormat(tag).formatToParts(1234567.5);
      expect(parts.find((p) => p.type === 'decimal')?.value).toBe(EN.decimal);
      expect(parts.filter((p) => p.type === 'group').map((p) => p.value)).toEqual([EN.group, EN.group]);
      expect(numberLocale(tag)).toEqual(EN);
    }
  });
});

describe('numbers as people type them', () => {
  it.each([
    ['1.5M', 1_500_000],
    ['2,000,000', 2_000_000],
    ['500k', 500_000],
    ['$5,000', 5_000],
    ['1e9', 1e9],
    ['2 000', 2_000],
    ['2\u202f000\u202f000', 2_000_000],
    ['1_000', 1_000],
    ['1.5', 1.5],
    ['.5', 0.5],
    ['-2.5', -2.5],
    ['1.500', 1.5],
    ['12,345.678', 12_345.678],
    ['5 €', 5],
    ['1.5 bn', 1.5e9],
  ])('en: "%s" is %d', (text, expected) => expect(value(text)).toBe(expected));

  it.each([
    ['1,5', 1.5],
    ['1.5', 1.5], // the plain form, in every locale
    ['0.075', 0.075],
    ['1234.5', 1234.5],
    ['1.500.000', 1_500_000],
    ['1.500,25', 1_500.25],
    ['1 500,25', 1_500.25],
    ['1,5M', 1_500_000],
    ['12,5 %', 12.5],
  ])('de: "%s" is %d', (text, expected) => expect(value(text.replace(' %', ''), DE)).toBe(expected));

  it('Indian grouping where the language uses it', () => {
    expect(value('12,34,567', IN)).toBe(1_234_567);
    expect(value('1,00,000', IN)).toBe(100_000);
    expect(value('1,234,567', IN)).toBe(1_234_567);
    expect(value('1’234’567.5', CH)).toBe(1_234_567.5);
    expect(value('12,34,567')).toMatch(/^refused: Commas can only group digits in threes/);
  });

  it('"-0" is zero, never negative zero', () => {
    for (const text of ['-0', '-0.0', '-0k', '−0', '-$0', '-0,0']) {
      const parsed = parseNumberInput(text, text.includes(',') ? DE : EN);
      expect(parsed.ok && Object.is(parsed.value, 0), text).toBe(true);
    }
  });
});

describe('ambiguous input is refused with the reason, never guessed', () => {
  it('"1,5" in English: a comma that does not group thousands', () => {
    expect(value('1,5')).toBe('refused: Use a point for decimals: 1.5 — or 1,500 for a whole number.');
    expect(value('2,75')).toBe('refused: Use a point for decimals: 2.75 — or 2,750 for a whole number.');
    expect(value('1,5000')).toBe('refused: Use a point for decimals: 1.5000 — or 15,000 for a whole number.');
  });
  it('" 1 2 ": a space inside digits that does not group thousands', () => {
    expect(value(' 1 2 ')).toBe('refused: Spaces can only group digits in threes, as in 2 000 000.');
    expect(value('1 2', DE)).toBe('refused: Spaces can only group digits in threes, as in 2 000 000.');
    expect(value('10 00')).toMatch(/^refused: Spaces/);
  });
  it('"1.234,5" in English, "1,234.5" in German', () => {
    expect(value('1.234,5')).toBe(
      'refused: Use a point for decimals and commas for thousands here: 1,234.5.',
    );
    expect(value('1,234.5', DE)).toBe(
      'refused: Use a comma for decimals here: 1234,5 — or 1234.5 with no other separator.',
    );
  });
  it('in a comma-decimal language, one point before exactly three digits could be either', () => {
    expect(value('1.500', DE)).toBe(
      'refused: 1.500 could mean 1.500 or 1500 here. Write 1,500 for decimals, or 1500 for a whole number.',
    );
    expect(value('12.345', FR)).toMatch(/^refused: 12\.345 could mean/);
    // Not that shape, so plain decimals: 0.075 (no group starts with 0), 1.5, 1234.567.
    expect(value('0.075', DE)).toBe(0.075);
    expect(value('1234.567', DE)).toBe(1234.567);
  });
  it('grouping that is not in threes, or two decimal separators', () => {
    expect(value('1.2.3')).toMatch(/^refused: Use commas to group thousands here/);
    expect(value('1,000,000', DE)).toBe(
      'refused: Use a comma only for decimals here; group thousands with spaces or points: 1 000 000.',
    );
    expect(value('1.000,5,5', DE)).toMatch(/^refused: Use one comma/);
    expect(value("1'00")).toMatch(/^refused: Apostrophes can only group digits in threes/);
    expect(value('abc')).toBe('refused: Enter a number, like 1.5M or 2,000,000.');
    expect(value('')).toBe('refused: Enter a number.');
    expect(value('1e400')).toBe('refused: That number is too large.');
  });
});

const LOCALES = [EN, DE, FR, CH, IN];

describe('properties', () => {
  it('what a field shows reads back as the same number, in every language', () => {
    const numbers = fc.oneof(
      fc.double({ min: -1e15, max: 1e15, noNaN: true }),
      fc.integer({ min: -1e9, max: 1e12 }),
      fc.constantFrom(0, -0, 1500, 0.075, 1.5, 1e6, 2_000_000),
    );
    fc.assert(
      fc.property(numbers, fc.constantFrom(...LOCALES), (x, locale) => {
        const text = formatNumberInput(x, locale);
        const parsed = parseNumberInput(text, locale);
        // The field shows up to six decimals: it reads back as that rounded number, and never as "-0".
        expect(parsed).toEqual({ ok: true, value: Number(formatNumberInput(x, EN).replace(/,/g, '')) || 0 });
        expect(text).not.toMatch(/^-0([.,]0*)?$/);
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws; a refusal always says why in a sentence; an accepted value is finite and not -0', () => {
    const typed = fc.oneof(
      fc.string(),
      fc.stringMatching(/^[-+$€ ]{0,2}[\d.,' _\u00a0\u202f]{0,12}(e-?\d)?\s?[kmbt]?$/),
    );
    fc.assert(
      fc.property(typed, fc.constantFrom(...LOCALES), (text, locale) => {
        const parsed = parseNumberInput(text, locale);
        if (parsed.ok) {
          expect(Number.isFinite(parsed.value)).toBe(true);
          expect(Object.is(parsed.value, -0)).toBe(false);
        } else {
          expect(parsed.message).toMatch(/^[A-Z0-9].*\.$/);
          expect(parsed.message).not.toMatch(/NaN|undefined|Infinity/);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('English never reads a comma before one, two or four-plus digits as anything: it refuses', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{0,5},(\d{1,2}|\d{4,6})$/), (text) => {
        expect(parseNumberInput(text, EN).ok).toBe(false);
      }),
    );
  });

  it('German reads "a,b" as a decimal, and refuses "a.bcd" with a group-sized a', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,6},\d{1,6}$/), (text) => {
        expect(parseNumberInput(text, DE)).toEqual({ ok: true, value: Number(text.replace(',', '.')) || 0 });
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{0,2}\.\d{3}$/), (text) => {
        expect(parseNumberInput(text, DE).ok).toBe(false);
      }),
    );
  });

  it('spaces are accepted exactly when they group digits in threes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^\d{1,4}$/), { minLength: 2, maxLength: 4 }),
        fc.constantFrom(...LOCALES),
        (groups, locale) => {
          const text = groups.join(' ');
          const threes = /^[1-9]\d{0,2}$/.test(groups[0]!) && groups.slice(1).every((g) => g.length === 3);
          // Indian grouping: 1 00 000, 12 34 567.
          const lakh =
            locale.lakh &&
            /^[1-9]\d?$/.test(groups[0]!) &&
            groups.slice(1, -1).every((g) => g.length === 2) &&
            groups.at(-1)!.length === 3;
          const parsed = parseNumberInput(text, locale);
          expect(parsed.ok).toBe(threes || lakh);
          if (parsed.ok) expect(parsed.value).toBe(Number(groups.join('')));
        },
      ),
    );
  });
});
