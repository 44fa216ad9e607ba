import {
  formatCount,
  formatMoney,
  formatNumber,
  formatPercent,
  formatRate,
  formatTokens,
  type MoneyDisplay,
} from '../format';
import type { OptionId } from '../option-ids';
import { OPTION_LABELS } from '../options/registry';
import type { Scenario } from '../scenario/schema';
import { UNCERTAIN_INPUTS, type InputUnit, type UncertainInput } from '../scenario/uncertain-inputs';
import type { NumberPath } from '../scenario/paths';
import type { Threshold } from './thresholds';

/** What the display needs to show an input's values: tokens per request (volume is shown as tokens/month) and money. */
export type ValueContext = { tokensPerRequest: number; display: MoneyDisplay };

export function valueContextOf(scenario: Scenario): ValueContext {
  const r = scenario.requirements;
  return { tokensPerRequest: r.inputTokensPerRequest + r.outputTokensPerRequest, display: scenario.display };
}

export function inputOf(path: NumberPath): UncertainInput | undefined {
  return UNCERTAIN_INPUTS.find((input) => input.path === path);
}

/** The unit an input is stored in (the scenario's own; volume is requests, shares are 0–1), for data exports. */
export const STORED_UNIT: Record<InputUnit, string> = {
  'tokens-per-month': 'requests/month',
  tokens: 'tokens/request',
  factor: 'peak ÷ average',
  share: 'share (0–1)',
  reasoning: 'reasoning tokens per output token',
  'usd-per-mtok': 'USD per 1M tokens',
  'usd-per-ptu-month': 'USD per PTU-month',
  'usd-per-vm-hour': 'USD per VM-hour',
  'tokens-per-second': 'output tokens/s per replica',
  'usd-per-month': 'USD/month',
};

/** Monthly tokens, compact; none at all reads "0" rather than "0.0". */
function tokensText(tokens: number): string {
  return tokens === 0 ? '0' : formatTokens(tokens);
}

/** An input's value with its unit, for people: "8.4B tokens/month", "$2.50 per 1M tokens", "35%". */
export function formatInputValue(path: NumberPath, value: number, ctx: ValueContext): string {
  const unit = inputOf(path)?.unit;
  switch (unit) {
    case 'tokens-per-month':
      return `${tokensText(value * ctx.tokensPerRequest)} tokens/month`;
    case 'tokens':
      return `${formatCount(value)} tokens`;
    case 'factor':
      return `${formatNumber(value, 2)}×`;
    case 'share':
      return formatPercent(value, 1);
    case 'reasoning':
      return `${formatNumber(value, 2)} reasoning tokens per output token`;
    case 'usd-per-mtok':
      return `${formatRate(value, ctx.display)} per 1M tokens`;
    case 'usd-per-ptu-month':
      return `${formatMoney(value, ctx.display)} per PTU a month`;
    case 'usd-per-vm-hour':
      return `${formatRate(value, ctx.display)} per VM-hour`;
    case 'tokens-per-second':
      return `${formatCount(value)} tokens/s per replica`;
    case 'usd-per-month':
      return `${formatMoney(value, ctx.display)} a month`;
    default:
      return formatNumber(value, 4);
  }
}

/** The value without its unit where the unit is long (table cells, axis labels). */
export function formatInputShort(path: NumberPath, value: number, ctx: ValueContext): string {
  const unit = inputOf(path)?.unit;
  if (unit === 'tokens-per-month') return tokensText(value * ctx.tokensPerRequest);
  if (unit === 'reasoning') return formatNumber(value, 2);
  if (unit === 'usd-per-mtok' || unit === 'usd-per-vm-hour') return formatRate(value, ctx.display);
  if (unit === 'usd-per-ptu-month' || unit === 'usd-per-month') return formatMoney(value, ctx.display);
  if (unit === 'tokens-per-second') return formatCount(value);
  return formatInputValue(path, value, ctx);
}

/**
 * How far a value is from today's: "−35%", "+12%", "×3.4" from double on, "÷4" below a half; shares in
 * percentage points ("+20 points"). A real minus sign; never "-0" or NaN (a zero base gives points or "from 0").
 */
export function formatChange(path: NumberPath, value: number, current: number): string {
  const unit = inputOf(path)?.unit;
  if (unit === 'share') {
    const points = (value - current) * 100;
    return `${points >= 0 ? '+' : '−'}${formatNumber(Math.abs(points), 1)} points`;
  }
  if (!(current > 0)) return `from ${formatNumber(current, 2)}`;
  const ratio = value / current;
  if (ratio >= 2) return `×${formatNumber(ratio, ratio >= 10 ? 0 : 1)}`;
  if (ratio > 0 && ratio <= 0.5) return `÷${formatNumber(1 / ratio, 1 / ratio >= 10 ? 0 : 1)}`;
  const percent = Math.round((ratio - 1) * 100);
  if (percent === 0) return ratio >= 1 ? '+<1%' : '−<1%';
  return `${percent > 0 ? '+' : '−'}${Math.abs(percent)}%`;
}

/**
 * A probability to one decimal, never rounded to a certainty it is not: "<0.1%" for a rare but possible
 * outcome, ">99.9%" for a near-certain one; exactly 0 and 1 read "0%" and "100%".
 */
export function formatProbability(p: number): string {
  if (p > 0 && p < 0.0005) return '<0.1%';
  if (p < 1 && p > 0.9995) return '>99.9%';
  return formatPercent(p, 1);
}

/** How near a threshold is, for ranking: relative change, or share points as a fraction for shares. */
export function distanceOf(path: NumberPath, value: number, current: number): number {
  if (inputOf(path)?.unit === 'share' || !(current > 0)) return Math.abs(value - current);
  return Math.abs(Math.log(Math.max(value, 1e-300) / current));
}

function optionName(id: OptionId | null): string {
  return id === null ? 'no option meets every requirement' : OPTION_LABELS[id];
}

type Side = { threshold: Threshold; side: 'lower' | 'upper'; distance: number };

/** Thresholds ordered by their nearest change (inputs that never change it last, in the given order). */
export function byNearestChange(list: readonly Threshold[]): Threshold[] {
  const nearest = (t: Threshold) =>
    Math.min(
      ...(['lower', 'upper'] as const).map((side) => {
        const change = t[side];
        return change ? distanceOf(t.input, change.value, t.current) : Infinity;
      }),
    );
  return list
    .map((t, i) => ({ t, i, d: nearest(t) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map(({ t }) => t);
}

/** Every threshold side, nearest first. */
function sidesByDistance(list: readonly Threshold[]): Side[] {
  const sides: Side[] = [];
  for (const threshold of list)
    for (const side of ['lower', 'upper'] as const) {
      const change = threshold[side];
      if (change)
        sides.push({
          threshold,
          side,
          distance: distanceOf(threshold.input, change.value, threshold.current),
        });
    }
  return sides.sort((a, b) => a.distance - b.distance);
}

/** "volume stays between 4.9B and 8.4B tokens/month (−35% / +12%)" and what happens beyond. */
function clause(
  threshold: Threshold,
  sides: readonly ('lower' | 'upper')[],
  ctx: ValueContext,
  named: boolean,
) {
  const input = inputOf(threshold.input);
  const noun = input?.noun ?? threshold.label;
  const value = (v: number) => formatInputValue(threshold.input, v, ctx);
  const change = (v: number) => formatChange(threshold.input, v, threshold.current);
  const { lower, upper } = threshold;
  const beyond = (word: 'below' | 'above', id: OptionId | null) =>
    `${word} that${named ? ` ${noun.replace(/^the /, '')}` : ''}, ${optionName(id)}`;
  if (lower && upper && sides.length === 2) {
    const low = formatInputShort(threshold.input, lower.value, ctx);
    const text = `${noun} stays between ${input?.unit === 'tokens-per-month' ? low : value(lower.value)} and ${value(upper.value)} (${change(lower.value)} / ${change(upper.value)})`;
    const outcomes =
      lower.becomes === upper.becomes
        ? [`outside that range, ${optionName(upper.becomes)}`]
        : [beyond('below', lower.becomes), beyond('above', upper.becomes)];
    return { text, outcomes };
  }
  const side = sides[0]!;
  const change_ = threshold[side]!;
  const word = side === 'upper' ? 'below' : 'above';
  return {
    text: `${noun} stays ${word} ${value(change_.value)} (${change(change_.value)})`,
    outcomes: [beyond(side === 'upper' ? 'above' : 'below', change_.becomes)],
  };
}

/**
 * The recommendation card's sentence from the two nearest thresholds (by relative change):
 * "Holds while volume stays between 4.9B and 8.4B tokens/month (−35% / +12%); below that, Provisioned
 * throughput; above that, Kubernetes (self-hosted)." When the two belong to different inputs, both are named.
 * Null when nothing within the schema's ranges changes the recommendation.
 */
export function thresholdSentence(list: readonly Threshold[], scenario: Scenario): string | null {
  const nearest = sidesByDistance(list).slice(0, 2);
  if (nearest.length === 0) return null;
  const ctx = valueContextOf(scenario);
  const byInput = new Map<Threshold, ('lower' | 'upper')[]>();
  for (const side of nearest)
    byInput.set(side.threshold, [...(byInput.get(side.threshold) ?? []), side.side]);
  const named = byInput.size > 1;
  const clauses = [...byInput].map(([threshold, sides]) => clause(threshold, sides, ctx, named));
  const text = clauses.map((c) => c.text).join(' and ');
  const becomes = nearest.map((side) => side.threshold[side.side]!.becomes);
  // Two inputs leading to the same option: say it once.
  const outcomes =
    named && becomes.every((id) => id === becomes[0])
      ? `beyond either, ${optionName(becomes[0]!)}`
      : clauses.flatMap((c) => c.outcomes).join('; ');
  return `Holds while ${text}; ${outcomes}.`;
}

/**
 * "What would change the decision" for summaries: the sentence, then the next nearest changes of other
 * inputs, one line each ("The API output price above $12.00 per 1M tokens (+20%): Kubernetes (self-hosted)."),
 * at most `max` lines in all.
 */
export function changeNotes(list: readonly Threshold[], scenario: Scenario, max = 3): string[] {
  const sentence = thresholdSentence(list, scenario);
  if (!sentence) return [];
  const ctx = valueContextOf(scenario);
  const sides = sidesByDistance(list);
  const used = new Set(sides.slice(0, 2).map((s) => s.threshold.input));
  const lines = [sentence];
  for (const side of sides) {
    if (lines.length >= max) break;
    if (used.has(side.threshold.input)) continue;
    used.add(side.threshold.input);
    const change = side.threshold[side.side]!;
    const noun = inputOf(side.threshold.input)?.noun ?? side.threshold.label;
    const word = side.side === 'upper' ? 'above' : 'below';
    const text = `${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${word} ${formatInputValue(side.threshold.input, change.value, ctx)} (${formatChange(side.threshold.input, change.value, side.threshold.current)}): ${optionName(change.becomes)}.`;
    lines.push(text);
  }
  return lines;
}
