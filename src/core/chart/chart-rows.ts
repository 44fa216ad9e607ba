import { buildOptions } from '../cost/build-options';
import type { BreakEven, CheapestRange } from '../cost/break-even';
import {
  breakpointsIn,
  costAt,
  countBreakpoints,
  valueOnPiece,
  type CostStructure,
} from '../cost/cost-structure';
import type { Evaluation } from '../evaluate';
import type { OptionId } from '../option-ids';
import type { Scenario } from '../scenario/schema';
import type { TokensPerMonth } from '../units';

/**
 * One chart row: a volume and every option's monthly cost there (USD), plus the cheapest of them. A capacity
 * step appears as two rows at the same volume, marked `corner: 'before'` and `'after'` the jump.
 */
export type ChartRow = { tokens: TokensPerMonth; cheapest: number; corner?: 'before' | 'after' } & Record<
  OptionId,
  number
>;

export type ChartModel = {
  xScale: 'log' | 'linear';
  /** Visible volume range, tokens per month. */
  domain: [number, number];
  /** Sorted by volume; a capacity step appears as two rows at the same volume (before and after the jump). */
  rows: ChartRow[];
  /** Break-evens inside the domain. */
  breakEvens: BreakEven[];
  /** Break-evens grouped for drawing: crossings within 2% of each other share one marker (see `groupMarkers`). */
  markers: MarkerGroup[];
  /** Cheapest option per range, clipped to the domain. */
  cheapestBands: CheapestRange[];
  scenarioTokens: TokensPerMonth;
  /**
   * Top of a linear cost axis, USD per month: high enough for every break-even in view, the costs at the
   * scenario's volume and the budget, so the decision region is readable; steeper lines run off the top.
   */
  yMaxLinear: number;
  /** Bottom of a log cost axis: the smallest positive cost in view (USD per month). */
  yMinLog: number;
  /** Each option's cost curve, from which the on-screen chart draws its lines exactly (`optionLine`). */
  structures: Record<OptionId, CostStructure>;
};

/**
 * One drawn marker: the crossing it is labelled with, every crossing that shares its spot, and whether the
 * cheapest option changes there (when crossings are dense, only those get a label).
 */
export type MarkerGroup = { at: BreakEven; all: BreakEven[]; primary: boolean };

/**
 * Groups crossings that would sit on top of each other (within 2% in volume and in cost), e.g. private
 * endpoints crossing $7.30 before the serverless API does. A group is labelled with the crossing where the
 * cheapest option changes, when it holds one, so the marker at 1.0B reads "1.0B", not "998M".
 */
export function groupMarkers(
  breakEvens: readonly BreakEven[],
  cheapest: readonly CheapestRange[],
): MarkerGroup[] {
  const boundaries = new Set(cheapest.slice(1).map((range) => range.fromTokens));
  const primary = (be: BreakEven) => boundaries.has(be.monthlyTokens);
  const ordered = [...breakEvens].sort(
    (x, y) => Number(primary(y)) - Number(primary(x)) || x.monthlyTokens - y.monthlyTokens,
  );
  const groups: MarkerGroup[] = [];
  for (const be of ordered) {
    const near = groups.find(
      (g) =>
        Math.abs(g.at.monthlyTokens / be.monthlyTokens - 1) < 0.02 &&
        Math.abs(g.at.monthlyCost / Math.max(be.monthlyCost, 1e-9) - 1) < 0.02,
    );
    if (near) near.all.push(be);
    else groups.push({ at: be, all: [be], primary: primary(be) });
  }
  return groups.sort((x, y) => x.at.monthlyTokens - y.at.monthlyTokens);
}

export type ChartRowOptions = {
  xScale: 'log' | 'linear';
  /** Evenly spaced samples across the axis (default 160). */
  maxPoints?: number;
  /**
   * Add the exact break-even volumes, the scenario's volume and capacity-step corners (default true). Off for
   * category-axis charts (PowerPoint), where every row is drawn evenly spaced and only even samples make sense.
   */
  extras?: boolean;
  /**
   * Log axis only: the view widened outward to whole powers of ten (PowerPoint's log axis runs between them), so
   * the slide shows all the app shows. An end that would leave the analysed range rounds inward instead, and the
   * slide then stops short of the app's view at that end (Azure at 50M requests: 1e8–1e12 against 6e8–6e12), and
   * a break-even in that last stretch, if any, is not on the slide.
   */
  wholeDecades?: boolean;
};

/** Steps closer than this share of the axis (≈ 3–4 px on screen) are drawn by the sampled line; wider ones get exact corners. */
const MIN_STEP_GAP_SHARE = 1 / 250;
/** Beyond this many breakpoints in view an option's steps are finer than any screen: sample instead. */
const MAX_ENUMERATED_STEPS = 50_000;

/** Rounds up to a round number (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 × 10^k) so linear axis ticks stay readable. */
export function niceCeil(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((m) => m * magnitude >= value * (1 - 1e-12)) ?? 10;
  return step * magnitude;
}

/**
 * The log-axis view: two decades either side of the volume, widened to show every break-even with a margin,
 * within the analysed range.
 */
function logDomain(evaluation: Evaluation): [number, number] {
  const volume = evaluation.monthlyTokens > 0 ? evaluation.monthlyTokens : 1e9;
  const crossings = evaluation.breakEvens.map((be) => be.monthlyTokens);
  const low = Math.min(volume / 100, ...crossings.map((t) => t / 3));
  const high = Math.max(volume * 100, ...crossings.map((t) => t * 3));
  return [Math.max(evaluation.range.fromTokens, low), Math.min(evaluation.range.toTokens, high)];
}

/** [low, high] widened to powers of ten, each end rounding inward instead where outward leaves `range`. */
function wholeDecades(
  [low, high]: [number, number],
  range: { fromTokens: number; toTokens: number },
): [number, number] {
  const down = 10 ** Math.floor(Math.log10(low));
  const up = 10 ** Math.ceil(Math.log10(high));
  return [
    down >= range.fromTokens ? down : 10 ** Math.ceil(Math.log10(low)),
    up <= range.toTokens ? up : 10 ** Math.floor(Math.log10(high)),
  ];
}

/** The linear-axis view: 0 to 3× the volume, stretched to show the next break-even above it. */
function linearDomain(evaluation: Evaluation): [number, number] {
  const volume = evaluation.monthlyTokens > 0 ? evaluation.monthlyTokens : 1e9;
  const next = evaluation.breakEvens.find((be) => be.monthlyTokens > volume * 1.05);
  const high = Math.max(volume * 3, next ? next.monthlyTokens * 1.25 : 0);
  return [0, Math.min(high, evaluation.range.toTokens)];
}

/**
 * Chart rows from an evaluation: samples evenly spaced on the chosen axis, the exact break-even volumes and
 * the scenario's own volume, plus both corners of every capacity step wide enough to see, so step-shaped costs
 * are drawn as steps rather than smoothed. Pure; the on-screen chart and every export use it.
 */
export function buildChartRows(
  scenario: Scenario,
  evaluation: Evaluation,
  options: ChartRowOptions,
): ChartModel {
  const models = buildOptions(scenario);
  const domain: [number, number] =
    options.xScale === 'log'
      ? options.wholeDecades
        ? wholeDecades(logDomain(evaluation), evaluation.range)
        : logDomain(evaluation)
      : linearDomain(evaluation);
  const [low, high] = domain;
  const toAxis = options.xScale === 'log' ? (t: number) => Math.log10(t) : (t: number) => t;
  const fromAxis = options.xScale === 'log' ? (x: number) => 10 ** x : (x: number) => x;
  const axisLow = toAxis(low);
  const axisHigh = toAxis(high);
  const samples = options.maxPoints ?? 160;

  const points: { tokens: number; right: boolean }[] = [];
  for (let i = 0; i <= samples; i += 1)
    points.push({ tokens: fromAxis(axisLow + ((axisHigh - axisLow) * i) / samples), right: false });
  points[0] = { tokens: low, right: false };
  points[points.length - 1] = { tokens: high, right: false };
  const inside = (t: number) => t >= low && t <= high;
  const extras = options.extras ?? true;
  if (extras) {
    for (const be of evaluation.breakEvens)
      if (inside(be.monthlyTokens)) points.push({ tokens: be.monthlyTokens, right: false });
    if (inside(evaluation.monthlyTokens)) points.push({ tokens: evaluation.monthlyTokens, right: false });
  }

  const minGap = (axisHigh - axisLow) * MIN_STEP_GAP_SHARE;
  for (const model of extras ? models : []) {
    if (countBreakpoints(model.structure, low, high) > MAX_ENUMERATED_STEPS) continue;
    let lastAxis = -Infinity;
    for (const at of breakpointsIn(model.structure, low, high)) {
      const axis = toAxis(at);
      if (axis - lastAxis < minGap) continue;
      lastAxis = axis;
      points.push({ tokens: at, right: false }, { tokens: at, right: true });
    }
  }
  points.sort((a, b) => a.tokens - b.tokens || Number(a.right) - Number(b.right));

  const rows: ChartRow[] = [];
  for (const point of points) {
    const previous = rows[rows.length - 1];
    if (previous && previous.tokens === point.tokens && !point.right) continue;
    const row = { tokens: point.tokens, cheapest: Infinity } as ChartRow;
    if (point.right) {
      row.corner = 'after';
      if (previous && previous.tokens === point.tokens) previous.corner = 'before';
    }
    for (const model of models) {
      // The right-hand corner of a step: the value on the piece just after the jump.
      const value = point.right
        ? valueOnPiece(model.structure, point.tokens * (1 + 1e-9), point.tokens)
        : costAt(model.structure, point.tokens);
      row[model.id] = value;
      row.cheapest = Math.min(row.cheapest, value);
    }
    rows.push(row);
  }

  const breakEvens = evaluation.breakEvens.filter((be) => inside(be.monthlyTokens));
  const atVolume = evaluation.options.map((o) => o.monthlyCost);
  const yMaxLinear = niceCeil(
    1.15 *
      Math.max(
        1,
        ...breakEvens.slice(0, 200).map((be) => be.monthlyCost),
        ...atVolume,
        scenario.requirements.monthlyBudget,
      ),
  );
  let yMinLog = Infinity;
  for (const row of rows)
    for (const model of models) if (row[model.id] > 0) yMinLog = Math.min(yMinLog, row[model.id]);
  if (!Number.isFinite(yMinLog)) yMinLog = 1;
  return {
    xScale: options.xScale,
    structures: Object.fromEntries(models.map((model) => [model.id, model.structure])) as Record<
      OptionId,
      CostStructure
    >,
    yMaxLinear,
    yMinLog,
    domain,
    rows,
    breakEvens,
    markers: groupMarkers(breakEvens, evaluation.cheapest),
    cheapestBands: evaluation.cheapest
      .filter((c) => c.toTokens > low && c.fromTokens < high)
      .map((c) => ({
        option: c.option,
        fromTokens: Math.max(c.fromTokens, low),
        toTokens: Math.min(c.toTokens, high),
      })),
    scenarioTokens: evaluation.monthlyTokens,
  };
}
