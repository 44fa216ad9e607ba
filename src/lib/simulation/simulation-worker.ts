/// <reference lib="webworker" />
import { simulate, type Scenario, type SimulationResult } from '../../core';

/** What the page sends: the scenario (validated by the store) and the run's seed and sample count. */
export type SimulationRequest = { id: number; scenario: Scenario; seed: number; samples: number };
export type SimulationReply = { id: number; result: SimulationResult } | { id: number; error: string };

/**
 * The Monte Carlo off the main thread: thousands of option pricings would otherwise hold up typing. The core
 * function is the same pure, seeded one the tests and exports call, so the numbers are identical.
 */
self.onmessage = (event: MessageEvent<SimulationRequest>) => {
  const { id, scenario, seed, samples } = event.data;
  try {
    const reply: SimulationReply = { id, result: simulate(scenario, { seed, samples }) };
    self.postMessage(reply);
  } catch {
    self.postMessage({
      id,
      error: 'The simulation could not run on these inputs.',
    } satisfies SimulationReply);
  }
};
