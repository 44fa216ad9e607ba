import { MAX_MONTHLY_TOKENS, type Scenario } from '../scenario/schema';
import type { NumberPath } from '../scenario/paths';
import { UNCERTAIN_INPUTS, type UncertainInput } from '../scenario/uncertain-inputs';

/** The number at a dotted path, or null when a block on the way is null or the value is not a finite number. */
export function numberAt(scenario: Scenario, path: NumberPath): number | null {
  let node: unknown = scenario;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return null;
    node = (node as Record<string, unknown>)[key]; // plain data: own property checked above
  }
  return typeof node === 'number' && Number.isFinite(node) ? node : null;
}

/**
 * A private copy of the scenario whose numbers at `paths` are set in place: `set(values)` writes values[k] at
 * paths[k] and returns the copy. For analyses that price thousands of variants: nothing is allocated per
 * variant, and the copy never leaves the analysis (the caller's scenario is not touched, so it stays pure).
 * Paths through a null block are ignored (callers take paths from `analysedInputs`, which has none).
 */
export function variantProbe(
  scenario: Scenario,
  paths: readonly NumberPath[],
): { scenario: Scenario; set: (values: ArrayLike<number>) => Scenario } {
  const copy = structuredClone(scenario);
  const slots: { parent: Record<string, unknown>; key: string }[] = [];
  for (const path of paths) {
    const keys = path.split('.');
    let node: unknown = copy;
    for (const key of keys.slice(0, -1))
      node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : null; // plain data
    if (typeof node === 'object' && node !== null)
      slots.push({ parent: node as Record<string, unknown>, key: keys[keys.length - 1]! });
    else slots.push({ parent: {}, key: 'ignored' });
  }
  return {
    scenario: copy,
    set(values) {
      for (let k = 0; k < slots.length; k += 1) slots[k]!.parent[slots[k]!.key] = values[k];
      return copy;
    },
  };
}

/** A copy of the scenario with the numbers at the given paths replaced, sharing untouched branches. */
export function withNumbers(
  scenario: Scenario,
  values: readonly (readonly [NumberPath, number])[],
): Scenario {
  const copy = { ...scenario };
  const copied = new Set<object>([copy]);
  for (const [path, value] of values) {
    const keys = path.split('.');
    let node = copy as Record<string, unknown>;
    for (let i = 0; i < keys.length - 1; i += 1) {
      const key = keys[i]!;
      const child = node[key];
      if (typeof child !== 'object' || child === null) break; // a null block: nothing to vary below it
      let next = child as Record<string, unknown>;
      if (!copied.has(next)) {
        next = { ...next };
        copied.add(next);
        node[key] = next;
      }
      node = next;
    }
    node[keys[keys.length - 1]!] = value;
  }
  return copy; // same shape as the input: only numbers at number paths were replaced
}

/** An input the analysis varies in this scenario, with today's value and the values it may take. */
export type AnalysedInput = UncertainInput & {
  current: number;
  /** Lowest and highest value the schema allows here (monthly tokens also stay ≤ MAX_MONTHLY_TOKENS). */
  domain: { min: number; max: number };
};

/**
 * The uncertain inputs present in this scenario (a GPU price when the option has no GPU block is not), with
 * the range the schema allows for each. Volume and tokens per request are also held to at most
 * MAX_MONTHLY_TOKENS a month and at least one token a request, the scenario-wide rules.
 */
export function analysedInputs(scenario: Scenario): AnalysedInput[] {
  const r = scenario.requirements;
  const tokensPerRequest = r.inputTokensPerRequest + r.outputTokensPerRequest;
  const out: AnalysedInput[] = [];
  for (const input of UNCERTAIN_INPUTS) {
    const current = numberAt(scenario, input.path);
    if (current === null) continue;
    let { min, max } = input.bounds;
    if (input.path === 'requirements.monthlyRequests' && tokensPerRequest > 0)
      max = Math.min(max, Math.floor(MAX_MONTHLY_TOKENS / tokensPerRequest));
    if (
      input.path === 'requirements.inputTokensPerRequest' ||
      input.path === 'requirements.outputTokensPerRequest'
    ) {
      const other = tokensPerRequest - current;
      if (r.monthlyRequests > 0) max = Math.min(max, MAX_MONTHLY_TOKENS / r.monthlyRequests - other);
      if (other <= 0) min = Math.max(min, 1);
    }
    if (max < min || current < min || current > max) continue;
    out.push({ ...input, current, domain: { min, max } });
  }
  return out;
}

/** Low and high values of one input (its own unit) and whether the Monte Carlo draws it at random. */
export type InputRange = { input: NumberPath; low: number; high: number; uncertain: boolean };

function clampTo(value: number, domain: { min: number; max: number }): number {
  return Math.min(domain.max, Math.max(domain.min, value));
}

/**
 * The default range of an input: today's value × (low, high) for 'factor' ranges (volume ×0.5 / ×2, prices
 * ±20%), today's value + (low, high) for shares ('offset'), held within the schema's range.
 */
export function defaultRange(input: AnalysedInput): InputRange {
  const { kind, low, high } = input.range;
  const at = (x: number) => clampTo(kind === 'factor' ? input.current * x : input.current + x, input.domain);
  return { input: input.path, low: at(low), high: at(high), uncertain: input.uncertainByDefault };
}

/**
 * The range of every analysed input: the scenario's own (`sensitivity.inputs`, as edited and carried in links)
 * where it has one, else the default. Values are held within the schema's range.
 */
export function rangesOf(scenario: Scenario, inputs = analysedInputs(scenario)): InputRange[] {
  return inputs.map((input) => {
    const own = scenario.sensitivity.inputs.find((entry) => entry.path === input.path);
    if (!own) return defaultRange(input);
    const low = clampTo(Math.min(own.low, own.high), input.domain);
    const high = clampTo(Math.max(own.low, own.high), input.domain);
    return { input: input.path, low, high, uncertain: own.uncertain };
  });
}
