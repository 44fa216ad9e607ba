import { simulate, type Scenario, type SimulationResult } from '../../core';
import type { SimulationReply, SimulationRequest } from './simulation-worker';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (r: SimulationResult) => void; reject: (e: Error) => void }>();

/** One module worker for the page, started on the first run (Vite bundles it from this URL). */
function workerFor(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  if (!worker) {
    try {
      worker = new Worker(new URL('./simulation-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      return null;
    }
    worker.onmessage = (event: MessageEvent<SimulationReply>) => {
      const reply = event.data;
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if ('result' in reply) waiting.resolve(reply.result);
      else waiting.reject(new Error(reply.error));
    };
    worker.onerror = () => {
      // A worker that fails to load (old browser, blocked) leaves the page on the synchronous path.
      for (const [, waiting] of pending) waiting.reject(new Error('The simulation worker stopped.'));
      pending.clear();
      worker?.terminate();
      worker = null;
      unavailable = true;
    };
  }
  return worker;
}

let unavailable = false;

/**
 * Runs the seeded Monte Carlo in a Web Worker, so typing stays smooth; where there is none (tests, jsdom, a
 * worker that failed to start) it runs here after yielding once, with the same numbers.
 */
export function runSimulation(scenario: Scenario, seed: number, samples: number): Promise<SimulationResult> {
  const target = unavailable ? null : workerFor();
  if (!target)
    return new Promise((resolve, reject) =>
      setTimeout(() => {
        try {
          resolve(simulate(scenario, { seed, samples }));
        } catch {
          reject(new Error('The simulation could not run on these inputs.'));
        }
      }, 0),
    );
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    target.postMessage({ id, scenario, seed, samples } satisfies SimulationRequest);
  });
}
