import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createScenario, parseScenario, SCENARIO_VERSION, type ParseIssue } from '../../src/core';

function issuesFor(
  change: (s: Record<string, unknown> & ReturnType<typeof createScenario>) => void,
): ParseIssue[] {
  const scenario = structuredClone(createScenario('seed')) as ReturnType<typeof createScenario> &
    Record<string, unknown>;
  change(scenario);
  const result = parseScenario(scenario);
  if (result.ok) throw new Error('expected the scenario to be rejected');
  return result.issues;
}

describe('parseScenario rejects bad input with the field and the rule', () => {
  it('negative volume', () => {
    expect(issuesFor((s) => void (s.requirements.monthlyRequests = -1))).toEqual([
      { path: 'requirements.monthlyRequests', message: 'must be at least 0' },
    ]);
  });
  it('NaN and Infinity are not numbers', () => {
    expect(issuesFor((s) => void (s.requirements.latencyMs = Number.NaN))).toEqual([
      { path: 'requirements.latencyMs', message: 'must be a number' },
    ]);
    expect(issuesFor((s) => void (s.requirements.monthlyBudget = Infinity))).toEqual([
      { path: 'requirements.monthlyBudget', message: 'must be a number' },
    ]);
  });
  it('fractional requests', () => {
    expect(issuesFor((s) => void (s.requirements.monthlyRequests = 1.5))).toEqual([
      { path: 'requirements.monthlyRequests', message: 'must be a whole number' },
    ]);
  });
  it('absurd volume: more than 1e15 tokens a month', () => {
    // 1e12 requests × 2,000 tokens = 2e15 tokens
    expect(
      issuesFor((s) => {
        s.requirements.monthlyRequests = 1e12;
        s.requirements.inputTokensPerRequest = 1000;
        s.requirements.outputTokensPerRequest = 1000;
      }),
    ).toEqual([
      {
        path: 'requirements.monthlyRequests',
        message: 'gives more than 1,000,000,000,000,000 tokens a month: check the volume',
      },
    ]);
  });
  it('out-of-range fields name their bound', () => {
    expect(issuesFor((s) => void (s.workload.cacheHitShare = 1.2))).toEqual([
      { path: 'workload.cacheHitShare', message: 'must be at most 1' },
    ]);
    expect(issuesFor((s) => void (s.requirements.inputTokensPerRequest = 3e6))).toEqual([
      { path: 'requirements.inputTokensPerRequest', message: 'must be at most 2,000,000' },
    ]);
  });
  it('missing fields are required', () => {
    expect(
      issuesFor((s) => void delete (s.requirements as Partial<typeof s.requirements>).mlExpertise),
    ).toEqual([{ path: 'requirements.mlExpertise', message: 'is required' }]);
  });
  it('unknown fields are named', () => {
    expect(issuesFor((s) => void (s.surprise = 1))).toEqual([
      { path: '(document)', message: 'unknown field: surprise' },
    ]);
  });
  it('wrong enum values list the allowed ones', () => {
    expect(
      issuesFor((s) => void ((s.requirements as Record<string, unknown>).dataSensitivity = 'secret')),
    ).toEqual([{ path: 'requirements.dataSensitivity', message: 'must be low, medium or high' }]);
  });
  it('a request with no tokens', () => {
    expect(
      issuesFor((s) => {
        s.requirements.inputTokensPerRequest = 0;
        s.requirements.outputTokensPerRequest = 0;
      }),
    ).toEqual([
      { path: 'requirements.outputTokensPerRequest', message: 'a request must have at least one token' },
    ]);
  });
  it('non-objects and newer versions', () => {
    expect(parseScenario(null)).toEqual({
      ok: false,
      issues: [{ path: '(document)', message: 'must be a scenario object' }],
    });
    expect(parseScenario('{}')).toEqual({
      ok: false,
      issues: [{ path: '(document)', message: 'must be a scenario object' }],
    });
    const newer = { ...createScenario('seed'), version: SCENARIO_VERSION + 1 };
    expect(parseScenario(newer)).toEqual({
      ok: false,
      issues: [{ path: 'version', message: `must be ${SCENARIO_VERSION}` }],
    });
  });
  it('a v1 document is migrated forward and then validated', () => {
    // The seed preset as published in schema v1 (frozen fixture).
    const v1 = JSON.parse(readFileSync('tests/fixtures/documents/seed-2024-10-01-v1.json', 'utf8')) as {
      version: number;
    };
    const result = parseScenario(v1);
    expect(result.ok && result.value.version).toBe(SCENARIO_VERSION);
    expect(result.ok && result.value.options.serverless_api.catalog).toBeNull();
    // The caller's object is not changed by the migration.
    expect(v1.version).toBe(1);
    // A bad v1 document still names the field after migration.
    (v1 as unknown as { requirements: { monthlyRequests: number } }).requirements.monthlyRequests = -1;
    const bad = parseScenario(v1);
    expect(bad.ok ? [] : bad.issues.map((issue) => issue.path)).toEqual(['requirements.monthlyRequests']);
  });
  it('growth points out of order and inverted sensitivity ranges are field errors', () => {
    expect(
      issuesFor((s) => {
        s.evolution.growth.points = [
          { month: 6, monthlyTokens: 1e9 },
          { month: 3, monthlyTokens: 2e9 },
        ];
      }),
    ).toEqual([
      { path: 'evolution.growth.points', message: 'months must be in ascending order, each at most once' },
    ]);
    expect(
      issuesFor((s) => {
        s.sensitivity.inputs = [{ path: 'requirements.monthlyRequests', low: 2, high: 1, uncertain: true }];
      }),
    ).toEqual([{ path: 'sensitivity.inputs', message: 'each low value must be at most its high value' }]);
    expect(
      issuesFor((s) => {
        s.sensitivity.inputs = [{ path: 'requirements.dataSensitivity', low: 0, high: 1, uncertain: true }];
      }),
    ).toEqual([{ path: 'sensitivity.inputs.0.path', message: 'is not an input the analysis can vary' }]);
    expect(issuesFor((s) => void (s.evolution.horizonMonths = 0))).toEqual([
      { path: 'evolution.horizonMonths', message: 'must be at least 1' },
    ]);
  });
  it('a throwing getter is reported, not thrown', () => {
    const hostile = createScenario('seed') as unknown as Record<string, unknown>;
    Object.defineProperty(hostile, 'requirements', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const result = parseScenario(hostile);
    expect(result.ok).toBe(false);
  });
});

describe('messages built from a hostile document stay readable', () => {
  it('clips unknown keys to 40 characters and lists at most five', () => {
    const scenario = structuredClone(createScenario('seed')) as Record<string, unknown>;
    for (let i = 0; i < 7; i += 1) scenario[`${'k'.repeat(5000)}${i}`] = 1;
    const result = parseScenario(scenario);
    const message = result.ok ? '' : result.issues[0]!.message;
    expect(message.length).toBeLessThan(300);
    expect(message).toMatch(/ and 2 more$/);
  });
});
