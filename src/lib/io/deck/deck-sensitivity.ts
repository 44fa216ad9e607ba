import type PptxGenJS from 'pptxgenjs';
import {
  formatChange,
  formatCount,
  formatInputValue,
  formatMoney,
  formatProbability,
  OPTION_IDS,
  OPTION_LABELS,
  OPTION_STYLE,
  valueContextOf,
  type Threshold,
} from '../../../core';
import { gapLabel, type SensitivityReport } from '../sensitivity-report';
import type { DeckInput } from './deck-input';
import { addFooter, addTitle, BRAND, bullets, FONT, heading, INK, MIN_PT, MUTED, RULE } from './deck-style';

/** Bars on the slide's tornado: the largest swings only, so every label stays readable at 12 pt. */
const MAX_BARS = 6;
const LOW_COLOUR = '0072B2';
const HIGH_COLOUR = 'E69F00';

/** A step of 1, 2 or 5 × 10^k giving four to five intervals over the span. */
function majorUnit(span: number): number {
  if (!(span > 0)) return 1;
  const raw = span / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

/** One threshold side in a line: "PTU price below $120 per PTU a month (−46%): Provisioned throughput". */
function thresholdLine(t: Threshold, side: 'lower' | 'upper', input: DeckInput): string {
  const change = t[side]!;
  const to = change.becomes === null ? 'no option eligible' : OPTION_LABELS[change.becomes];
  return `${t.label} ${side === 'lower' ? 'below' : 'above'} ${formatInputValue(t.input, change.value, valueContextOf(input.scenario))} (${formatChange(t.input, change.value, t.current)}): ${to}`;
}

/** The nearest threshold sides across all inputs, in order. */
function nearestLines(report: SensitivityReport, input: DeckInput, count: number): string[] {
  const lines: string[] = [];
  for (const t of report.thresholds)
    for (const side of ['lower', 'upper'] as const) if (t[side]) lines.push(thresholdLine(t, side, input));
  return lines.slice(0, count);
}

/**
 * The sensitivity slide: the threshold sentence as the message, the tornado as a native (editable) bar chart of
 * the runner-up's gap at each input's low and high value, the nearest thresholds and, when the simulation ran,
 * each option's chance of being the cheapest. Speaker notes carry every threshold and the tornado's figures.
 */
export function sensitivitySlide(
  report: SensitivityReport,
  words: { pricesAsOf: string; shareNote: string | null },
): (pptx: PptxGenJS, input: DeckInput) => void {
  return (pptx, input) => {
    const display = input.scenario.display;
    const slide = pptx.addSlide();
    const rec = input.evaluation.recommendation.option;
    addTitle(
      slide,
      rec ? `What would change the decision for ${OPTION_LABELS[rec]}` : 'What would change the decision',
      'One input at a time, the others at today’s values · GPU plan and PTU sizing as chosen today',
    );
    slide.addText(
      report.sentence ??
        'No single input, moved alone within the range the planner accepts, changes the recommendation.',
      {
        x: 0.5,
        y: 1.45,
        w: 12.3,
        h: 0.85,
        fontSize: 16,
        bold: true,
        color: INK,
        fontFace: FONT,
        fill: { color: 'EEF3F9' },
        line: { color: BRAND, width: 0 },
        margin: 8,
        valign: 'middle',
      },
    );
    const tornado = report.tornado;
    const moving = (tornado?.bars ?? [])
      .filter((b) => b.deltaAtLow !== tornado?.todayGap || b.deltaAtHigh !== tornado?.todayGap)
      .slice(0, MAX_BARS);
    if (tornado && moving.length > 0) {
      const rate = display.usdToCurrency;
      // A horizontal bar chart draws its first category at the bottom: reversed so the largest swing is on top.
      const shown = [...moving].reverse();
      const labels = shown.map((b) => (b.flips ? `${b.label} ⚑` : b.label));
      const short = (id: keyof typeof OPTION_STYLE) => OPTION_STYLE[id].short;
      slide.addText(
        `Gap: ${short(tornado.pair.runnerUp)} minus ${short(tornado.pair.recommended)}, ${display.currency}/month (today ${formatMoney(tornado.todayGap, display)})`,
        {
          x: 0.5,
          y: 2.45,
          w: 7.6,
          h: 0.4,
          fontSize: 13,
          bold: true,
          color: BRAND,
          fontFace: FONT,
        },
      );
      const values = shown.flatMap((b) => [b.deltaAtLow * rate, b.deltaAtHigh * rate, 0]);
      slide.addChart(
        pptx.ChartType.bar,
        // PowerPoint stacks a bar chart's series bottom-up within a category: the high value first puts the low
        // value's bar on top, as on the planner's tornado ("At the low value (upper bar)").
        [
          { name: 'At the high value', labels, values: shown.map((b) => Math.round(b.deltaAtHigh * rate)) },
          { name: 'At the low value', labels, values: shown.map((b) => Math.round(b.deltaAtLow * rate)) },
        ],
        {
          x: 0.4,
          y: 2.85,
          w: 7.8,
          h: 3.95,
          barDir: 'bar',
          barGrouping: 'clustered',
          barGapWidthPct: 60,
          chartColors: [HIGH_COLOUR, LOW_COLOUR],
          // Labels at the left edge, not at zero, where bars of a flipped gap run under them.
          catAxisLabelPos: 'low',
          catAxisLabelFontSize: MIN_PT,
          catAxisLabelFontFace: FONT,
          catAxisLabelColor: INK,
          valAxisLabelFontSize: MIN_PT,
          valAxisLabelFontFace: FONT,
          valAxisLabelColor: MUTED,
          valAxisLabelFormatCode: '#,##0',
          // About five gridlines at round amounts: the default crowds the labels into each other.
          valAxisMajorUnit: majorUnit(Math.max(...values) - Math.min(...values)),
          valGridLine: { color: RULE, size: 0.5 },
          catGridLine: { style: 'none' },
          showLegend: true,
          legendPos: 'b',
          legendFontSize: MIN_PT,
          legendFontFace: FONT,
        },
      );
    } else {
      slide.addText('No range moves the gap between the recommendation and its runner-up.', {
        x: 0.5,
        y: 2.9,
        w: 7.6,
        h: 0.5,
        fontSize: 14,
        color: MUTED,
        fontFace: FONT,
      });
    }
    const sim = report.simulation;
    const right = [
      heading('Nearest thresholds'),
      ...bullets(nearestLines(report, input, 3), 13),
      ...(sim
        ? [
            heading(`Chance of being cheapest (${formatCount(sim.samples)} draws)`),
            ...bullets(
              [
                ...OPTION_IDS.filter((id) => sim.probabilityCheapest[id] > 0)
                  .sort((a, b) => sim.probabilityCheapest[b] - sim.probabilityCheapest[a])
                  .map(
                    (id) =>
                      `${OPTION_LABELS[id]}: ${formatProbability(sim.probabilityCheapest[id])} · ${formatMoney(sim.quantiles[id].p10, display)}–${formatMoney(sim.quantiles[id].p90, display)} a month (P10–P90)`,
                  ),
                ...(OPTION_IDS.some((id) => sim.probabilityCheapest[id] === 0)
                  ? ['Every other option: 0%']
                  : []),
              ],
              13,
            ),
          ]
        : []),
    ];
    slide.addText(right, { x: 8.4, y: 2.45, w: 4.45, h: 4.35, fontFace: FONT, color: INK, valign: 'top' });
    addFooter(slide, words.pricesAsOf, input.shareUrl, words.shareNote);
    const ctx = valueContextOf(input.scenario);
    slide.addNotes(
      [
        report.sentence ?? 'No single input changes the recommendation within its range.',
        '',
        'Every threshold (one input at a time):',
        ...report.thresholds.map((t) => {
          const side = (s: 'lower' | 'upper') => (t[s] ? thresholdLine(t, s, input) : null);
          const found = [side('lower'), side('upper')].filter((x): x is string => x !== null);
          return found.length > 0
            ? `${found.join('; ')} [${t.method === 'exact' ? 'exact' : 'search, ±0.0001%'}]`
            : `${t.label}: no change between ${formatInputValue(t.input, t.searched.min, ctx)} and ${formatInputValue(t.input, t.searched.max, ctx)}`;
        }),
        '',
        ...(tornado
          ? [
              `Tornado (${gapLabel(tornado.pair)}; today ${formatMoney(tornado.todayGap, display)} a month; ⚑ = the recommendation changes within the range):`,
              ...tornado.bars.map(
                (b) =>
                  `${b.label}: ${formatInputValue(b.input, b.low, ctx)} → ${formatMoney(b.deltaAtLow, display)}; ${formatInputValue(b.input, b.high, ctx)} → ${formatMoney(b.deltaAtHigh, display)}${b.flips ? ' ⚑' : ''}`,
              ),
            ]
          : []),
        ...(sim
          ? [
              '',
              `Monte Carlo: ${sim.samples} samples, seed ${sim.seed}; uncertain inputs: ${sim.varied.map((v) => v.input).join(', ') || 'none'}. Volume log-normal (low/high = P5/P95), others triangular (low, today, high).`,
              ...OPTION_IDS.map(
                (id) =>
                  `${OPTION_LABELS[id]}: cheapest in ${formatProbability(sim.probabilityCheapest[id])}; P10 ${formatMoney(sim.quantiles[id].p10, display)}, P50 ${formatMoney(sim.quantiles[id].p50, display)}, P90 ${formatMoney(sim.quantiles[id].p90, display)}`,
              ),
            ]
          : []),
      ].join('\n'),
    );
  };
}
