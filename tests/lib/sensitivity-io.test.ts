import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createScenario, decodeScenarioDocument, rangesOf, simulate, type Scenario } from '../../src/core';
import { decodeScenarioLink, encodeScenarioLink } from '../../src/lib/io/scenario-codec';
import { readScenarioFile, scenarioToJson } from '../../src/lib/io/scenario-file';

/** The Azure preset with a seed, a sample count and two edited ranges (one no longer uncertain). */
function edited(): Scenario {
  const s = createScenario('azure');
  s.sensitivity = {
    seed: 20261202,
    samples: 5000,
    inputs: [
      { path: 'requirements.monthlyRequests', low: 100_000, high: 3_000_000, uncertain: true },
      { path: 'options.serverless_api.usdPerMTokOutput', low: 6, high: 8, uncertain: false },
    ],
  };
  return s;
}

describe('sensitivity settings travel with the scenario', () => {
  it('a share link carries the seed, the sample count and edited ranges, and gives the same simulation', () => {
    const scenario = edited();
    const link = encodeScenarioLink(scenario);
    const decoded = decodeScenarioLink(link);
    expect(decoded?.ok).toBe(true);
    if (!decoded?.ok) return;
    expect(decoded.scenario.sensitivity).toEqual(scenario.sensitivity);
    const { seed, samples } = decoded.scenario.sensitivity;
    expect(simulate(decoded.scenario, { seed, samples: 500 })).toEqual(
      simulate(scenario, { seed, samples: 500 }),
    );
    expect(samples).toBe(5000);
  });

  it('a scenario file carries them too', () => {
    const read = readScenarioFile(scenarioToJson(edited()));
    expect(read.ok && read.scenario.sensitivity).toEqual(edited().sensitivity);
  });

  it('links and files made before the analysis read with its defaults (seed 1, 10,000 samples, default ranges)', () => {
    const v2 = JSON.parse(
      readFileSync('tests/fixtures/documents/azure-2026-11-26-v2.json', 'utf8'),
    ) as unknown;
    const read = decodeScenarioDocument(v2);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.sensitivity).toEqual({ seed: 1, samples: 10_000, inputs: [] });
    const volume = rangesOf(read.value).find((r) => r.input === 'requirements.monthlyRequests')!;
    // ×0.5 and ×2 of today's requests
    expect([volume.low, volume.high]).toEqual([
      read.value.requirements.monthlyRequests / 2,
      read.value.requirements.monthlyRequests * 2,
    ]);
  });

  it('a range whose low is above its high is refused in words', () => {
    const s = edited();
    const document = JSON.parse(scenarioToJson(s)) as { scenario?: unknown } & Record<string, unknown>;
    const scenario = (document.scenario ?? document) as Scenario;
    scenario.sensitivity.inputs[0] = {
      path: 'requirements.monthlyRequests',
      low: 9,
      high: 1,
      uncertain: true,
    };
    const read = readScenarioFile(JSON.stringify(document));
    expect(read.ok || read.error.kind).toBe('invalid');
    if (!read.ok && read.error.kind === 'invalid')
      expect(read.error.issues.map((i) => i.message).join()).toMatch(
        /low value must be at most its high value/,
      );
  });
});
