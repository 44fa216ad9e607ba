import { formatNumber } from '../core';

/**
 * Reads numbers the way people type them: "1.5M", "2,000,000", "500k", "$5,000", "1e9", "2 000". Returns a
 * result, never throws. Suffixes: K (thousand), M (million), B or bn (billion), T (trillion).
 */
export type NumberParse = { ok: true; value: number } | { ok: false; message: string };

const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9, t: 1e12 };
const PATTERN = /^([-+]?)(\d+(?:\.\d*)?|\.\d+)(?:e([-+]?\d+))?\s*(k|m|mn|b|bn|t)?$/i;

export function parseNumberInput(text: string): NumberParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Enter a number.' };
  // Group separators and currency symbols carry no value; strip them before matching.
  const compact = trimmed.replace(/[\s,_\u00a0\u202f']/g, '').replace(/^([-+]?)[$€£¥₹]/, '$1');
  const match = PATTERN.exec(compact);
  if (!match) return { ok: false, message: 'Enter a number, like 1.5M or 2,000,000.' };
  const [, sign, digits, exponent, suffix] = match;
  let value = Number(digits) * (exponent ? 10 ** Number(exponent) : 1);
  if (suffix) value *= SUFFIX[suffix.toLowerCase()] ?? 1;
  if (sign === '-') value = -value;
  if (!Number.isFinite(value)) return { ok: false, message: 'That number is too large.' };
  return { ok: true, value };
}

/** Writes a number back for an input: plain digits with grouping, up to 6 decimals ("2,000,000", "0.075"). */
export function formatNumberInput(value: number): string {
  if (!Number.isFinite(value)) return '';
  return formatNumber(value, 6);
}
