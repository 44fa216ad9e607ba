import { CEIL_FORGIVENESS, ceilUnits, type TokensPerMonth, type Usd, type UsdPerMonth } from '../units';

/**
 * Every deployment option's monthly cost, as a function of monthly tokens T, has the same shape:
 *
 *   cost(T) = fixed + usdPerToken × T + usdPerUnit × units(T) + Σ hinge.usdPerToken × max(0, T − hinge.at)
 *
 * where units(T) = max(minUnits, ceil(rawUnitsPerToken × T ÷ stepUnits) × stepUnits) is the capacity bought
 * (PTUs, GPU VMs). The hinges model spillover: tokens beyond reserved capacity billed per token. This single
 * shape lets break-even search treat all five options alike and exactly.
 */
export type StepCapacity = {
  /** Capacity units needed per monthly token, before rounding (units per token/month). */
  rawUnitsPerToken: number;
  /** Smallest purchasable amount, units. */
  minUnits: number;
  /** Purchase increment, units. */
  stepUnits: number;
  /** Price of one unit, USD per month. */
  usdPerUnitMonth: UsdPerMonth;
};

/** A kink: from `atTokens` on, each further token costs `usdPerToken` more. */
export type Hinge = { atTokens: TokensPerMonth; usdPerToken: Usd };

export type CostStructure = {
  /** Load-independent part, USD per month (includes amortised setup). */
  fixedUsdPerMonth: UsdPerMonth;
  /** Linear part, USD per token. */
  usdPerToken: Usd;
  /** Capacity bought in steps; null when the option has none. */
  step: StepCapacity | null;
  /** Spillover kinks, any order. */
  hinges: readonly Hinge[];
};

/** A linear piece `intercept + slope × T` of a cost curve. */
export type LinearPiece = { intercept: Usd; slope: Usd };

/** Capacity units bought at T monthly tokens: max(min, ceil(raw ÷ step) × step). */
export function unitsAt(step: StepCapacity, monthlyTokens: TokensPerMonth): number {
  const raw = step.rawUnitsPerToken * monthlyTokens;
  return Math.max(step.minUnits, ceilUnits(raw / step.stepUnits) * step.stepUnits);
}

/** The linear piece of the curve in force at T (the piece is right-closed, so T on a jump takes the lower side). */
export function pieceAt(structure: CostStructure, monthlyTokens: TokensPerMonth): LinearPiece {
  let intercept = structure.fixedUsdPerMonth;
  let slope = structure.usdPerToken;
  if (structure.step) intercept += unitsAt(structure.step, monthlyTokens) * structure.step.usdPerUnitMonth;
  for (const hinge of structure.hinges) {
    if (monthlyTokens > hinge.atTokens) {
      slope += hinge.usdPerToken;
      intercept -= hinge.usdPerToken * hinge.atTokens;
    }
  }
  return { intercept, slope };
}

/**
 * The cost at `t` on the linear piece that contains `pieceOf` (use a point strictly inside the piece to get a
 * one-sided limit at its ends). Sums the hinge terms as w × (t − at) rather than via a combined intercept,
 * which would cancel catastrophically when large hinges meet small costs.
 */
export function valueOnPiece(
  structure: CostStructure,
  pieceOf: TokensPerMonth,
  t: TokensPerMonth,
): UsdPerMonth {
  let cost = structure.fixedUsdPerMonth + structure.usdPerToken * t;
  if (structure.step) cost += unitsAt(structure.step, pieceOf) * structure.step.usdPerUnitMonth;
  for (const hinge of structure.hinges)
    if (pieceOf > hinge.atTokens) cost += hinge.usdPerToken * (t - hinge.atTokens);
  return cost;
}

/** Monthly cost at T monthly tokens, USD per month. */
export function costAt(structure: CostStructure, monthlyTokens: TokensPerMonth): UsdPerMonth {
  return valueOnPiece(structure, monthlyTokens, monthlyTokens);
}

/** Tokens between step jumps, matching `ceilUnits` (which forgives float noise just above an integer). */
function tokensPerJump(step: StepCapacity): number {
  return step.stepUnits / (step.rawUnitsPerToken * CEIL_FORGIVENESS);
}

/** Index range [from, to] of step jumps J_n = n × step ÷ rawUnitsPerToken that lie strictly inside (p, q). */
function jumpIndexRange(step: StepCapacity, p: number, q: number): [number, number] {
  if (step.rawUnitsPerToken <= 0) return [1, 0];
  const perJump = tokensPerJump(step);
  // Below floor(min ÷ step) × step the minimum holds, so the first jump that changes units is n = floor(min ÷ step).
  const firstIndex = Math.max(1, Math.floor(step.minUnits / step.stepUnits));
  const from = Math.max(firstIndex, Math.floor(p / perJump) + 1);
  const to = Math.ceil(q / perJump) - 1;
  return [from, to];
}

/** How many breakpoints (step jumps and hinges) lie strictly inside (p, q). */
export function countBreakpoints(structure: CostStructure, p: number, q: number): number {
  let count = 0;
  if (structure.step) {
    const [from, to] = jumpIndexRange(structure.step, p, q);
    count += Math.max(0, to - from + 1);
  }
  for (const hinge of structure.hinges) if (hinge.atTokens > p && hinge.atTokens < q) count += 1;
  return count;
}

/**
 * The first breakpoint (step jump or hinge) strictly inside (p, q), or null: found directly, however many lie in
 * the range, so a caller can walk through dense steps skipping ahead.
 */
export function firstBreakpointIn(structure: CostStructure, p: number, q: number): number | null {
  let first: number | null = null;
  if (structure.step) {
    const [from, to] = jumpIndexRange(structure.step, p, q);
    const perJump = tokensPerJump(structure.step);
    // Rounding can put the first index's position on or below p: the next one is then the first inside.
    for (let n = from; n <= Math.min(to, from + 1); n += 1) {
      const at = n * perJump;
      if (at > p && at < q) {
        first = at;
        break;
      }
    }
  }
  for (const hinge of structure.hinges)
    if (hinge.atTokens > p && hinge.atTokens < q && (first === null || hinge.atTokens < first))
      first = hinge.atTokens;
  return first;
}

/** The breakpoints strictly inside (p, q), ascending; call only when `countBreakpoints` is small. */
export function breakpointsIn(structure: CostStructure, p: number, q: number): number[] {
  const points: number[] = [];
  if (structure.step) {
    const [from, to] = jumpIndexRange(structure.step, p, q);
    const perJump = tokensPerJump(structure.step);
    for (let n = from; n <= to; n += 1) {
      const at = n * perJump;
      if (at > p && at < q) points.push(at);
    }
  }
  for (const hinge of structure.hinges)
    if (hinge.atTokens > p && hinge.atTokens < q) points.push(hinge.atTokens);
  return points.sort((x, y) => x - y);
}

/**
 * The cost with capacity bought in exact fractions: units = max(min, raw × T) instead of whole steps. The true
 * cost lies in [smooth, smooth + stepWidth], which lets break-even search rule out crossings over long ranges
 * without visiting every step.
 */
export function smoothCostAt(structure: CostStructure, monthlyTokens: TokensPerMonth): UsdPerMonth {
  let cost = structure.fixedUsdPerMonth + structure.usdPerToken * monthlyTokens;
  if (structure.step) {
    const { rawUnitsPerToken, minUnits, usdPerUnitMonth } = structure.step;
    cost += usdPerUnitMonth * Math.max(minUnits, rawUnitsPerToken * monthlyTokens);
  }
  for (const hinge of structure.hinges)
    cost += hinge.usdPerToken * Math.max(0, monthlyTokens - hinge.atTokens);
  return cost;
}

/** How far above the smooth cost the true cost can be: one purchase step, USD per month. */
export function stepWidthUsd(structure: CostStructure): UsdPerMonth {
  return structure.step ? structure.step.usdPerUnitMonth * structure.step.stepUnits : 0;
}

/** Volumes where the smooth cost bends (end of the minimum, spillover hinges), strictly inside (p, q). */
export function smoothKinksIn(structure: CostStructure, p: number, q: number): number[] {
  const kinks: number[] = [];
  if (structure.step && structure.step.rawUnitsPerToken > 0) {
    const at = structure.step.minUnits / structure.step.rawUnitsPerToken;
    if (at > p && at < q) kinks.push(at);
  }
  for (const hinge of structure.hinges)
    if (hinge.atTokens > p && hinge.atTokens < q) kinks.push(hinge.atTokens);
  return kinks;
}

/** Adds one-off setup spread over `months` (0 = run-rate only) to a monthly amount. */
export function amortisedSetup(setupUsd: Usd, months: number): UsdPerMonth {
  return months > 0 ? setupUsd / months : 0;
}
