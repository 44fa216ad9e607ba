import type PptxGenJS from 'pptxgenjs';
import {
  formatMoney,
  formatMoneyCompact,
  OPTION_LABELS,
  OPTION_STYLE,
  type RoadmapSlideData,
} from '../../../core';
import type { DeckInput } from './deck-input';
import { addFooter, addTitle, BRAND, bullets, FONT, heading, INK, MIN_PT, RULE } from './deck-style';

/** At most this many static choices are drawn beside the plan (the cheapest ones): more lines stop reading. */
const MAX_STATIC_LINES = 3;

/**
 * The roadmap slide: the plan in sentences, its cumulative cost month by month against the cheapest static
 * choices (a native line chart: months are evenly spaced, so a category axis is exact), and the totals.
 */
export function addRoadmapSlide(
  pptx: PptxGenJS,
  input: DeckInput,
  roadmap: RoadmapSlideData,
  words: { pricesAsOf: string; shareNote: string | null },
): void {
  const display = roadmap.display;
  const slide = pptx.addSlide();
  const plan = roadmap.totals[0]!;
  const months = roadmap.horizonMonths;
  addTitle(
    slide,
    roadmap.allExcluded
      ? `No eligible option: this ${months}-month roadmap ignores your constraints`
      : roadmap.savingUsd > 0
        ? `The ${months}-month roadmap saves ${formatMoneyCompact(roadmap.savingUsd, display)} on the best single option`
        : `Over ${months} months, one option all along is cheapest`,
    `${formatMoney(plan.totalUsd ?? 0, display)} in all, moves and commitments within the horizon included${
      roadmap.committedAfterHorizonUsd > 0
        ? ` · ${formatMoneyCompact(roadmap.committedAfterHorizonUsd, display)} more committed after it`
        : ''
    }`,
  );
  slide.addText([heading('The plan'), ...bullets(roadmap.sentences.slice(0, 5), 14)], {
    x: 0.5,
    y: 1.45,
    w: 5.4,
    h: 5.3,
    fontFace: FONT,
    color: INK,
    valign: 'top',
  });
  const statics = roadmap.totals
    .filter((t) => t.option !== null && t.totalUsd !== null)
    .sort((a, b) => (a.totalUsd ?? 0) - (b.totalUsd ?? 0))
    .slice(0, MAX_STATIC_LINES);
  const labels = roadmap.rows.map((row) => String(row.month));
  const rate = display.usdToCurrency;
  slide.addChart(
    pptx.ChartType.line,
    [
      {
        name: 'This roadmap',
        labels,
        values: roadmap.rows.map((r) => Math.round(r.planCumulativeUsd * rate)),
      },
      ...statics.map((t) => ({
        name: `${OPTION_STYLE[t.option!].short} all along`,
        labels,
        values: roadmap.rows.map((r) => Math.round((r[`cumulative_${t.option!}`] ?? 0) * rate)),
      })),
    ],
    {
      x: 6.1,
      y: 1.4,
      w: 6.9,
      h: 3.3,
      chartColors: [INK, ...statics.map((t) => OPTION_STYLE[t.option!].light.replace('#', ''))],
      lineSize: 2.5,
      lineDataSymbol: 'none',
      showLegend: true,
      legendPos: 'b',
      legendFontSize: MIN_PT,
      catAxisLabelFontSize: MIN_PT,
      catAxisLabelFrequency: String(Math.max(1, Math.round(labels.length / 6))),
      showCatAxisTitle: true,
      catAxisTitle: 'Month',
      catAxisTitleFontSize: MIN_PT,
      valAxisLabelFontSize: MIN_PT,
      valAxisLabelFormatCode: '#,##0,"K"',
      showValAxisTitle: true,
      valAxisTitle: `Cumulative cost (${display.currency})`,
      valAxisTitleFontSize: MIN_PT,
    },
  );
  const rows = [plan, ...statics].map((t) => [
    {
      text: t.option === null ? 'This roadmap' : `${OPTION_LABELS[t.option]} all along`,
      options: { bold: t.option === null },
    },
    {
      text: formatMoney(t.totalUsd ?? 0, display),
      options: { align: 'right' as const, bold: t.option === null },
    },
    {
      text: t.planSavesUsd === null ? '—' : formatMoney(t.planSavesUsd, display),
      options: { align: 'right' as const },
    },
  ]);
  slide.addTable(
    [
      ['Over the horizon', 'Total', 'Roadmap saves'].map((text) => ({
        text,
        options: { bold: true, color: 'FFFFFF', fill: { color: BRAND } },
      })),
      ...rows,
    ],
    {
      x: 6.1,
      y: 4.8,
      w: 6.9,
      colW: [3.7, 1.6, 1.6],
      fontSize: MIN_PT,
      fontFace: FONT,
      color: INK,
      border: { type: 'solid', pt: 0.75, color: RULE },
    },
  );
  addFooter(slide, words.pricesAsOf, input.shareUrl, words.shareNote);
  slide.addNotes(
    [
      ...roadmap.sentences,
      '',
      'Totals over the horizon:',
      ...roadmap.totals.map((t) =>
        t.totalUsd === null
          ? `${t.label}: ruled out (${t.ruledOut ?? ''})`
          : `${t.label}: ${formatMoney(t.totalUsd, display)}`,
      ),
    ].join('\n'),
  );
}
