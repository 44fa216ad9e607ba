import { expect } from 'vitest';
import { createScenario, type PresetId, type Scenario } from '../../src/core';

/** Relative closeness: costs run to millions, so absolute decimals (toBeCloseTo) would be meaningless. */
export function expectRelClose(actual: number, expected: number, relative = 1e-9): void {
  const scale = Math.max(Math.abs(expected), 1e-12);
  expect(Math.abs(actual - expected) / scale, `${actual} ≈ ${expected}`).toBeLessThanOrEqual(relative);
}

/** A preset scenario with some fields changed (deep for requirements, workload and options). */
export function scenarioWith(preset: PresetId, change: (s: Scenario) => void): Scenario {
  const scenario = createScenario(preset);
  change(scenario);
  return scenario;
}
