import {
  ASSUMPTION_SECTIONS,
  findCapability,
  PRESET_LABELS,
  SOURCES,
  type Evaluation,
  type Scenario,
  type ServedModel,
} from '../../core';
import { provenanceOf, selectionDefaults } from '../provenance';
import { getAtPath } from '../scenario-path';

/** Paths of money figures: every price field names its unit ("usdPerVmHour", "labourUsdPerMonth"). */
const MONEY_PATH = /usd/i;

/** Whether a figure takes part in the costs: platform lines only when switched on, fine-tuning only when asked. */
function inUse(scenario: Scenario, path: string): boolean {
  const platform = /^platform\.(\w+)\./.exec(path);
  if (platform) return getAtPath(scenario, `platform.${platform[1]}.enabled`) === true;
  if (path.startsWith('fineTuning.')) return scenario.requirements.needCustomModel;
  return true;
}

/**
 * The months the prices in use were published or checked, from the sources of every money figure in use that
 * is neither a planner assumption nor, outside the seed preset, one of the seed article's illustrative figures
 * (setup costs): ["2026-04", "2026-11"], or one month twice; null when none has a source.
 */
export function priceMonths(scenario: Scenario): [string, string] | null {
  const defaults = selectionDefaults(scenario);
  const months = ASSUMPTION_SECTIONS.flatMap((section) => {
    const block = section.nullable;
    return [...section.fields, ...(block && getAtPath(scenario, block.path) ? block.fields : [])];
  })
    .filter(
      (field) =>
        MONEY_PATH.test(field.path) &&
        inUse(scenario, field.path) &&
        typeof getAtPath(scenario, field.path) === 'number',
    )
    .map((field) => provenanceOf(scenario, field.path, defaults))
    .filter(
      (p) =>
        p.kind !== 'assumption' &&
        (scenario.preset === 'seed' || p.short !== SOURCES['seed-article'].short) &&
        /^\d{4}-\d{2}/.test(p.asOf),
    )
    .map((p) => p.asOf.slice(0, 7))
    .sort();
  const first = months[0];
  const last = months[months.length - 1];
  return first && last ? [first, last] : null;
}

/**
 * The preset and its revision (the date the planner's tables were assembled, not the prices' date) and the
 * months the prices themselves are dated: "Azure list prices, preset revision 2026-12-02, prices dated 2026-04
 * to 2026-11".
 */
export function pricesDated(scenario: Scenario): string {
  const months = priceMonths(scenario);
  const dated = months
    ? `, prices dated ${months[0] === months[1] ? months[0] : `${months[0]} to ${months[1]}`}`
    : '';
  return `${PRESET_LABELS[scenario.preset]}, preset revision ${scenario.presetRevision}${dated}`;
}

/** The footnote on prices: `pricesDated`, plus the exchange rate when not in USD. */
export function pricesLine(scenario: Scenario): string {
  const { currency, usdToCurrency, rateAsOf } = scenario.display;
  const rate =
    currency !== 'USD' ? `; 1 USD = ${usdToCurrency} ${currency}${rateAsOf ? ` as of ${rateAsOf}` : ''}` : '';
  return `Prices: ${pricesDated(scenario)}${rate}.`;
}

/** Every model an evaluation names (the API model and each option's), once each. */
function modelsOf(evaluation: Evaluation): ServedModel[] {
  const all = [evaluation.apiModel, ...evaluation.options.map((o) => o.model)];
  return all.filter((m, i) => all.findIndex((n) => n.id === m.id) === i);
}

/**
 * The attribution the LMArena data's licence (CC-BY-4.0) asks for wherever a rating is shown: "Ratings:
 * LMArena text leaderboard, captured 2025-11-20 (CC-BY-4.0)", with each capture date the shown ratings come
 * from; null when no model in the evaluation has a rating.
 */
export function ratingsLine(evaluation: Evaluation): string | null {
  const dates = [
    ...new Set(
      modelsOf(evaluation)
        .filter((m) => m.capability !== null)
        .map((m) => findCapability(m.id)?.capturedOn)
        .filter((d): d is string => d !== undefined),
    ),
  ].sort();
  if (dates.length === 0) return null;
  return `Ratings: LMArena text leaderboard, captured ${dates.join(' and ')} (CC-BY-4.0).`;
}

/** The LMArena dataset's page, for a link beside `ratingsLine`. */
export const RATINGS_URL = SOURCES['lmarena-text'].url;
