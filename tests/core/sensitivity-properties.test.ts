import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analysedInputs,
  contextOf,
  createScenario,
  decide,
  distanceOf,
  evaluateScenario,
  nearestThresholds,
  OPTION_IDS,
  pinForAnalysis,
  simulate,
  THRESHOLD_TOLERANCE,
  thresholds,
  thresholdSentence,
  tornado,
  withNumbers,
  type Scenario,
} from '../../src/core';
import { arbitraryScenario } from './arbitrary-scenario';

/** The recommendation with one input at x, by the full evaluation (exclusions, constraints, tie rule). */
function recommendationAt(pinned: Scenario, path: Parameters<typeof withNumbers>[1][number][0], x: number) {
  return evaluateScenario(withNumbers(pinned, [[path, x]])).recommendation.option;
}

describe('sensitivity properties over scenarios drawn from the schema', () => {
  it('the fast decision is the evaluation’s recommendation, and pinning keeps today’s costs', () => {
    fc.assert(
      fc.property(arbitraryScenario, (scenario) => {
        const evaluation = evaluateScenario(scenario);
        const pinned = pinForAnalysis(scenario);
        const decision = decide(pinned, contextOf(pinned).api);
        expect(decision.option).toBe(evaluation.recommendation.option);
        OPTION_IDS.forEach((id, i) => {
          const cost = evaluation.options.find((o) => o.id === id)!.monthlyCost;
          expect(Math.abs(decision.costs[i]! - cost)).toBeLessThanOrEqual(1e-9 * Math.max(1, cost));
          expect(decision.eligible[i]).toBe(evaluation.options.find((o) => o.id === id)!.exclusion === null);
        });
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('every threshold: today’s option just inside and on a dense sample up to it, `becomes` just beyond', () => {
    fc.assert(
      fc.property(arbitraryScenario, (scenario) => {
        const pinned = pinForAnalysis(scenario);
        const today = evaluateScenario(pinned).recommendation.option;
        for (const row of thresholds(scenario)) {
          for (const [side, direction] of [
            ['lower', -1],
            ['upper', 1],
          ] as const) {
            const change = row[side];
            if (!change) continue;
            const delta = change.tolerance;
            expect(delta).toBeLessThanOrEqual(
              THRESHOLD_TOLERANCE * Math.max(1, Math.abs(change.value), Math.abs(row.current)),
            );
            const inside = change.value - direction * delta;
            if ((inside - row.current) * direction > 0)
              expect(recommendationAt(pinned, row.input, inside), `${row.input} inside`).toBe(today);
            expect(recommendationAt(pinned, row.input, change.value + direction * delta), row.input).toBe(
              change.becomes,
            );
            // Dense sample strictly between today's value and the threshold.
            for (let k = 1; k < 24; k += 1) {
              const x = row.current + ((change.value - row.current) * k) / 24;
              if (Math.abs(x - change.value) <= delta) continue;
              const api = contextOf(pinned).api;
              expect(decide(withNumbers(pinned, [[row.input, x]]), api).option, `${row.input} at ${x}`).toBe(
                today,
              );
            }
          }
        }
        const sentence = thresholdSentence(thresholds(scenario), scenario);
        if (sentence) expect(sentence).not.toMatch(/NaN|-0\b|undefined/);
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  it('the bounded search finds the same two nearest changes, hence the same card sentence, as the full one', () => {
    // The two nearest sides by distance, ties in list order (as the sentence ranks them).
    const nearestSides = (list: ReturnType<typeof thresholds>, count: number) =>
      list
        .flatMap((t) =>
          (['lower', 'upper'] as const).flatMap((side) => {
            const change = t[side];
            return change
              ? [{ input: t.input, side, ...change, d: distanceOf(t.input, change.value, t.current) }]
              : [];
          }),
        )
        .sort((a, b) => a.d - b.d)
        .slice(0, count);
    // Drawn scenarios mostly have their nearest changes in prices or volume, solved without a walk. Moving
    // volume nine tenths of the way to its nearest change puts the walked inputs (tokens per request, reasoning,
    // shares, peak) among the nearest too, where the bound is what decides.
    const nearAChange = arbitraryScenario.map((scenario) => {
      const volume = thresholds(scenario).find((t) => t.input === 'requirements.monthlyRequests');
      const change = volume?.upper ?? volume?.lower;
      if (!volume || !change) return scenario;
      return withNumbers(scenario, [[volume.input, volume.current + 0.9 * (change.value - volume.current)]]);
    });
    let bounded = 0;
    let walkedNearest = 0;
    fc.assert(
      fc.property(
        fc.oneof(arbitraryScenario, nearAChange),
        fc.integer({ min: 1, max: 8 }),
        (scenario, count) => {
          const full = thresholds(scenario);
          // The card asks for two; any count holds the same way, and larger ones put more walks near their bound.
          const near = nearestThresholds(scenario, count);
          expect(near.map((t) => t.input)).toEqual(full.map((t) => t.input));
          expect(nearestSides(near, count)).toEqual(nearestSides(full, count));
          if (count === 2) expect(thresholdSentence(near, scenario)).toBe(thresholdSentence(full, scenario));
          if (
            nearestSides(full, count).some(
              (side) => full.find((t) => t.input === side.input)!.method === 'search',
            )
          )
            walkedNearest += 1;
          // Every change the bounded search reports is the full search's change on that side.
          near.forEach((t, i) => {
            for (const side of ['lower', 'upper'] as const)
              if (t[side]) expect(t[side]).toEqual(full[i]![side]);
            if (t.searched.min !== full[i]!.searched.min || t.searched.max !== full[i]!.searched.max)
              bounded += 1;
          });
          expect(thresholdSentence(nearestThresholds(scenario), scenario)).toBe(
            thresholdSentence(full, scenario),
          );
        },
      ),
      { numRuns: 120 },
    );
    // The property is not vacuous: some searches did stop early, and in some scenarios a walked input was among
    // the two nearest changes.
    expect(bounded).toBeGreaterThan(0);
    expect(walkedNearest).toBeGreaterThan(0);
  }, 120_000);

  it('no walked threshold lies beyond a change a 150-point scan finds', () => {
    // A guard against walks that skip what a coarse scan sees (150 points each way, geometric, or even for shares
    // and from 0): the walk must report a change no farther than the scan's first. Windows narrower than the
    // scan's spacing, which an earlier walk stepped over, are held by the review's cases in sensitivity.test.ts.
    // Fixed seed: the scan is costly.
    // The presets with volume, request sizes, load shape and prices drawn over wide ranges (the review's fuzz),
    // where capacity steps of several options interleave; drawn scenarios rarely have walked changes at all.
    const logUniform = (low: number, high: number) =>
      fc.double({ min: Math.log10(low), max: Math.log10(high), noNaN: true }).map((e) => 10 ** e);
    const presetVariant = fc
      .record({
        preset: fc.constantFrom('azure', 'seed'),
        apiTimes: fc.constantFrom(1, 10, 1000),
        requests: logUniform(1e3, 1e8),
        input: logUniform(10, 20_000),
        output: logUniform(10, 30_000),
        peak: fc.double({ min: 1, max: 6, noNaN: true }),
        cache: fc.constantFrom(0, 0.3, 0.9),
        reasoning: fc.constantFrom(0, 1, 5),
      })
      .map((p) => {
        const base = createScenario(p.preset);
        const api = base.options.serverless_api;
        return withNumbers(base, [
          ['options.serverless_api.usdPerMTokInput', api.usdPerMTokInput * p.apiTimes],
          ['options.serverless_api.usdPerMTokOutput', api.usdPerMTokOutput * p.apiTimes],
          ['requirements.monthlyRequests', Math.round(p.requests)],
          ['requirements.inputTokensPerRequest', Math.round(p.input)],
          ['requirements.outputTokensPerRequest', Math.round(p.output)],
          ['workload.peakToAverage', p.peak],
          ['workload.cacheHitShare', p.cache],
          ['workload.reasoningTokensPerOutputToken', p.reasoning],
        ]);
      });
    let compared = 0;
    fc.assert(
      fc.property(fc.oneof(presetVariant, arbitraryScenario), (scenario) => {
        const pinned = pinForAnalysis(scenario);
        const api = contextOf(pinned).api;
        const today = decide(pinned, api).option;
        const rows = thresholds(scenario);
        for (const input of analysedInputs(pinned)) {
          if (input.response !== 'stepped') continue;
          const row = rows.find((t) => t.input === input.path)!;
          for (const [side, end] of [
            ['lower', input.domain.min],
            ['upper', input.domain.max],
          ] as const) {
            const even = input.range.kind === 'offset' || input.current === 0 || end === 0;
            for (let k = 1; k <= 150; k += 1) {
              const f = k / 150;
              const x = even
                ? input.current + (end - input.current) * f
                : input.current * (end / input.current) ** f;
              if (decide(withNumbers(pinned, [[input.path, x]]), api).option === today) continue;
              compared += 1;
              const found = row[side];
              expect(found, `${input.path} ${side}: the scan finds a change at ${x}`).not.toBeNull();
              expect(distanceOf(input.path, found!.value, input.current)).toBeLessThanOrEqual(
                distanceOf(input.path, x, input.current) + found!.tolerance,
              );
              break;
            }
          }
        }
      }),
      { numRuns: 25, seed: 20261203 },
    );
    expect(compared).toBeGreaterThan(10);
  }, 120_000);

  it('the tornado is sorted by swing, finite, and flags exactly the bars whose ends change the decision', () => {
    fc.assert(
      fc.property(arbitraryScenario, (scenario) => {
        const today = evaluateScenario(scenario).recommendation.option;
        const bars = tornado(scenario);
        const swing = bars.map((b) => Math.abs(b.deltaAtHigh - b.deltaAtLow));
        for (let i = 1; i < swing.length; i += 1) expect(swing[i]!).toBeLessThanOrEqual(swing[i - 1]!);
        for (const bar of bars) {
          expect(Number.isFinite(bar.deltaAtLow) && Number.isFinite(bar.deltaAtHigh)).toBe(true);
          expect(bar.flips).toBe(bar.atLow !== today || bar.atHigh !== today);
          expect(bar.low).toBeLessThanOrEqual(bar.high);
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('simulation: probabilities sum to 1, quantiles ordered, same seed same numbers, collapsed ranges give the recommendation', () => {
    fc.assert(
      fc.property(arbitraryScenario, fc.integer({ min: 0, max: 2 ** 31 - 1 }), (scenario, seed) => {
        const result = simulate(scenario, { samples: 200, seed });
        const total =
          OPTION_IDS.reduce((sum, id) => sum + result.probabilityCheapest[id], 0) + result.probabilityNone;
        expect(total).toBeCloseTo(1, 12);
        for (const id of OPTION_IDS) {
          const q = result.quantiles[id];
          expect(q.p10 <= q.p50 && q.p50 <= q.p90).toBe(true);
          expect(Number.isFinite(q.p10) && Number.isFinite(q.p90)).toBe(true);
        }
        expect(simulate(scenario, { samples: 200, seed })).toEqual(result);
        const today = evaluateScenario(scenario).recommendation.option;
        const collapsed = simulate(scenario, {
          samples: 50,
          seed,
          ranges: thresholds(scenario).map((t) => ({
            input: t.input,
            low: t.current,
            high: t.current,
            uncertain: true,
          })),
        });
        if (today === null) expect(collapsed.probabilityNone).toBe(1);
        else expect(collapsed.probabilityCheapest[today]).toBe(1);
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
