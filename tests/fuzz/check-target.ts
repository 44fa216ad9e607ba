import { expect } from 'vitest';
import { badCount, report, runTarget } from './run-target';
import type { Target } from './targets';

/** Cases per target inside `npm test` (the separate `npm run fuzz` runs 200,000). */
export const TEST_CASES = Number(process.env.FUZZ_CASES ?? 20_000);
/** Fixed, so `npm test` is deterministic; `npm run fuzz` draws a new seed each run. */
export const TEST_SEED = 20_261_202;

/** Runs a target, prints its counts and time, and fails with the first cases that threw or broke a promise. */
export function expectTargetHolds<C>(target: Target<C>): void {
  const tally = runTarget(target, { cases: TEST_CASES, seed: TEST_SEED });
  console.log(`fuzz ${report(tally)}`);
  const { threw, failed } = badCount(tally);
  expect(tally.cases).toBe(TEST_CASES);
  expect({ threw, firstThrows: tally.throws.slice(0, 3) }).toEqual({ threw: 0, firstThrows: [] });
  expect({ failed, firstFailures: tally.failures.slice(0, 3) }).toEqual({ failed: 0, firstFailures: [] });
  // The generators must reach the code that reads fields: some cases accepted, many rejected in several ways.
  expect(tally.accepted).toBeGreaterThan(TEST_CASES * 0.05);
  expect(tally.kinds.size).toBeGreaterThanOrEqual(4);
}
