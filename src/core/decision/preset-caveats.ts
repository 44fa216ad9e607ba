import type { OptionId } from '../option-ids';
import type { Scenario } from '../scenario/schema';

/** A known problem with a preset's own figures, shown next to the numbers it concerns. */
export type Caveat = { about: OptionId | 'break-evens'; text: string };

/**
 * The seed article's figures disagree with themselves in two places; the preset keeps them (it reproduces the
 * article) and says so, with the arithmetic:
 * - "~100 PTU" for $3,000/month: 100 PTU × $2/h × 730 h = $146,000/month; $3,000 is about the 15-PTU Global
 *   minimum on a yearly reservation (15 × $2,652 ÷ 12 = $3,315).
 * - "break-even ~400K tokens/hour": 400,000 × 730 h = 292M tokens/month, while its own table crosses where
 *   $3,000 + $2/1M × T = $5/1M × T, i.e. T = $3,000 ÷ $3 per 1M = 1B tokens/month ≈ 1.37M tokens/hour.
 */
export function presetCaveats(scenario: Scenario): Caveat[] {
  if (scenario.preset !== 'seed') return [];
  return [
    {
      about: 'provisioned_throughput',
      text: 'The article prices “~100 PTU” at $3,000 a month, but 100 PTU × about $2 per PTU-hour × 730 h = $146,000 a month; $3,000 is closer to the 15-PTU Global minimum on a yearly reservation (15 × $2,652 ÷ 12 = $3,315). The preset keeps the article’s figure.',
    },
    {
      about: 'break-evens',
      text: 'The article puts the PTU break-even at “~400K tokens/hour”, i.e. 400,000 × 730 h = 292M tokens a month; its own cost table crosses at $3,000 ÷ ($5 − $2 per 1M) = 1B tokens a month, about 1.37M tokens an hour.',
    },
  ];
}
