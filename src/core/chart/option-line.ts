import {
  breakpointsIn,
  costAt,
  countBreakpoints,
  valueOnPiece,
  type CostStructure,
} from '../cost/cost-structure';
import type { Box } from './label-layout';

/** A point of a drawn cost line, in pixels; `y` is NaN where the cost maps to no pixel (≤ 0 on a log axis). */
export type LinePoint = { x: number; y: number };

/** How far the chord between two drawn points may stray from the cost curve at its middle, in pixels. */
export const LINE_TOLERANCE_PX = 0.2;
/** Stretches narrower than this are not split further, and jumps closer than this share one corner: finer than any screen. */
const MIN_SEGMENT_PX = 1;
/** Beyond this many breakpoints in view an option's steps are far finer than a pixel: the splitting draws them. */
const MAX_ENUMERATED_BREAKPOINTS = 50_000;

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
 * preset's five lines on a 1,000 × 460 chart with a log volume axis take 622 points instead of 1,865 (path data
 * 21.0 → 6.9 KB) and stay within 0.2 px of the curves, where the rows' lines strayed by up to 1.5 px (3.1 px on
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

  /** Points after (ua, ya) up to and including (ub, yb), splitting the stretch between them as needed. */
  const stretch = (ua: number, ya: number, ub: number, yb: number, tokensB: number, usdB: number): void => {
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

  const corners =
    countBreakpoints(structure, low, high) > MAX_ENUMERATED_BREAKPOINTS ? [] : cornersIn(structure, view);
  let from = { tokens: low, usd: costAt(structure, low) };
  push(from.tokens, from.usd);
  for (const at of [...corners, high]) {
    const before = costAt(structure, at);
    stretch(toAxis(from.tokens), view.py(from.usd), toAxis(at), view.py(before), at, before);
    if (at === high) break;
    // The one-sided value just after the breakpoint: the next piece's start (equal to `before` at a kink).
    const after = valueOnPiece(structure, at * (1 + 1e-9), at);
    if (after !== before) push(at, after);
    from = { tokens: at, usd: after };
  }
  return points;
}

/** Breakpoints in view at least MIN_SEGMENT_PX apart (and from the view's ends), ascending. */
function cornersIn(structure: CostStructure, view: LineView): number[] {
  const [low, high] = view.domain;
  const kept: number[] = [];
  let last = view.px(low);
  const end = view.px(high);
  for (const at of breakpointsIn(structure, low, high)) {
    const x = view.px(at);
    if (x - last < MIN_SEGMENT_PX || end - x < MIN_SEGMENT_PX) continue;
    kept.push(at);
    last = x;
  }
  return kept;
}
