import { ceilUnits, type TokensPerMonth, type Usd, type UsdPerMonth } from '../units';

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

/** Monthly cost at T monthly tokens, USD per month. */
export function costAt(structure: CostStructure, monthlyTokens: TokensPerMonth): UsdPerMonth {
  const piece = pieceAt(structure, monthlyTokens);
  return piece.intercept + piece.slope * monthlyTokens;
}

/** Index range [from, to] of step jumps J_n = n × step ÷ rawUnitsPerToken that lie strictly inside (p, q). */
function jumpIndexRange(step: StepCapacity, p: number, q: number): [number, number] {
  if (step.rawUnitsPerToken <= 0) return [1, 0];
  const perJump = step.stepUnits / step.rawUnitsPerToken;
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

/** The breakpoints strictly inside (p, q), ascending; call only when `countBreakpoints` is small. */
export function breakpointsIn(structure: CostStructure, p: number, q: number): number[] {
  const points: number[] = [];
  if (structure.step) {
    const [from, to] = jumpIndexRange(structure.step, p, q);
    const perJump = structure.step.stepUnits / structure.step.rawUnitsPerToken;
    for (let n = from; n <= to; n += 1) {
      const at = n * perJump;
      if (at > p && at < q) points.push(at);
    }
  }
  for (const hinge of structure.hinges)
    if (hinge.atTokens > p && hinge.atTokens < q) points.push(hinge.atTokens);
  return points.sort((x, y) => x - y);
}

/** Adds one-off setup spread over `months` (0 = run-rate only) to a monthly amount. */
export function amortisedSetup(setupUsd: Usd, months: number): UsdPerMonth {
  return months > 0 ? setupUsd / months : 0;
}
