import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createScenario,
  evaluateScenario,
  latestRevision,
  SCENARIO_VERSION,
  describeReadError,
  type Scenario,
} from '../../src/core';
import { bytesToBase64Url } from '../../src/lib/io/base64url';
import { decodeScenarioLink, DEFAULT_LINK_VIEW, encodeScenarioLink } from '../../src/lib/io/scenario-codec';
import { applyDiff } from '../../src/lib/io/scenario-diff';
import { arbitraryScenario } from '../core/arbitrary-scenario';

const FIXTURES = 'tests/fixtures/links/v1';
const j1 = (document: unknown) =>
  `s=j1:${bytesToBase64Url(new TextEncoder().encode(JSON.stringify(document)))}`;

/** A scenario with every number edited (×1.07 or +1 for counts) and every choice flipped. */
function everythingEdited(): Scenario {
  const s = createScenario('azure');
  const walk = (node: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(node)) {
      if (value && typeof value === 'object') walk(value as Record<string, unknown>);
      else if (typeof value === 'number' && key !== 'version')
        node[key] = Number.isInteger(value) ? value + 1 : Number((value * 1.07).toPrecision(6));
    }
  };
  walk(s.requirements as unknown as Record<string, unknown>);
  walk(s.workload as unknown as Record<string, unknown>);
  walk(s.options as unknown as Record<string, unknown>);
  s.workload.cacheHitShare = 0.35;
  s.workload.batchShare = 0.15;
  s.workload.locality = 'regional';
  s.amortizationMonths = 36;
  s.requirements.dataSensitivity = 'high';
  s.requirements.mlExpertise = 'high';
  s.requirements.needCustomModel = true;
  s.options.provisioned_throughput.spillover = { enabled: true, basePtu: 25 };
  s.options.kubernetes.gpu = {
    ...s.options.kubernetes.gpu!,
    vmSize: 'Standard_ND96isr_H100_v5',
    modelId: 'Llama-3.1-70B-Instruct',
    priceTerm: 'spot',
  };
  s.display = { currency: 'EUR', usdToCurrency: 0.92, rateAsOf: '2026-11-20' };
  return s;
}

describe('share links', () => {
  it('pins the exact link of the default scenario', () => {
    // {"v":3,"p":"seed","r":"2024-10-01"} as base64url: nothing differs from the preset, so the link is the header only.
    expect(encodeScenarioLink(createScenario('seed'))).toBe(
      's=j1:eyJ2IjozLCJwIjoic2VlZCIsInIiOiIyMDI0LTEwLTAxIn0',
    );
  });

  it('stays short: default ≤ 120 characters, every assumption edited ≤ 1,500', () => {
    const defaultLink = encodeScenarioLink(createScenario('seed'));
    const results = encodeScenarioLink(createScenario('seed'), { ...DEFAULT_LINK_VIEW, view: 'results' });
    const full = encodeScenarioLink(everythingEdited(), {
      view: 'results',
      xScale: 'linear',
      yScale: 'log',
      hidden: ['kubernetes', 'custom_deployment'],
    });
    console.log(
      `link lengths after '#': default ${defaultLink.length}, default on results ${results.length}, every assumption edited ${full.length}`,
    );
    expect(defaultLink.length).toBeLessThanOrEqual(120);
    expect(results.length).toBeLessThanOrEqual(120);
    expect(full.length).toBeLessThanOrEqual(1500);
    expect(full.startsWith('s=z1:')).toBe(true);
  });

  it('round-trips the fully edited scenario and its view exactly', () => {
    const scenario = everythingEdited();
    const view = {
      view: 'results' as const,
      xScale: 'linear' as const,
      yScale: 'log' as const,
      hidden: ['kubernetes' as const],
    };
    expect(decodeScenarioLink(`#${encodeScenarioLink(scenario, view)}`)).toEqual({
      ok: true,
      scenario,
      view,
    });
  });

  it('decode(encode(s)) = s for scenarios drawn from the schema', () => {
    fc.assert(
      fc.property(
        arbitraryScenario.map((s) => ({ ...s, presetRevision: latestRevision(s.preset) })),
        (scenario) => {
          const decoded = decodeScenarioLink(encodeScenarioLink(scenario));
          expect(decoded).toEqual({ ok: true, scenario, view: DEFAULT_LINK_VIEW });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws and never yields NaN on arbitrary fragments', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.stringMatching(/^s=[jz]1:[A-Za-z0-9_-]{0,80}$/),
        ),
        (fragment) => {
          const decoded = decodeScenarioLink(fragment);
          if (decoded?.ok) {
            for (const option of evaluateScenario(decoded.scenario).options)
              expect(Number.isFinite(option.monthlyCost)).toBe(true);
          }
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('never throws and never yields NaN on mutated valid links', () => {
    const links = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(`${FIXTURES}/${f}`, 'utf8').trim());
    const mutation = fc.record({
      link: fc.constantFrom(...links),
      at: fc.nat(),
      kind: fc.constantFrom('flip', 'drop', 'insert', 'truncate'),
      char: fc.constantFrom(...'AZaz09-_:=+/%#'.split('')),
    });
    fc.assert(
      fc.property(mutation, ({ link, at, kind, char }) => {
        const i = 5 + (at % Math.max(1, link.length - 5));
        const mutated =
          kind === 'flip'
            ? link.slice(0, i) + char + link.slice(i + 1)
            : kind === 'drop'
              ? link.slice(0, i) + link.slice(i + 1)
              : kind === 'insert'
                ? link.slice(0, i) + char + link.slice(i)
                : link.slice(0, i);
        const decoded = decodeScenarioLink(mutated);
        expect(decoded).not.toBeNull();
        if (decoded?.ok) {
          for (const option of evaluateScenario(decoded.scenario).options)
            expect(Number.isFinite(option.monthlyCost)).toBe(true);
        } else {
          expect(describeReadError(decoded!.error)).toMatch(/\.$/);
        }
      }),
      { numRuns: 5000 },
    );
  }, 30_000);
});

describe('link errors are typed and explained', () => {
  it('no scenario in the fragment', () => {
    expect(decodeScenarioLink('')).toBeNull();
    expect(decodeScenarioLink('#section-2')).toBeNull();
  });
  it('unknown codec', () => {
    const result = decodeScenarioLink('#s=x9:abc');
    expect(result).toEqual({ ok: false, error: { kind: 'unknown-codec', codec: 'x9' } });
    expect(describeReadError((result as { ok: false; error: never }).error)).toMatch(
      /format this version of AI Cost Planner does not know/,
    );
  });
  it('corrupt payloads: bad base64, damaged deflate, not JSON, not a document', () => {
    expect(decodeScenarioLink('s=j1:@@@')).toMatchObject({
      ok: false,
      error: { kind: 'corrupt', detail: 'the payload is not base64url' },
    });
    expect(decodeScenarioLink('s=z1:AAAA')).toMatchObject({ ok: false, error: { kind: 'corrupt' } });
    expect(decodeScenarioLink(`s=j1:${bytesToBase64Url(new TextEncoder().encode('{nope'))}`)).toMatchObject({
      ok: false,
      error: { kind: 'corrupt', detail: 'the payload is not a scenario document' },
    });
    expect(decodeScenarioLink(j1([1, 2, 3]))).toMatchObject({ ok: false, error: { kind: 'corrupt' } });
  });
  it('made by a newer version', () => {
    const result = decodeScenarioLink(j1({ v: SCENARIO_VERSION + 1, p: 'seed', r: '2024-10-01' }));
    expect(result).toEqual({
      ok: false,
      error: { kind: 'newer-version', version: SCENARIO_VERSION + 1, supported: SCENARIO_VERSION },
    });
    expect(describeReadError((result as { ok: false; error: never }).error)).toMatch(
      /made by a newer version of AI Cost Planner/,
    );
  });
  it('prices from an unknown (newer) revision', () => {
    expect(decodeScenarioLink(j1({ v: 1, p: 'azure', r: '2099-01-01' }))).toEqual({
      ok: false,
      error: { kind: 'unknown-revision', preset: 'azure', revision: '2099-01-01' },
    });
  });
  it('invalid values carry the zod issues', () => {
    const result = decodeScenarioLink(
      j1({
        v: 1,
        p: 'seed',
        r: '2024-10-01',
        d: { requirements: { monthlyRequests: -1, latencyMs: 'fast' } },
      }),
    );
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'invalid',
        issues: [
          { path: 'requirements.latencyMs', message: 'must be a number' },
          { path: 'requirements.monthlyRequests', message: 'must be at least 0' },
        ],
      },
    });
    expect(describeReadError((result as { ok: false; error: never }).error)).toBe(
      'This link contains values the planner cannot use: requirements.latencyMs must be a number; requirements.monthlyRequests must be at least 0.',
    );
  });
  it.each(['toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf'])(
    'an inherited property name as preset ("%s") is an unknown preset, not a crash',
    (name) => {
      // The 58-character link of the hardening issue: {"v":2,"p":"toString","r":"2024-10-01"}.
      const result = decodeScenarioLink(j1({ v: 2, p: name, r: '2024-10-01' }));
      expect(result).toEqual({ ok: false, error: { kind: 'unknown-preset', preset: name } });
      expect(describeReadError((result as { ok: false; error: never }).error)).toMatch(/price preset/);
    },
  );
  it('inherited names as revision are unknown revisions', () => {
    for (const name of ['toString', '__proto__', 'constructor'])
      expect(decodeScenarioLink(j1({ v: 2, p: 'azure', r: name }))).toMatchObject({
        ok: false,
        error: { kind: 'unknown-revision' },
      });
  });
  it('a crafted __proto__ key in the diff is ignored: it neither pollutes nor re-parents objects', () => {
    const link = `s=j1:${bytesToBase64Url(new TextEncoder().encode('{"v":1,"p":"seed","r":"2024-10-01","d":{"requirements":{"__proto__":{"polluted":true}}}}'))}`;
    const result = decodeScenarioLink(link);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result).toMatchObject({ ok: true });
    // Without applyDiff's guard, assigning "__proto__" would make the patched object inherit from the payload.
    const patched = applyDiff({ a: 1 }, JSON.parse('{"__proto__":{"polluted":true}}')) as object;
    expect(Object.getPrototypeOf(patched)).toBe(Object.prototype);
    expect('polluted' in patched).toBe(false);
  });
  it('deep nesting is refused in plain words', () => {
    // Built as text and deflated: 5,000 levels compress to a link of a few hundred characters.
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const json = `{"v":2,"p":"seed","r":"2024-10-01","d":${deep}}`;
    const packed = deflateSync(new TextEncoder().encode(json), { level: 9 });
    const result = decodeScenarioLink(`s=z1:${bytesToBase64Url(packed)}`);
    expect(result).toEqual({
      ok: false,
      error: { kind: 'corrupt', detail: 'it is nested far deeper than a scenario' },
    });
  });
});

describe('frozen v1 links decode forever, to the same numbers', () => {
  const names = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.replace(/\.txt$/, ''));
  it('has fixtures', () => expect(names.length).toBeGreaterThanOrEqual(4));
  for (const name of names) {
    it(name, () => {
      const link = readFileSync(`${FIXTURES}/${name}.txt`, 'utf8').trim();
      const expected = JSON.parse(readFileSync(`${FIXTURES}/${name}.expected.json`, 'utf8')) as {
        monthlyTokens: number;
        monthlyCosts: Record<string, number>;
        recommendation: string;
        breakEvens: number;
        view: unknown;
      };
      const decoded = decodeScenarioLink(link);
      if (!decoded?.ok) throw new Error(`fixture ${name} no longer decodes: ${JSON.stringify(decoded)}`);
      const evaluation = evaluateScenario(decoded.scenario);
      expect(evaluation.monthlyTokens).toBe(expected.monthlyTokens);
      for (const option of evaluation.options)
        expect(Number(option.monthlyCost.toPrecision(12))).toBe(expected.monthlyCosts[option.id]);
      expect(evaluation.recommendation.option).toBe(expected.recommendation);
      expect(evaluation.breakEvens).toHaveLength(expected.breakEvens);
      expect(decoded.view).toEqual(expected.view ?? DEFAULT_LINK_VIEW);
    });
  }
});

describe('read errors name absurd versions in words and fit the subject', () => {
  it('a version of 1e29 is not printed in full', () => {
    expect(describeReadError({ kind: 'newer-version', version: 1.2345678901234568e29, supported: 3 })).toBe(
      'This link was made by a newer version of AI Cost Planner (a scenario format it does not know; this version reads up to 3). Reload the page to get the latest version.',
    );
  });
  it('a damaged file is not said to be "cut short when copied"', () => {
    expect(describeReadError({ kind: 'corrupt', detail: 'it is not JSON' }, 'file')).toBe(
      'This file is damaged and cannot be read (it is not JSON). It may have been cut short or edited by hand.',
    );
  });
});
