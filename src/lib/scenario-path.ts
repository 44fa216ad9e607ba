import type { Scenario, ScenarioPath, ValueAt } from '../core';

export type { ScenarioPath };

/** Reads the value at a dotted path; undefined when any step is missing (own properties only). */
export function getAtPath(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** The scenario's value at a typed path. */
export function valueAt<P extends ScenarioPath>(scenario: Scenario, path: P): ValueAt<Scenario, P> {
  return getAtPath(scenario, path) as ValueAt<Scenario, P>; // the path type guarantees the value's type
}

/**
 * A copy of the scenario with one value replaced, sharing every untouched branch (so memoised selectors keyed
 * on unchanged branches stay valid). The result is unvalidated: callers run it through `parseScenario`.
 */
export function setAtPath(scenario: unknown, path: ScenarioPath, value: unknown): unknown {
  const keys = path.split('.');
  const write = (node: unknown, index: number): unknown => {
    const key = keys[index] as string;
    const source = typeof node === 'object' && node !== null ? (node as Record<string, unknown>) : {};
    const next =
      index === keys.length - 1
        ? value
        : write(Object.hasOwn(source, key) ? source[key] : undefined, index + 1);
    return { ...source, [key]: next };
  };
  return write(scenario, 0);
}
