import fc from 'fast-check';
import { ScenarioSchema, UNCERTAIN_INPUTS, parseScenario, type Scenario } from '../../src/core';

/**
 * fast-check arbitraries derived from the zod schema itself, so a new field or bound is covered the day it is
 * added. Numbers mix uniform draws with log-uniform ones, because costs behave differently at 1 and at 1e9.
 */
type Def = {
  type: string;
  shape?: Record<string, { _zod: { def: Def } }>;
  innerType?: { _zod: { def: Def } };
  element?: { _zod: { def: Def } };
  entries?: Record<string, string>;
  values?: unknown[];
  checks?: {
    _zod: { def: { check: string; value?: number; inclusive?: boolean; pattern?: RegExp; maximum?: number } };
  }[];
  format?: string;
};

/** Volume fields get realistic ranges: uniform draws over the schema's 1e12 × 2e6 bounds would almost all be absurd. */
const OVERRIDES: Record<string, fc.Arbitrary<unknown>> = {
  'requirements.monthlyRequests': fc.oneof(
    fc.integer({ min: 0, max: 1000 }),
    fc.double({ min: 0, max: 9, noNaN: true }).map((e) => Math.round(10 ** e)),
  ),
  'requirements.inputTokensPerRequest': fc.oneof(
    fc.integer({ min: 0, max: 100 }),
    fc.double({ min: 0, max: 5, noNaN: true }).map((e) => Math.round(10 ** e)),
  ),
  'requirements.outputTokensPerRequest': fc.oneof(
    fc.integer({ min: 1, max: 100 }),
    fc.double({ min: 0, max: 4, noNaN: true }).map((e) => Math.round(10 ** e)),
  ),
  'display.currency': fc.constantFrom('USD', 'EUR', 'GBP', 'JPY', 'INR'),
  // Known volumes: ascending months, geometric-looking volumes (the schema refuses other orders).
  'evolution.growth.points': fc
    .uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 6 })
    .chain((months) =>
      fc.tuple(
        ...[...months]
          .sort((a, b) => a - b)
          .map((month) =>
            fc
              .double({ min: 3, max: 13, noNaN: true })
              .map((e) => ({ month, monthlyTokens: Math.round(10 ** e) })),
          ),
      ),
    ),
  // Overrides of what the sensitivity analysis varies: real input paths, low ≤ high.
  'sensitivity.inputs': fc.array(
    fc
      .tuple(
        fc.constantFrom(...UNCERTAIN_INPUTS.map((input) => input.path)),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.boolean(),
      )
      .map(([path, a, b, uncertain]) => ({ path, low: Math.min(a, b), high: Math.max(a, b), uncertain })),
    { maxLength: 4 },
  ),
  'display.rateAsOf': fc.constantFrom('', '2026-11-26'),
};

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  let min = -Number.MAX_VALUE;
  let max = Number.MAX_VALUE;
  let above: number | undefined;
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'greater_than' && c.value !== undefined) {
      if (c.inclusive) min = Math.max(min, c.value);
      else above = c.value;
    }
    if (c.check === 'less_than' && c.value !== undefined) max = Math.min(max, c.value);
  }
  const low = Math.max(min, above ?? min);
  const isInt = def.format === 'safeint';
  const uniform = fc.double({ min: low, max, noNaN: true, noDefaultInfinity: true });
  const span = Math.max(1e-6, max - low);
  const logUniform = fc
    .double({ min: -3, max: Math.log10(span), noNaN: true })
    .map((e) => Math.min(max, low + 10 ** e));
  const drawn = fc.oneof(uniform, logUniform, fc.constant(low), fc.constant(max));
  const valid = (x: number) => x >= min && x <= max && (above === undefined || x > above);
  return (
    isInt ? drawn.map((x) => Math.min(Math.floor(max), Math.max(Math.ceil(low), Math.round(x)))) : drawn
  ).filter(valid);
}

function arbitraryFor(def: Def, path: string): fc.Arbitrary<unknown> {
  const override = OVERRIDES[path];
  if (override) return override;
  switch (def.type) {
    case 'object': {
      const shape = def.shape ?? {};
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, child] of Object.entries(shape))
        record[key] = arbitraryFor(child._zod.def, path ? `${path}.${key}` : key);
      return fc.record(record);
    }
    case 'number':
      return numberArbitrary(def);
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(def.values ?? []));
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(arbitraryFor(def.element!._zod.def, `${path}[]`), { maxLength: 4 });
    case 'nullable':
      return fc.option(arbitraryFor(def.innerType!._zod.def, path), { nil: null, freq: 3 });
    case 'string': {
      // Strings with a pattern (dates, currency codes) are drawn from the pattern, else filtering would starve.
      const pattern = def.checks
        ?.map((c) => c._zod.def.pattern)
        .find((p): p is RegExp => p instanceof RegExp);
      return pattern ? fc.stringMatching(pattern) : fc.string({ minLength: 1, maxLength: 24 });
    }
    default:
      throw new Error(`arbitrary-scenario: no arbitrary for zod type ${def.type} at ${path}`);
  }
}

/** Scenarios drawn from the schema; only those the schema's cross-field refinements accept. */
export const arbitraryScenario: fc.Arbitrary<Scenario> = arbitraryFor(
  (ScenarioSchema as unknown as { _zod: { def: Def } })._zod.def,
  '',
)
  .map((candidate) => parseScenario(candidate))
  .filter((result): result is { ok: true; value: Scenario } => result.ok)
  .map((result) => result.value);
