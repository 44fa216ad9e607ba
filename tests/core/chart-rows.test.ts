import { describe, expect, it } from 'vitest';
import { buildChartRows, createScenario, evaluateScenario } from '../../src/core';
import { niceCeil } from '../../src/core/chart/chart-rows';
import { expectRelClose } from './helpers';

describe('chart rows', () => {
  const seed = createScenario('seed');
  const seedModel = buildChartRows(seed, evaluateScenario(seed), { xScale: 'log' });

  it('log view: two decades either side of 600M, widened to show every crossing', () => {
    // low = min(600M ÷ 100, 998M ÷ 3) = 6M; high = max(600M × 100, 14B × 3) = 60B
    expect(seedModel.domain).toEqual([6e6, 6e10]);
    expect(seedModel.rows[0]!.tokens).toBe(6e6);
    expect(seedModel.rows[seedModel.rows.length - 1]!.tokens).toBe(6e10);
  });

  it('rows are sorted and include each exact break-even volume and the scenario volume', () => {
    const tokens = seedModel.rows.map((r) => r.tokens);
    expect([...tokens].sort((a, b) => a - b)).toEqual(tokens);
    for (const be of seedModel.breakEvens) expect(tokens).toContain(be.monthlyTokens);
    expect(tokens).toContain(600e6);
    const at1B = seedModel.rows.find(
      (r) =>
        r.tokens ===
        seedModel.breakEvens.find((b) => b.a === 'serverless_api' && b.b === 'provisioned_throughput')!
          .monthlyTokens,
    )!;
    expectRelClose(at1B.serverless_api, 5000);
    expectRelClose(at1B.provisioned_throughput, 5000);
    expectRelClose(at1B.cheapest, 5000);
  });

  it('draws a capacity step as two rows at the same volume: 20 → 25 PTU at 657M', () => {
    const azure = createScenario('azure');
    const model = buildChartRows(azure, evaluateScenario(azure), { xScale: 'log' });
    const corner = model.rows.filter((r) => Math.abs(r.tokens / 657e6 - 1) < 1e-9);
    expect(corner).toHaveLength(2);
    expectRelClose(corner[0]!.provisioned_throughput, 20 * 221); // 4,420 just before
    expectRelClose(corner[1]!.provisioned_throughput, 25 * 221); // 5,525 just after
    expectRelClose(corner[0]!.serverless_api, corner[1]!.serverless_api); // continuous options do not jump
  });

  it('linear view starts at 0 and reaches past the next crossing', () => {
    const model = buildChartRows(seed, evaluateScenario(seed), { xScale: 'linear' });
    // next crossing above 600M × 1.05 is 998M (private endpoints/provisioned): max(1.8B, 1.25 × 998M) = 1.8B
    expect(model.domain[0]).toBe(0);
    expectRelClose(model.domain[1], 1.8e9);
  });

  it('sizes a linear cost axis to every crossing in view, rounded: 1.15 × 22,000 → 30,000', () => {
    // highest crossing in view: custom/kubernetes at $22,000; ×1.15 = 25,300 → 30,000
    expect(seedModel.yMaxLinear).toBe(30_000);
    expect(niceCeil(25_300)).toBe(30_000);
    expect(niceCeil(4_001)).toBe(5_000);
    expect(niceCeil(1_000)).toBe(1_000);
    expect(niceCeil(0)).toBe(1);
  });
});

describe('marker groups', () => {
  it('merge crossings within 2% and label each with the crossing where the cheapest option changes', () => {
    const seed = createScenario('seed');
    const model = buildChartRows(seed, evaluateScenario(seed), { xScale: 'log' });
    // private endpoints (+$7.30) cross 0.2% before serverless does: 998M/1.0B, 2.0B/2.0B, 3.33B/3.33B share markers
    expect(model.markers.map((g) => [g.at.a, g.at.b, g.all.length])).toEqual([
      ['serverless_api', 'provisioned_throughput', 2],
      ['private_endpoints', 'custom_deployment', 2],
      ['private_endpoints', 'kubernetes', 2],
      ['provisioned_throughput', 'custom_deployment', 1],
      ['provisioned_throughput', 'kubernetes', 1],
      ['custom_deployment', 'kubernetes', 1],
    ]);
  });
});

describe('chart rows for a decade-bounded axis (wholeDecades, the deck)', () => {
  const domains = (change?: (s: ReturnType<typeof createScenario>) => void) => {
    const scenario = createScenario('azure');
    change?.(scenario);
    const evaluation = evaluateScenario(scenario);
    return {
      app: buildChartRows(scenario, evaluation, { xScale: 'log' }).domain,
      deck: buildChartRows(scenario, evaluation, { xScale: 'log', wholeDecades: true }).domain,
      rows: buildChartRows(scenario, evaluation, { xScale: 'log', wholeDecades: true }).rows,
    };
  };

  it('widens Azure’s view to whole decades around it: 6M … 82.3B → 1M … 100B', () => {
    // App view: 600M ÷ 100 = 6M; 3 × the highest crossing 27.43B = 82.29B. Outward: 10^6 and 10^11.
    const { app, deck, rows } = domains();
    expectRelClose(app[0], 6e6);
    expectRelClose(app[1], 82_289_250_000);
    expect(deck).toEqual([1e6, 1e11]);
    expect(rows[0]!.tokens).toBe(1e6);
    expect(rows[rows.length - 1]!.tokens).toBe(1e11);
  });

  it('rounds an end inward where outward would leave the analysed range (20B tokens: range ends at 2T)', () => {
    // 20B × 100 = 2T = the range's end; 10^13 is beyond it, so the view ends at 10^12. 20B ÷ 100 = 200M → 10^8.
    const { deck } = domains((s) => {
      s.requirements.monthlyRequests = 20e9 / 1200;
    });
    expect(deck).toEqual([1e8, 1e12]);
  });
});
