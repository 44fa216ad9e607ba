import type PptxGenJS from 'pptxgenjs';
import { formatMoney, formatTokens, OPTION_LABELS, type Evaluation } from '../../../core';
import { recommendedCost } from '../../recommendation-text';
import { ratingsLine } from '../source-notes';
import type { DeckInput } from './deck-input';
import {
  addFooter,
  addTitle,
  BRAND,
  bullets,
  FONT,
  heading,
  INK,
  MIN_PT,
  MUTED,
  shortSentence,
} from './deck-style';

/** Where the recommendation stops being the cheapest eligible option as volume moves, from the cheapest ranges. */
export function volumeChangeNote(evaluation: Evaluation): string | null {
  const { cheapest, monthlyTokens } = evaluation;
  const index = cheapest.findIndex((r) => r.fromTokens <= monthlyTokens && monthlyTokens <= r.toTokens);
  const range = cheapest[index];
  if (!range || range.option !== evaluation.recommendation.option) return null;
  const name = (id: (typeof cheapest)[number]['option']) => {
    const model = evaluation.options.find((o) => o.id === id)?.model.label;
    return evaluation.apiModel.illustrative || !model
      ? OPTION_LABELS[id]
      : `${OPTION_LABELS[id]} serving ${model}`;
  };
  const below = cheapest[index - 1];
  const above = cheapest[index + 1];
  const parts = [
    `It stays the cheapest eligible option from ${formatTokens(range.fromTokens)} to ${formatTokens(range.toTokens)} tokens/month`,
  ];
  if (above) parts.push(`above that, ${name(above.option)}`);
  if (below) parts.push(`below, ${name(below.option)}`);
  return `${parts.join('; ')}.`;
}

/**
 * The contract-term line: the roadmap's total over the horizon (with growth and commitments) beside the
 * recommendation held all along, or today's cost × months when no roadmap was planned.
 */
function horizonCost(input: DeckInput, monthlyUsd: number, setupUsd: number, months: number): string {
  const display = input.scenario.display;
  const roadmap = input.roadmap;
  const held = roadmap?.totals.find((t) => t.option === input.evaluation.recommendation.option);
  if (roadmap && roadmap.totals[0]?.totalUsd !== null && roadmap.totals[0]) {
    const plan = roadmap.totals[0].totalUsd ?? 0;
    const heldUsd = held?.totalUsd ?? null;
    // When the roadmap never leaves this option the two totals are one figure: say so rather than repeat it.
    const alone =
      heldUsd === null
        ? ''
        : Math.abs(heldUsd - plan) < 0.5
          ? '; the roadmap keeps this option all along'
          : `; this option all along ${formatMoney(heldUsd, display)}`;
    return `${formatMoney(plan, display)} over ${roadmap.horizonMonths} months following the roadmap${alone}`;
  }
  const setup = setupUsd > 0 ? `, ${formatMoney(setupUsd, display)} setup included` : '';
  return `${formatMoney(monthlyUsd * months + setupUsd, display)} over ${months} months at today’s volume${setup}`;
}

/** The roadmap's first move, when it makes one: "In month 9 … reserve 20 PTU yearly". */
function roadmapMove(input: DeckInput): string | null {
  const sentences = input.roadmap?.sentences ?? [];
  return sentences.find((s) => /^In month \d+/.test(s)) ?? null;
}

/**
 * Slide 1, the executive summary: the decision and the model it serves, its monthly and horizon cost, three
 * reasons with numbers, the watch-outs, what was ruled out and what would change the decision. Speaker notes
 * carry every reason, warning and exclusion in full.
 */
export function addSummarySlide(
  pptx: PptxGenJS,
  input: DeckInput,
  words: { summary: string; pricesAsOf: string; shareNote: string | null },
): void {
  const { evaluation, scenario } = input;
  const { recommendation } = evaluation;
  const slide = pptx.addSlide();
  const chosen = evaluation.options.find((o) => o.id === recommendation.option) ?? null;
  const display = scenario.display;
  const headline = chosen
    ? `${OPTION_LABELS[chosen.id]}${evaluation.apiModel.illustrative ? '' : ` serving ${chosen.model.label}`}`
    : 'No option meets every requirement';
  addTitle(
    slide,
    scenario.name ? `${scenario.name}: ${headline}` : `Recommendation: ${headline}`,
    words.summary,
  );
  const cost = recommendedCost(evaluation);
  const months = scenario.evolution.horizonMonths;
  if (chosen && cost !== null) {
    slide.addText(
      [
        {
          text: `${formatMoney(cost, display)} a month`,
          options: { fontSize: 30, bold: true, color: BRAND, breakLine: true },
        },
        {
          text: horizonCost(input, cost, chosen.setupCost, months),
          options: { fontSize: 15, color: MUTED, breakLine: true },
        },
      ],
      { x: 0.5, y: 1.45, w: 7.6, h: 1.0, fontFace: FONT, valign: 'top' },
    );
  }
  slide.addText(
    [heading('Why'), ...bullets(recommendation.reasons.slice(0, 3).map((r) => shortSentence(r, 170)))],
    {
      x: 0.5,
      y: 2.55,
      w: 7.6,
      h: 4.2,
      fontFace: FONT,
      color: INK,
      valign: 'top',
    },
  );
  // The sensitivity's nearest thresholds when given (else the volume range), and the roadmap's first move.
  const notes = input.changeNotes ?? [volumeChangeNote(evaluation)].filter((n): n is string => n !== null);
  const move = roadmapMove(input);
  const changes = move ? [...notes.slice(0, 1), move] : notes.slice(0, 2);
  const right = [
    ...(recommendation.warnings.length > 0
      ? [
          heading('Watch out'),
          ...bullets(
            recommendation.warnings.slice(0, 3).map((w) => shortSentence(w, 170, 'sentence')),
            13,
          ),
        ]
      : []),
    ...(recommendation.excluded.length > 0
      ? [
          heading('Ruled out'),
          ...bullets(
            recommendation.excluded
              .slice(0, 4)
              .map((e) => `${OPTION_LABELS[e.option]}: ${shortSentence(e.reason, 90)}`),
            13,
          ),
        ]
      : []),
    ...(changes.length > 0 ? [heading('What would change it'), ...bullets(changes.slice(0, 2), 13)] : []),
  ];
  // Ratings quoted in a reason or watch-out are LMArena's: attributed as their licence asks.
  const ratings = ratingsLine(evaluation);
  const quotesRatings = [...recommendation.reasons.slice(0, 3), ...recommendation.warnings.slice(0, 3)].some(
    (line) => /rated \d/.test(line),
  );
  if (ratings && quotesRatings)
    right.push({ text: ratings, options: { fontSize: MIN_PT, color: MUTED, breakLine: true } });
  slide.addText(right, { x: 8.4, y: 1.45, w: 4.45, h: 5.35, fontFace: FONT, color: INK, valign: 'top' });
  addFooter(slide, words.pricesAsOf, input.shareUrl, words.shareNote);
  slide.addNotes(
    [
      'Why:',
      ...recommendation.reasons,
      '',
      'Watch out:',
      ...(recommendation.warnings.length > 0 ? recommendation.warnings : ['Nothing flagged.']),
      '',
      'Ruled out:',
      ...(recommendation.excluded.length > 0
        ? recommendation.excluded.map((e) => `${OPTION_LABELS[e.option]}: ${e.reason}`)
        : ['None.']),
      '',
      recommendation.seedRuleNote,
      ...evaluation.caveats.map((c) => c.text),
    ].join('\n'),
  );
}
