import { MAX_MONTHLY_TOKENS, monthlyTokensOf, type Scenario } from '../scenario/schema';
import type { TokensPerMonth } from '../units';

/** The volume path over the horizon, and the first month the cap clipped (null when none did). */
export type VolumePathDetail = {
  /** Monthly tokens in month 0 (today) … horizon − 1. */
  monthlyTokens: TokensPerMonth[];
  /** First month whose volume was capped at MAX_MONTHLY_TOKENS (a growth rate compounding past any real plan). */
  cappedFrom: number | null;
};

type Point = { month: number; monthlyTokens: number };

/** Months to plan: the horizon as a whole number ≥ 0 (an unvalidated 0, negative or NaN horizon plans nothing). */
export function horizonOf(scenario: Scenario): number {
  const months = Math.floor(scenario.evolution.horizonMonths);
  return Number.isFinite(months) && months > 0 ? months : 0;
}

/**
 * Volume between two known points: geometric, T = Ta × (Tb ÷ Ta)^((m − a) ÷ (b − a)), i.e. a constant monthly
 * growth rate between them. Linear when either end is 0 (a geometric path cannot leave or reach zero).
 */
function between(a: Point, b: Point, month: number): number {
  if (month <= a.month) return a.monthlyTokens;
  if (month >= b.month) return b.monthlyTokens;
  const share = (month - a.month) / (b.month - a.month);
  if (a.monthlyTokens > 0 && b.monthlyTokens > 0)
    return a.monthlyTokens * (b.monthlyTokens / a.monthlyTokens) ** share;
  return a.monthlyTokens + (b.monthlyTokens - a.monthlyTokens) * share;
}

/** The known points with month 0 anchored at today's volume unless the user gave month 0 itself. */
function anchoredPoints(scenario: Scenario): Point[] {
  const today = monthlyTokensOf(scenario.requirements);
  const points = scenario.evolution.growth.points;
  return points[0]?.month === 0 ? [...points] : [{ month: 0, monthlyTokens: today }, ...points];
}

function pointsVolume(points: readonly Point[], month: number): number {
  for (let i = 1; i < points.length; i += 1) {
    if (month <= points[i]!.month) return between(points[i - 1]!, points[i]!, month);
  }
  return points[points.length - 1]!.monthlyTokens;
}

/**
 * Monthly tokens for each month of the horizon, month 0 being today.
 *
 * - 'rate': T(m) = T(0) × (1 + r)^m with T(0) = requests × tokens per request from the requirements and r the
 *   monthly rate (−0.5 … 10: a negative rate shrinks volume toward zero, never below it).
 * - 'points': the given (month, monthly tokens) points, ascending. Month 0 is today's volume from the
 *   requirements unless a point at month 0 is given, which then replaces it. Between points the volume moves
 *   geometrically (constant growth rate; linearly when an end is 0); after the last point it stays flat; a point
 *   beyond the horizon still shapes the months before it. No points: today's volume throughout.
 *
 * Volumes above MAX_MONTHLY_TOKENS (1e15, which a compounding rate of up to +1,000 % a month reaches) are
 * capped there and the first such month reported. Never NaN or negative for a schema-valid scenario.
 */
export function volumePathDetail(scenario: Scenario): VolumePathDetail {
  const horizon = horizonOf(scenario);
  const { growth } = scenario.evolution;
  const today = monthlyTokensOf(scenario.requirements);
  const points = growth.mode === 'points' ? anchoredPoints(scenario) : [];
  const monthlyTokens: number[] = [];
  let cappedFrom: number | null = null;
  for (let month = 0; month < horizon; month += 1) {
    const raw =
      growth.mode === 'points' ? pointsVolume(points, month) : today * (1 + growth.monthlyRate) ** month;
    // NaN or a negative value can only come from input the schema refuses; plan it as no volume.
    const safe = raw > 0 ? raw : 0;
    if (safe > MAX_MONTHLY_TOKENS && cappedFrom === null) cappedFrom = month;
    monthlyTokens.push(Math.min(safe, MAX_MONTHLY_TOKENS));
  }
  return { monthlyTokens, cappedFrom };
}

/** Monthly tokens for months 0 … horizon − 1 (see `volumePathDetail` for the rule). */
export function volumePath(scenario: Scenario): TokensPerMonth[] {
  return volumePathDetail(scenario).monthlyTokens;
}
