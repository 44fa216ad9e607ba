import type { OptionId } from '../option-ids';
import type { TokensPerMonth, UsdPerMonth } from '../units';
import {
  breakpointsIn,
  costAt,
  countBreakpoints,
  pieceAt,
  smoothCostAt,
  valueOnPiece,
  smoothKinksIn,
  stepWidthUsd,
  type CostStructure,
} from './cost-structure';

/** A volume where two options swap order. */
export type BreakEven = {
  a: OptionId;
  b: OptionId;
  /** Where the order changes, tokens per month. */
  monthlyTokens: TokensPerMonth;
  /** Cost where the lines meet; at a step jump, the cheaper option's cost just after it. USD per month. */
  monthlyCost: UsdPerMonth;
  /** 'cross': the lines meet; 'step': one option jumps past the other at a capacity step. */
  kind: 'cross' | 'step';
};

/** A volume range over which one option is cheapest. */
export type CheapestRange = { option: OptionId; fromTokens: TokensPerMonth; toTokens: TokensPerMonth };

export type Crossing = Omit<BreakEven, 'a' | 'b'>;

/** Differences within this relative tolerance count as a tie: float noise and the 1e-12 forgiveness of `ceilUnits`, not an order. */
const RELATIVE_TOLERANCE = 1e-11;
/** Intervals with at most this many breakpoints are walked piece by piece; larger ones are split. */
const LEAF_BREAKPOINTS = 48;
/** Stops a pathological sawtooth (two step functions of equal average slope) from flooding the result. */
export const MAX_CROSSINGS_PER_PAIR = 5000;
/** Work cap per pair (intervals visited + pieces walked), so degenerate inputs still finish in milliseconds. */
const MAX_WORK_PER_PAIR = 100_000;
/** A leaf with more breakpoints than this cannot be walked piece by piece (steps finer than float resolution). */
const MAX_WALK_BREAKPOINTS = 4096;

/** Crossings of one pair, and whether the search covered the range exactly or had to stop early. */
export type CrossingSearch = { crossings: Crossing[]; complete: boolean };

function signOf(difference: number, scale: number): -1 | 0 | 1 {
  if (Math.abs(difference) <= RELATIVE_TOLERANCE * Math.max(scale, 1e-9)) return 0;
  return difference > 0 ? 1 : -1;
}

/**
 * Every volume in [lo, hi] where the order of two cost curves changes, exactly (not sampled).
 *
 * Both curves are non-decreasing and piecewise linear, so the search splits [lo, hi] (geometrically) and skips
 * any interval where one curve's highest value is below the other's lowest: there the order cannot change.
 * What remains is walked piece by piece: on each piece both curves are linear, so a crossing inside it is the
 * root of their difference, and a sign change across a breakpoint is a crossing at a step jump.
 */
export function findCrossings(a: CostStructure, b: CostStructure, lo: number, hi: number): CrossingSearch {
  const found: Crossing[] = [];
  let work = 0;
  let complete = true;
  let lastSign: -1 | 0 | 1 = 0;
  // Where the difference first came within tolerance of zero; an exact root found later replaces a point that
  // only entered the tolerance band, so crossings sit on the true root whenever one is computed.
  let zeroAt: { at: number; cost: number; root: boolean } | null = null;

  const observe = (sign: -1 | 0 | 1, at: number, cost: number, root = false) => {
    if (sign === 0) {
      if (!zeroAt || (root && !zeroAt.root)) zeroAt = { at, cost, root };
      return;
    }
    if (lastSign !== 0 && sign !== lastSign && found.length < MAX_CROSSINGS_PER_PAIR) {
      found.push(
        zeroAt
          ? { monthlyTokens: zeroAt.at, monthlyCost: zeroAt.cost, kind: 'cross' }
          : { monthlyTokens: at, monthlyCost: cost, kind: 'step' },
      );
    }
    lastSign = sign;
    zeroAt = null;
  };

  // Past the work cap (or with steps finer than float resolution) only the order at q is checked: a crossing
  // inside (p, q] is then reported at q, and the result says the search was not exact.
  const coarse = (p: number, q: number) => {
    complete = false;
    const aQ = costAt(a, q);
    const bQ = costAt(b, q);
    observe(signOf(aQ - bQ, Math.max(aQ, bQ)), q, Math.min(aQ, bQ));
    void p;
  };

  const walk = (p: number, q: number) => {
    if (countBreakpoints(a, p, q) + countBreakpoints(b, p, q) > MAX_WALK_BREAKPOINTS) return coarse(p, q);
    const points = [...breakpointsIn(a, p, q), ...breakpointsIn(b, p, q)].sort((x, y) => x - y);
    const edges = [p, ...points, q];
    for (let i = 0; i + 1 < edges.length; i += 1) {
      work += 1;
      const left = edges[i] as number;
      const right = edges[i + 1] as number;
      if (!(right > left)) continue;
      const mid = left + (right - left) / 2;
      const startA = valueOnPiece(a, mid, left);
      const startB = valueOnPiece(b, mid, left);
      observe(signOf(startA - startB, Math.max(startA, startB)), left, Math.min(startA, startB));
      // The root from the values at the piece's start, not from intercepts: better conditioned.
      const slopeDiff = pieceAt(a, mid).slope - pieceAt(b, mid).slope;
      if (slopeDiff !== 0) {
        const root = left + (startB - startA) / slopeDiff;
        if (root > left && root < right) observe(0, root, valueOnPiece(a, mid, root), true);
      }
      const endA = valueOnPiece(a, mid, right);
      const endB = valueOnPiece(b, mid, right);
      observe(signOf(endA - endB, Math.max(endA, endB)), right, Math.min(endA, endB));
    }
  };

  const visit = (p: number, q: number) => {
    if (found.length >= MAX_CROSSINGS_PER_PAIR) {
      complete = false;
      return;
    }
    work += 1;
    if (work > MAX_WORK_PER_PAIR) return coarse(p, q);
    const aP = costAt(a, p);
    const aQ = costAt(a, q);
    const bP = costAt(b, p);
    const bQ = costAt(b, q);
    const margin = RELATIVE_TOLERANCE * Math.max(aQ, bQ, 1e-9);
    // Curves never fall, so A ≤ A(q) < B(p) ≤ B on the whole interval: the order is settled there.
    if (aQ < bP - margin) return observe(-1, p, aP);
    if (bQ < aP - margin) return observe(1, p, bP);
    // Both stay within float tolerance of each other throughout: a tie, whatever steps lie inside.
    if (Math.max(aQ, bQ) - Math.min(aP, bP) <= margin) return observe(0, p, Math.min(aP, bP));
    // Near-parallel curves: bound each curve on (p, q] — exactly by its linear piece when no step lies inside,
    // else between its smooth cost and smooth + one step — and compare the bounds at the few kinks.
    const insideA = countBreakpoints(a, p, q);
    const insideB = countBreakpoints(b, p, q);
    const boundsA = curveBounds(a, p, q, insideA);
    const boundsB = curveBounds(b, p, q, insideB);
    const probes = [p, q, ...boundsA.kinks, ...boundsB.kinks];
    const highGap = Math.max(...probes.map((t) => boundsA.upper(t) - boundsB.lower(t)));
    const lowGap = Math.min(...probes.map((t) => boundsA.lower(t) - boundsB.upper(t)));
    if (highGap < -margin) return observe(-1, p, aP);
    if (lowGap > margin) return observe(1, p, bP);
    const tieMargin = RELATIVE_TOLERANCE * Math.max(aP, bP, 1e-9);
    if (highGap <= tieMargin && lowGap >= -tieMargin) return observe(0, p, Math.min(aP, bP));
    const inside = insideA + insideB;
    const mid = Math.sqrt(p * q);
    if (inside <= LEAF_BREAKPOINTS || !(mid > p && mid < q)) return walk(p, q);
    visit(p, mid);
    visit(mid, q);
  };

  const startA = costAt(a, lo);
  const startB = costAt(b, lo);
  observe(signOf(startA - startB, Math.max(startA, startB)), lo, Math.min(startA, startB));
  visit(lo, hi);
  return { crossings: found, complete };
}

type Bounds = { lower: (t: number) => number; upper: (t: number) => number; kinks: number[] };

/** Lower and upper bounds of a curve on (p, q], piecewise linear with kinks only at `kinks`. */
function curveBounds(structure: CostStructure, p: number, q: number, breakpointsInside: number): Bounds {
  if (breakpointsInside === 0) {
    const mid = p + (q - p) / 2;
    const exact = (t: number) => valueOnPiece(structure, mid, t);
    return { lower: exact, upper: exact, kinks: [] };
  }
  const width = stepWidthUsd(structure);
  return {
    lower: (t) => smoothCostAt(structure, t),
    upper: (t) => smoothCostAt(structure, t) + width,
    kinks: smoothKinksIn(structure, p, q),
  };
}

/** Break-evens of every pair of options over [lo, hi], sorted by volume, and the pairs not searched exactly. */
export function findBreakEvens(
  options: readonly { id: OptionId; structure: CostStructure }[],
  lo: number,
  hi: number,
): { breakEvens: BreakEven[]; inexactPairs: [OptionId, OptionId][] } {
  const all: BreakEven[] = [];
  const inexactPairs: [OptionId, OptionId][] = [];
  for (let i = 0; i < options.length; i += 1) {
    for (let j = i + 1; j < options.length; j += 1) {
      const first = options[i];
      const second = options[j];
      if (!first || !second) continue;
      const search = findCrossings(first.structure, second.structure, lo, hi);
      if (!search.complete) inexactPairs.push([first.id, second.id]);
      for (const crossing of search.crossings) all.push({ a: first.id, b: second.id, ...crossing });
    }
  }
  return { breakEvens: all.sort((x, y) => x.monthlyTokens - y.monthlyTokens), inexactPairs };
}

/** The option with the lowest cost at T; ties go to the earlier (simpler) option. */
export function cheapestAt(
  options: readonly { id: OptionId; structure: CostStructure }[],
  monthlyTokens: number,
): OptionId | null {
  let best: OptionId | null = null;
  let bestCost = Infinity;
  for (const option of options) {
    const cost = costAt(option.structure, monthlyTokens);
    if (cost < bestCost - RELATIVE_TOLERANCE * Math.max(cost, 1e-9)) {
      best = option.id;
      bestCost = cost;
    }
  }
  return best;
}

/**
 * Which option is cheapest over [lo, hi], as contiguous ranges with no gaps. The cheapest option can only
 * change where some pair changes order, so it is constant between consecutive break-evens and one probe per
 * stretch decides it.
 */
export function findCheapestRanges(
  options: readonly { id: OptionId; structure: CostStructure }[],
  breakEvens: readonly BreakEven[],
  lo: number,
  hi: number,
): CheapestRange[] {
  const cuts = [...new Set(breakEvens.map((be) => be.monthlyTokens).filter((t) => t > lo && t < hi))].sort(
    (x, y) => x - y,
  );
  const edges = [lo, ...cuts, hi];
  const ranges: CheapestRange[] = [];
  for (let i = 0; i + 1 < edges.length; i += 1) {
    const from = edges[i] as number;
    const to = edges[i + 1] as number;
    const probe = from > 0 ? Math.sqrt(from * to) : (from + to) / 2;
    const option = cheapestAt(options, probe);
    if (!option) continue;
    const last = ranges[ranges.length - 1];
    if (last && last.option === option) last.toTokens = to;
    else ranges.push({ option, fromTokens: from, toTokens: to });
  }
  return ranges;
}
