import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createScenario,
  pinSelections,
  evaluateScenario,
  monthlyCost,
  OPTION_IDS,
  parseScenario,
  type Scenario,
} from '../../src/core';
import { buildOption, contextOf } from '../../src/core/cost/build-options';
import { peakLoadPerToken, replicasAt } from '../../src/core/cost/gpu-capacity';
import { equivalentTpmPerToken } from '../../src/core/options/provisioned-throughput/build';
import { arbitraryScenario } from './arbitrary-scenario';

const RUNS = 150;

function sign(a: number, b: number): number {
  const d = a - b;
  return Math.abs(d) <= 1e-11 * Math.max(Math.abs(a), Math.abs(b), 1e-9) ? 0 : Math.sign(d);
}

function logSpace(from: number, to: number, count: number): number[] {
  const a = Math.log(from);
  const b = Math.log(to);
  return Array.from({ length: count }, (_, i) => Math.exp(a + ((b - a) * (i + 1)) / (count + 1)));
}

describe('core properties over scenarios drawn from the schema', () => {
  it('costs are finite and ≥ 0, and the lines add up', () => {
    fc.assert(
      fc.property(arbitraryScenario, (scenario) => {
        const evaluation = evaluateScenario(scenario);
        for (const option of evaluation.options) {
          expect(Number.isFinite(option.monthlyCost)).toBe(true);
          expect(option.monthlyCost).toBeGreaterThanOrEqual(0);
          const sum = option.lines.reduce((total, line) => total + line.usd, 0);
          // Lines can cancel (a 100% batch discount), so the float error scales with their magnitudes.
          const magnitude = option.lines.reduce((total, line) => total + Math.abs(line.usd), 0);
          expect(Math.abs(sum - option.monthlyCost)).toBeLessThanOrEqual(
            1e-9 * Math.max(1, magnitude, option.monthlyCost),
          );
          if (option.capacity) expect(Number.isFinite(option.capacity.utilization)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('each option’s cost never falls as volume grows', () => {
    fc.assert(
      fc.property(
        arbitraryScenario,
        fc.double({ min: 0, max: 15, noNaN: true }),
        fc.double({ min: 0, max: 15, noNaN: true }),
        (scenario, e1, e2) => {
          const [low, high] = [10 ** Math.min(e1, e2), 10 ** Math.max(e1, e2)];
          for (const id of OPTION_IDS) {
            const a = monthlyCost(scenario, id, low);
            const b = monthlyCost(scenario, id, high);
            expect(b).toBeGreaterThanOrEqual(a - 1e-9 * Math.max(1, a));
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('at every break-even the order of the two options really changes', () => {
    fc.assert(
      fc.property(arbitraryScenario, (scenario) => {
        const { breakEvens, range } = evaluateScenario(scenario);
        for (const be of breakEvens) {
          const same = breakEvens.filter((x) => x.a === be.a && x.b === be.b).map((x) => x.monthlyTokens);
          if (same.length > 50) continue; // sawtooth pairs: covered by the exact sawtooth unit test
          // Neighbours closer than 1e-12 relative are below what a float probe can separate.
          if (same.some((t) => t !== be.monthlyTokens && Math.abs(t / be.monthlyTokens - 1) < 1e-12))
            continue;
          const previous = Math.max(range.fromTokens, ...same.filter((t) => t < be.monthlyTokens));
          const next = Math.min(range.toTokens, ...same.filter((t) => t > be.monthlyTokens));
          // The nearest probe with a definite order on each side, moving out from the crossing towards its
          // neighbours: ties within float tolerance can span a band when two huge costs run nearly parallel.
          const definite = (to: number) => {
            for (const fraction of [
              1e-9, 1e-7, 1e-5, 1e-3, 0.01, 0.05, 0.1, 0.2, 0.35, 0.5, 0.7, 0.9, 0.99, 1,
            ]) {
              if (fraction === 1) {
                const s = sign(monthlyCost(scenario, be.a, to), monthlyCost(scenario, be.b, to));
                if (s !== 0) return s;
                continue;
              }
              const distance = Math.log(to) - Math.log(be.monthlyTokens);
              const t = Math.exp(
                Math.log(be.monthlyTokens) +
                  Math.sign(distance) * Math.max(fraction * Math.abs(distance), 1e-14),
              );
              const s = sign(monthlyCost(scenario, be.a, t), monthlyCost(scenario, be.b, t));
              if (s !== 0) return s;
            }
            return 0;
          };
          const s1 = definite(previous);
          const s2 = definite(next);
          expect(s1 * s2, `${be.a}/${be.b} at ${be.monthlyTokens}: ${s1} then ${s2}`).toBe(-1);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('between consecutive break-evens of a pair the order never changes (dense sampling)', () => {
    fc.assert(
      fc.property(arbitraryScenario, (scenario) => {
        const { breakEvens, range } = evaluateScenario(scenario);
        for (let i = 0; i < OPTION_IDS.length; i += 1) {
          for (let j = i + 1; j < OPTION_IDS.length; j += 1) {
            const a = OPTION_IDS[i]!;
            const b = OPTION_IDS[j]!;
            const cuts = breakEvens.filter((be) => be.a === a && be.b === b).map((be) => be.monthlyTokens);
            if (cuts.length > 50) continue; // sawtooth pairs are checked by the exact sawtooth unit test
            const edges = [range.fromTokens, ...cuts, range.toTokens];
            for (let k = 0; k + 1 < edges.length; k += 1) {
              const from = edges[k]! * (1 + 1e-7);
              const to = edges[k + 1]! * (1 - 1e-7);
              if (!(to > from)) continue;
              const signs = logSpace(from, to, 40)
                .map((t) => sign(monthlyCost(scenario, a, t), monthlyCost(scenario, b, t)))
                .filter((s) => s !== 0);
              expect(new Set(signs).size, `${a}/${b} between ${from} and ${to}`).toBeLessThanOrEqual(1);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('cheapest ranges cover the analysed range without gaps and name the true cheapest', () => {
    fc.assert(
      fc.property(arbitraryScenario, (scenario: Scenario) => {
        const { cheapest, range, options } = evaluateScenario(scenario);
        // Ranges name the cheapest option that is not ruled out (all of them when every one is).
        const eligible = options.filter((o) => o.exclusion === null).map((o) => o.id);
        const competing = eligible.length > 0 ? eligible : OPTION_IDS;
        expect(cheapest.length).toBeGreaterThan(0);
        expect(cheapest[0]!.fromTokens).toBe(range.fromTokens);
        expect(cheapest[cheapest.length - 1]!.toTokens).toBe(range.toTokens);
        for (let k = 0; k + 1 < cheapest.length; k += 1)
          expect(cheapest[k]!.toTokens).toBe(cheapest[k + 1]!.fromTokens);
        for (const stretch of cheapest) {
          if (stretch.toTokens / stretch.fromTokens < 1.001) continue;
          const probe = Math.sqrt(stretch.fromTokens * stretch.toTokens);
          const costs = competing.map((id) => monthlyCost(scenario, id, probe));
          const min = Math.min(...costs);
          expect(monthlyCost(scenario, stretch.option, probe)).toBeLessThanOrEqual(min * (1 + 1e-9) + 1e-9);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('parseScenario never throws, on anything', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = parseScenario(input);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 3000 },
    );
  });

  it('parseScenario never throws on a valid scenario with one leaf replaced by junk', () => {
    const junk = fc.oneof(
      fc.constant(Number.NaN),
      fc.constant(Infinity),
      fc.constant(-1),
      fc.constant(1e300),
      fc.constant(null),
      fc.string(),
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.constantFrom('seed', 'azure' as const), fc.nat(), junk, (preset, index, value) => {
        const scenario = createScenario(preset) as unknown as Record<string, unknown>;
        const leaves: [Record<string, unknown>, string][] = [];
        const walk = (node: Record<string, unknown>) => {
          for (const [key, child] of Object.entries(node)) {
            if (child && typeof child === 'object') walk(child as Record<string, unknown>);
            else leaves.push([node, key]);
          }
        };
        walk(scenario);
        const [parent, key] = leaves[index % leaves.length]!;
        parent[key] = value;
        const result = parseScenario(scenario);
        if (result.ok)
          expect(Number.isFinite(evaluateScenario(result.value).options[0]!.monthlyCost)).toBe(true);
        else expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('capacity always covers the peak after rounding', () => {
  it('PTUs bought ≥ peak need, in whole steps; GPU replicas × throughput × target ≥ peak load', () => {
    fc.assert(
      fc.property(arbitraryScenario, fc.double({ min: 0, max: 14, noNaN: true }), (drawn, exponent) => {
        // The plans as evaluated: auto GPU choices and PTUs that follow the API model written out.
        const scenario = pinSelections(drawn);
        const tokens = 10 ** exponent;
        const ctx = contextOf(scenario);
        const ptu = scenario.options.provisioned_throughput.ptu;
        if (ptu && !scenario.options.provisioned_throughput.spillover.enabled) {
          const units = buildOption(scenario, 'provisioned_throughput').describe(tokens).capacity!.units;
          const peakTpm = tokens * equivalentTpmPerToken(ctx, ptu) * scenario.workload.peakToAverage;
          expect(units * ptu.inputTpmPerPtu).toBeGreaterThanOrEqual(peakTpm * (1 - 1e-9));
          expect(units === ptu.minPtu || (units > ptu.minPtu && units % ptu.ptuStep === 0)).toBe(true);
        }
        for (const id of ['custom_deployment', 'kubernetes'] as const) {
          const gpu = scenario.options[id].gpu;
          if (!gpu) continue;
          const replicas = replicasAt(ctx, gpu, tokens);
          expect(replicas).toBeGreaterThanOrEqual(gpu.minReplicas);
          const peak = peakLoadPerToken(ctx, gpu) * tokens;
          expect(
            replicas * gpu.outputTokensPerSecondPerReplica * gpu.targetPeakUtilization,
          ).toBeGreaterThanOrEqual(peak * (1 - 1e-9));
          const vms = buildOption(scenario, id).describe(tokens).capacity!.units;
          expect(vms * gpu.gpusPerVm).toBeGreaterThanOrEqual(replicas * gpu.gpusPerReplica);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
