import type { Scenario } from '../core';

/** A dotted path into a scenario, e.g. "requirements.monthlyRequests". */
export type ScenarioPath = string;

/** Reads the value at a dotted path; undefined when any step is missing. */
export function getAtPath(root: unknown, path: ScenarioPath): unknown {
  let node: unknown = root;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * A copy of the scenario with one value replaced, sharing every untouched branch (so memoised selectors keyed
 * on unchanged branches stay valid). The result is unvalidated: callers run it through `parseScenario`.
 */
export function setAtPath(scenario: Scenario, path: ScenarioPath, value: unknown): unknown {
  const keys = path.split('.');
  const write = (node: unknown, index: number): unknown => {
    const key = keys[index] as string;
    const source = typeof node === 'object' && node !== null ? (node as Record<string, unknown>) : {};
    const next = index === keys.length - 1 ? value : write(source[key], index + 1);
    return { ...source, [key]: next };
  };
  return write(scenario, 0);
}
