import * as z from 'zod/mini';
import { formatPlain } from '../plain-number';

/**
 * Number-field builders with messages a user can act on. zod/mini keeps the bundle small but its default
 * messages are terse codes, so every rule names itself here ("must be at most 2,000,000").
 */

type NumberRule = {
  /** Inclusive lower bound. */
  min: number;
  /** Inclusive upper bound: anything above is treated as a typo, not a plan. */
  max: number;
  /** Whole numbers only. */
  int?: boolean;
  /** Exclusive lower bound, for rates that must be strictly positive. */
  above?: number;
};

/** A finite number within bounds, with readable messages. zod 4 rejects NaN and ±Infinity as "not a number". */
export function numberField(rule: NumberRule) {
  // The messages are written when a check fails, not here: the schema's ~90 fields are built when the app starts,
  // and formatting their bounds then showed as ~15 ms of formatPlain in a CPU profile of a share link's start-up
  // (unminified build, 3 Dec 2026). Cold loads did not show the difference above their noise (±100 ms).
  const checks = [
    // −0 and 0 are the same amount; keeping −0 would survive into "-0" on screen and break JSON round trips.
    z.overwrite((value: number) => (value === 0 ? 0 : value)),
    z.gte(rule.min, { error: () => `must be at least ${formatPlain(rule.min, 6)}` }),
    z.lte(rule.max, { error: () => `must be at most ${formatPlain(rule.max, 6)}` }),
  ];
  const above = rule.above;
  if (above !== undefined) {
    checks.push(z.gt(above, { error: () => `must be more than ${formatPlain(above, 6)}` }));
  }
  const base = rule.int
    ? z.int({
        error: (issue) =>
          typeof issue.input === 'number' && Number.isFinite(issue.input)
            ? 'must be a whole number'
            : 'must be a number',
      })
    : z.number({ error: 'must be a number' });
  return base.check(...checks);
}

/** USD amounts (setup costs, monthly fees): 0 to 1e12. */
export const usdField = () => numberField({ min: 0, max: 1e12 });
/** Prices per 1M tokens: 0 to 1e6. */
export const usdPerMTokField = () => numberField({ min: 0, max: 1e6 });
/** Shares between 0 and 1. */
export const shareField = () => numberField({ min: 0, max: 1 });
/** Whole counts. */
export const countField = (min: number, max: number) => numberField({ min, max, int: true });
/** Short free-text labels such as a model id or VM size. */
export const labelField = () =>
  z.string({ error: 'must be text' }).check(z.maxLength(80, { error: 'must be at most 80 characters' }));

/** Low / medium / high answers. */
export const LevelSchema = z.enum(['low', 'medium', 'high'], { error: 'must be low, medium or high' });
export type Level = z.infer<typeof LevelSchema>;
