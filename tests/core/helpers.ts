import { expect } from 'vitest';
import {
  createScenario,
  parseScenario,
  type GpuAssumptions,
  type PresetId,
  type Scenario,
} from '../../src/core';

/** Relative closeness: costs run to millions, so absolute decimals (toBeCloseTo) would be meaningless. */
export function expectRelClose(actual: number, expected: number, relative = 1e-9): void {
  const scale = Math.max(Math.abs(expected), 1e-12);
  expect(Math.abs(actual - expected) / scale, `${actual} ≈ ${expected}`).toBeLessThanOrEqual(relative);
}

/**
 * A preset scenario with some fields changed (deep for requirements, workload and options), validated: a test
 * that builds an invalid scenario fails here, with the schema's message, instead of testing nonsense.
 */
export function scenarioWith(preset: PresetId, change: (s: Scenario) => void): Scenario {
  const scenario = createScenario(preset);
  change(scenario);
  const parsed = parseScenario(scenario);
  if (!parsed.ok)
    throw new Error(
      `scenarioWith built an invalid scenario: ${parsed.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
    );
  return parsed.value;
}

/**
 * A manual GPU plan: Llama 3.1 8B (BF16) on one A100 80 GB (Standard_NC24ads_A100_v4) at pay-as-you-go, the
 * conservative 1,500 output tokens/s per replica, 75% target load at peak, at least 2 replicas.
 */
export function manualGpu(overrides: Partial<GpuAssumptions> = {}): GpuAssumptions {
  return {
    selection: 'manual',
    vmSize: 'Standard_NC24ads_A100_v4',
    gpusPerVm: 1,
    gpuMemoryGb: 80,
    usdPerVmHour: 3.673,
    priceTerm: 'payg',
    modelId: 'Llama-3.1-8B-Instruct',
    precision: 'bf16',
    weightsGb: 16,
    kvCacheMbPerToken: 0.131,
    gpusPerReplica: 1,
    outputTokensPerSecondPerReplica: 1500,
    concurrentRequestsPerReplica: 8,
    inputTokenWeight: 0.1,
    targetPeakUtilization: 0.75,
    minReplicas: 2,
    ...overrides,
  };
}
