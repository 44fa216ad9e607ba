/**
 * Units and the calendar conventions every cost formula shares.
 *
 * Money inside the core is USD as a plain float; token prices are stored per 1M tokens because that is the
 * unit vendors publish. The aliases below carry the unit in the type name so a signature says what it takes.
 */

/** US dollars. */
export type Usd = number;
/** US dollars per calendar month (730 hours). */
export type UsdPerMonth = number;
/** US dollars per one million tokens. */
export type UsdPerMTok = number;
/** Tokens per calendar month. */
export type TokensPerMonth = number;
/** A share between 0 and 1. */
export type Share = number;

/** Hours in a billing month: the cloud-calculator convention (8,760 h ÷ 12). */
export const HOURS_PER_MONTH = 730;
/** Minutes in a billing month: 730 × 60. */
export const MINUTES_PER_MONTH = HOURS_PER_MONTH * 60;
/** Seconds in a billing month: 730 × 3,600. */
export const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;
/** Tokens in the vendors' pricing unit. */
export const TOKENS_PER_MTOK = 1_000_000;

/** Converts a published price per 1M tokens into USD per single token. */
export function usdPerToken(rate: UsdPerMTok): Usd {
  return rate / TOKENS_PER_MTOK;
}

/** Converts an hourly price into a monthly one on the 730-hour convention. */
export function hourlyToMonthly(usdPerHour: Usd): UsdPerMonth {
  return usdPerHour * HOURS_PER_MONTH;
}

/**
 * Rounds a capacity need up to whole units.
 *
 * Forgives float noise just above an integer: a need of exactly 15 PTU computed as T × rate ÷ capacity can
 * come out as 15.000000000000002, and a plain `Math.ceil` would then buy a whole extra step.
 */
export function ceilUnits(rawUnits: number): number {
  return Math.ceil(rawUnits * CEIL_FORGIVENESS);
}

/** The factor `ceilUnits` scales by; step-jump positions use it too so they match where units really change. */
export const CEIL_FORGIVENESS = 1 - 1e-12;
