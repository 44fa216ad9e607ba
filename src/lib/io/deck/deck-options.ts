import type PptxGenJS from 'pptxgenjs';
import {
  formatMoney,
  formatNumber,
  formatCount,
  formatTokens,
  OPTION_LABELS,
  type OptionResult,
} from '../../../core';
import { formatRateForPeople } from '../rate-text';
import { ratingsLine, RATINGS_URL } from '../source-notes';
import type { DeckInput } from './deck-input';
import { addFooter, addTitle, BRAND, FONT, INK, MIN_PT, MUTED, RULE, shortSentence } from './deck-style';

/** "Standard_ND96isr_H100_v5" → "ND96isr H100 v5": VM names that fit a table cell without wrapping. */
export function shortVmName(label: string): string {
  return label
    .replace(/^×\s*/, '')
    .replace(/^Standard_/, '')
    .replace(/_/g, ' ');
}

function capacity(option: OptionResult): string {
  if (!option.capacity) return '—';
  const unit = option.capacity.unitLabel === 'PTU' ? 'PTU' : `× ${shortVmName(option.capacity.unitLabel)}`;
  // The term says why two options on the same VM differ in price (pay-as-you-go against a reservation).
  return `${formatNumber(option.capacity.units, 0)} ${unit}, ${option.capacity.term}`;
}

function status(option: OptionResult, recommended: boolean): string {
  if (recommended) return 'Recommended';
  if (option.exclusion) return `Ruled out: ${shortSentence(option.exclusion.reason, 70)}`;
  if (option.smallerModel) return 'Eligible, smaller model';
  return option.withinBudget ? 'Eligible' : 'Eligible, over budget';
}

/** Slide 3: every option at the scenario's volume with the model it serves, its capacity and its status. */
export function addOptionsSlide(
  pptx: PptxGenJS,
  input: DeckInput,
  words: { pricesAsOf: string; shareNote: string | null },
): void {
  const { evaluation, scenario } = input;
  const display = scenario.display;
  const slide = pptx.addSlide();
  addTitle(
    slide,
    `Every option at ${formatTokens(evaluation.monthlyTokens)} tokens a month`,
    'Ruled-out options are shown with the reason; they are never recommended.',
  );
  const head = ['Option', 'Serves', 'Monthly cost', 'Per 1M tokens', 'Capacity', 'Status'].map((text) => ({
    text,
    options: { bold: true, color: 'FFFFFF', fill: { color: BRAND } },
  }));
  const rows = evaluation.options.map((o) => {
    const recommended = o.id === evaluation.recommendation.option;
    const tone = o.exclusion ? MUTED : INK;
    const cell = (text: string, extra: Record<string, unknown> = {}) => ({
      text,
      options: { color: tone, bold: recommended, ...extra },
    });
    return [
      cell(OPTION_LABELS[o.id]),
      cell(
        o.model.capability === null
          ? o.model.label
          : `${o.model.label} · rated ${formatCount(o.model.capability)}`,
      ),
      // The one-off setup under the run-rate, as on the planner's options table.
      o.setupCost > 0
        ? {
            text: [
              { text: formatMoney(o.monthlyCost, display), options: { breakLine: true } },
              {
                text: `+ ${formatMoney(o.setupCost, display)} setup`,
                options: { fontSize: MIN_PT, bold: false, color: MUTED },
              },
            ],
            options: { color: tone, bold: recommended, align: 'right' as const },
          }
        : cell(formatMoney(o.monthlyCost, display), { align: 'right' }),
      cell(o.usdPerMTokAllIn === null ? '—' : formatRateForPeople(o.usdPerMTokAllIn, display), {
        align: 'right',
      }),
      cell(capacity(o)),
      cell(status(o, recommended), { color: o.exclusion ? 'A4262C' : tone }),
    ];
  });
  slide.addTable([head, ...rows], {
    x: 0.5,
    y: 1.5,
    w: 12.3,
    colW: [2.1, 2.5, 1.75, 1.35, 2.05, 2.55],
    fontSize: 13,
    fontFace: FONT,
    color: INK,
    valign: 'middle',
    border: { type: 'solid', pt: 0.75, color: RULE },
  });
  // The "Serves" column shows LMArena ratings: their licence (CC-BY-4.0) asks for attribution where they appear.
  const ratings = ratingsLine(evaluation);
  if (ratings && evaluation.options.some((o) => o.model.capability !== null))
    slide.addText(
      [
        { text: 'Serves: the model and its rating. ' },
        {
          text: ratings,
          options: { hyperlink: { url: RATINGS_URL, tooltip: 'LMArena leaderboard dataset' } },
        },
      ],
      { x: 0.5, y: 6.5, w: 12.3, h: 0.35, fontSize: MIN_PT, color: MUTED, fontFace: FONT, valign: 'middle' },
    );
  addFooter(slide, words.pricesAsOf, input.shareUrl, words.shareNote);
  slide.addNotes(
    evaluation.options
      .map((o) =>
        [
          `${OPTION_LABELS[o.id]} — serves ${o.model.label}: ${formatMoney(o.monthlyCost, display)} a month.`,
          ...(o.exclusion ? [`Ruled out: ${o.exclusion.reason}`] : []),
          ...(o.capacity ? [o.capacity.detail] : []),
          ...o.lines.map((line) => `  ${line.label}: ${line.formula} = ${formatMoney(line.usd, display)}`),
        ].join('\n'),
      )
      .join('\n\n'),
  );
}
