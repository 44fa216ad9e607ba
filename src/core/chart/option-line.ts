import { costAt, firstBreakpointIn, valueOnPiece, type CostStructure } from '../cost/cost-structure';
import type { Box } from './label-layout';

/** A point of a drawn cost line, in pixels; `y` is NaN where the cost maps to no pixel (≤ 0 on a log axis). */
export type LinePoint = { x: number; y: number };

/** How far the chord between two drawn points may stray from the cost curve at its middle, in pixels. */
export const LINE_TOLERANCE_PX = 0.2;
/** Stretches narrower than this are not split further, and jumps closer than this share one corner: finer than any screen. */
const MIN_SEGMENT_PX = 1;

/** The chart's axes as the drawing maps them: volume in view, and tokens and USD to pixels. */
export type LineView = {
  xScale: 'log' | 'linear';
  domain: readonly [number, number];
  px: (tokens: number) => number;
  py: (usd: number) => number;
  plot: Box;
};

/**
 * The points that draw one option's monthly cost across the view as exactly as the screen can show it, and no
 * more: every capacity step or spillover kink at least a pixel from the previous one is a corner (two points at
 * its volume, before and after a jump), and each smooth stretch between corners is split at its middle until
 * the middle lies within LINE_TOLERANCE_PX of the chord. A stretch is affine in tokens, so on a linear volume
 * axis it is straight and drawn by its two ends; on a log axis it is convex and takes a few points per decade
 * where it bends. Costs never fall as volume grows, so a stretch whose left end is already above the plot (or
 * whose right end is still below it) stays out of sight and is not split.
 * Compared with drawing every chart row for every option (160 samples plus every option's corners), the Azure
 * preset's five lines on a 1,000 × 460 chart with a log volume axis take 615 points instead of 1,865 (path data
 * 21.0 → 6.8 KB) and stay within 0.2 px of the curves, where the rows' lines strayed by up to 1.5 px (3.1 px on
 * a log cost axis) across steps too close together to get corners of their own (3 Dec 2026).
 */
export function optionLine(structure: CostStructure, view: LineView): LinePoint[] {
  const [low, high] = view.domain;
  const toAxis = view.xScale === 'log' ? Math.log10 : (t: number) => t;
  const fromAxis = view.xScale === 'log' ? (u: number) => 10 ** u : (u: number) => u;
  const pxPerAxis = (view.px(high) - view.px(low)) / (toAxis(high) - toAxis(low));
  if (!(high > low) || !Number.isFinite(pxPerAxis) || pxPerAxis <= 0) return [];
  const top = view.plot.y;
  const bottom = view.plot.y + view.plot.height;
  const points: LinePoint[] = [];
  const push = (tokens: number, usd: number) => points.push({ x: view.px(tokens), y: view.py(usd) });
  const yAt = (u: number) => view.py(costAt(structure, fromAxis(u)));
  const tokensAtPx = (x: number) => fromAxis(toAxis(low) + (x - view.px(low)) / pxPerAxis);

  /** Points after (ua, ya) up to and including (ub, yb), splitting the stretch between them as needed. */
  const stretch = (ua: number, ya: number, ub: number, yb: number, tokensB: number, usdB: number): void => {
    if (Number.isNaN(ya) && Number.isFinite(yb) && yb <= bottom + 1) {
      comeUpFromBelow(ua, ub, yb, tokensB, usdB);
      return;
    }
    const narrow = (ub - ua) * pxPerAxis < MIN_SEGMENT_PX;
    const outOfSight = ya < top - 1 || yb > bottom + 1;
    if (!narrow && !outOfSight) {
      const um = (ua + ub) / 2;
      const ym = yAt(um);
      const off = Math.abs(ym - (ya + yb) / 2);
      if (!(off <= LINE_TOLERANCE_PX)) {
        const tokensM = fromAxis(um);
        stretch(ua, ya, um, ym, tokensM, costAt(structure, tokensM));
        stretch(um, ym, ub, yb, tokensB, usdB);
        return;
      }
    }
    push(tokensB, usdB);
  };

  /**
   * A cost of 0 at `ua` has no place on a log cost axis (its pixel is NaN) but the curve rises from there into the
   * plot: start the line where it crosses a pixel below the plot's bottom (found by bisection), so no part of it
   * inside the plot is left undrawn.
   */
  const comeUpFromBelow = (ua: number, ub: number, yb: number, tokensB: number, usdB: number) => {
    let below = ua;
    let inside = ub;
    for (let k = 0; k < 80 && (inside - below) * pxPerAxis > 1e-4; k += 1) {
      const mid = (below + inside) / 2;
      const y = yAt(mid);
      if (Number.isFinite(y) && y <= bottom + 1) inside = mid;
      else below = mid;
    }
    const tokens = fromAxis(inside);
    const usd = costAt(structure, tokens);
    // Steeper than the bisection can resolve: a vertical piece from below the plot up to that point.
    if (view.py(usd) < bottom) points.push({ x: view.px(tokens), y: bottom + 1 });
    push(tokens, usd);
    stretch(inside, view.py(usd), ub, yb, tokensB, usdB);
  };

  let from = { tokens: low, usd: costAt(structure, low) };
  push(from.tokens, from.usd);
  for (const at of [...cornersIn(structure, view, tokensAtPx), high]) {
    // One-sided values either side of the breakpoint (evaluated on the pieces, so rounding at the breakpoint
    // itself cannot hide a jump): equal at a kink, apart at a jump.
    const before = at === high ? costAt(structure, at) : valueOnPiece(structure, at * (1 - 1e-9), at);
    stretch(toAxis(from.tokens), view.py(from.usd), toAxis(at), view.py(before), at, before);
    if (at === high) break;
    const after = valueOnPiece(structure, at * (1 + 1e-9), at);
    if (after !== before) push(at, after);
    from = { tokens: at, usd: after };
  }
  return points;
}

/**
 * Breakpoints in view at least MIN_SEGMENT_PX apart (and from the view's ends), ascending. Where steps are
 * denser than that it skips ahead a pixel at a time, so it takes at most about one breakpoint per pixel however
 * many lie in view (the stretches between keep the skipped ones to within a pixel).
 */
function cornersIn(structure: CostStructure, view: LineView, tokensAtPx: (x: number) => number): number[] {
  const [low, high] = view.domain;
  const end = view.px(high);
  const kept: number[] = [];
  let last = view.px(low);
  let next = firstBreakpointIn(structure, low, high);
  while (next !== null) {
    const x = view.px(next);
    if (end - x < MIN_SEGMENT_PX) break;
    if (x - last >= MIN_SEGMENT_PX) {
      kept.push(next);
      last = x;
      next = firstBreakpointIn(structure, next, high);
    } else {
      next = firstBreakpointIn(structure, Math.max(next, tokensAtPx(last + MIN_SEGMENT_PX)), high);
    }
  }
  return kept;
}
