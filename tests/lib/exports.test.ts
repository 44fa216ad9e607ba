// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildChartRows, createScenario, evaluateScenario, measureText, type Scenario } from '../../src/core';
import { buildCsv } from '../../src/lib/io/export-csv';
import { buildSlideSvg, linearTicks } from '../../src/lib/io/export-svg';
import { readScenarioFile, scenarioToJson } from '../../src/lib/io/scenario-file';
import { pricesLine, ratingsLine } from '../../src/lib/io/source-notes';
import { provenanceOf } from '../../src/lib/provenance';

function parts(scenario: Scenario) {
  const evaluation = evaluateScenario(scenario);
  return { evaluation, model: buildChartRows(scenario, evaluation, { xScale: 'log' }) };
}

describe('CSV export', () => {
  it('has the curve table and the break-even table, each with a header row and units', () => {
    const seed = createScenario('seed');
    const { evaluation, model } = parts(seed);
    const lines = buildCsv(seed, evaluation, model).split('\r\n');
    expect(lines[0]).toBe(
      'Monthly tokens (tokens/month),Serverless API (USD/month),Provisioned throughput (USD/month),Private endpoints (USD/month),Custom deployment (USD/month),Kubernetes (self-hosted) (USD/month),Point',
    );
    // first sample at 6M tokens: serverless 6M × $5/1M = 30; provisioned 3,000 + 12 = 3,012; private 37.3
    expect(lines[1]).toBe('6000000,30,3012,37.3,8006,15003,sample');
    const blank = lines.indexOf('');
    expect(blank).toBe(model.rows.length + 1);
    expect(lines[blank + 1]).toBe(
      'Option A,Option B,Break-even (tokens/month),Monthly cost at break-even (USD/month),How',
    );
    expect(lines).toContain('Serverless API,Provisioned throughput,1000000000,5000,lines cross');
    expect(lines.filter((l) => l.endsWith('lines cross'))).toHaveLength(9);
  });

  it('writes capacity steps as before/after rows and converts to the display currency', () => {
    const azure = createScenario('azure');
    azure.display = { currency: 'EUR', usdToCurrency: 0.9, rateAsOf: '2026-11-20' };
    const { evaluation, model } = parts(azure);
    const csv = buildCsv(azure, evaluation, model);
    expect(csv.split('\r\n')[0]).toContain('Serverless API (EUR/month)');
    // 20 → 25 PTU at 657M tokens: 4,420 × 0.9 = 3,978 before, 5,525 × 0.9 = 4,972.5 after
    expect(csv).toMatch(
      /\r\n657000000(\.\d+)?,[\d.]+,3978,[^\r]*before capacity step\r\n657000000(\.\d+)?,[\d.]+,4972\.5,[^\r]*after capacity step/,
    );
  });
});

describe('CSV roadmap table', () => {
  it('lists the roadmap month by month after the break-evens, units in the headers', () => {
    // The worked example (tests/core/evolution-plan.test.ts): Azure, flat load, 5% a month, 12 months.
    const azure = createScenario('azure');
    azure.workload.peakToAverage = 1;
    azure.evolution.growth.monthlyRate = 0.05;
    azure.evolution.horizonMonths = 12;
    const { evaluation, model } = parts(azure);
    const tables = buildCsv(azure, evaluation, model).split('\r\n\r\n');
    // Curves, break-evens, roadmap, thresholds (the simulation summary only when one ran).
    expect(tables).toHaveLength(4);
    const lines = tables[2]!.trim().split('\r\n');
    expect(lines[0]).toBe(
      'Month (0 = this month),Monthly tokens (tokens/month),Option in use,Served model,Term,Cost (USD/month),One-off cost (USD),Cumulative cost (USD)',
    );
    expect(lines).toHaveLength(13);
    expect(lines[1]).toBe('0,600000000,Serverless API,GPT-4.1,no term,2400,0,2400');
    // Month 7: 600M × 1.40710042 = 844,260,253.6 tokens on 15 PTU yearly ($3,315); running total 19,540.82 + 3,315.
    expect(lines[8]).toMatch(
      /^7,844260253\.59\d*,Provisioned throughput,GPT-4\.1,yearly reservation,3315,0,22855\.82\d*$/,
    );
    expect(lines[12]).toMatch(
      /^11,[\d.]+,Provisioned throughput,GPT-4\.1,yearly reservation,4420,0,37220\.82\d*$/,
    );
  });
});

describe('SVG slide', () => {
  const seed = createScenario('seed');
  const { evaluation, model } = parts(seed);
  const svg = buildSlideSvg(seed, evaluation, model, { shareUrl: 'http://example.test/#s=j1:abc' });

  it('is a well-formed 1920 × 1080 SVG with title, summary, legend and footnote', () => {
    const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = document.documentElement;
    expect([root.getAttribute('width'), root.getAttribute('height'), root.getAttribute('viewBox')]).toEqual([
      '1920',
      '1080',
      '0 0 1920 1080',
    ]);
    const texts = [...document.getElementsByTagName('text')].map((t) => t.textContent);
    expect(texts).toContain('LLM deployment cost: Serverless API recommended');
    expect(texts).toContain(
      '600M tokens/month · Seed article (illustrative) · run-rate (setup not amortised) · USD',
    );
    expect(texts).toContain('You are here · 600M');
    expect(texts).toContain('Budget $5K');
    expect(texts).toContain('$3,000/month · recommended');
    expect(texts).toContain(
      'Prices: Seed article (illustrative), preset revision 2024-10-01, prices dated 2024-10 to 2026-11.',
    );
    expect(texts).toContain('Scenario: http://example.test/#s=j1:abc');
  });

  it('draws one path per option and a labelled marker per distinct break-even', () => {
    const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect([...document.querySelectorAll('path.series')].map((p) => p.getAttribute('data-option'))).toEqual([
      'serverless_api',
      'provisioned_throughput',
      'private_endpoints',
      'custom_deployment',
      'kubernetes',
    ]);
    const labels = [...document.querySelectorAll('g.break-even text')].map((t) => t.textContent);
    // Nine crossings; private endpoints sit $7.30 above serverless, so their crossings share a marker labelled
    // with the crossing where the cheapest option changes (1.0B, not 998M).
    expect(labels).toEqual(['1.0B', '2.0B', '3.33B', '5.0B', '8.0B', '14B']);
  });

  it('wraps a long title and legend details instead of cutting them off (smaller model allowed)', () => {
    const small = readScenarioFile(readFileSync('tests/deck/fixtures/small.json', 'utf8'));
    if (!small.ok) throw new Error('fixture does not read');
    const { evaluation, model } = parts(small.scenario);
    const doc = new DOMParser().parseFromString(
      buildSlideSvg(small.scenario, evaluation, model, { shareUrl: 'http://example.test/' }),
      'image/svg+xml',
    );
    const texts = [...doc.getElementsByTagName('text')];
    const all = texts.map((t) => t.textContent ?? '');
    // 'LLM deployment cost: Custom deployment (Llama 3.1 8B (BF16)) recommended' is about 2,165 px at 48 px bold,
    // wider than the 1,760 px line, so it takes two lines at 40 px.
    expect(all).toContain('LLM deployment cost: Custom deployment (Llama 3.1 8B (BF16))');
    expect(all).toContain('recommended');
    expect(all.join(' ')).toContain('smaller model');
    // Every text fits the slide: its measured width from x (start-anchored) ends inside 1,920 px.
    for (const t of texts) {
      if (t.getAttribute('text-anchor') || t.getAttribute('transform')) continue;
      const right =
        Number(t.getAttribute('x')) +
        measureText(
          t.textContent ?? '',
          Number(t.getAttribute('font-size')),
          t.getAttribute('font-weight') === '700',
        );
      expect(right, t.textContent ?? '').toBeLessThanOrEqual(1920);
    }
  });

  it('uses round axis ticks', () => {
    expect(linearTicks(30_000)).toEqual([0, 5000, 10000, 15000, 20000, 25000, 30000]);
    expect(linearTicks(15_000)).toEqual([0, 2500, 5000, 7500, 10000, 12500, 15000]);
  });
});

describe('SVG slide break-even labels', () => {
  it('labels the Azure marker as the app does: 27.36B, not 27.4B (two crossings of one pair round alike)', () => {
    const azure = createScenario('azure');
    const { evaluation, model } = parts(azure);
    const svg = buildSlideSvg(azure, evaluation, model, { shareUrl: 'http://example.test/' });
    const labels = [...svg.matchAll(/class="break-even__label"[^>]*>([^<]+)</g)].map((m) => m[1]);
    expect(labels).toContain('27.36B');
    expect(labels).not.toContain('27.4B');
  });
});

describe('JSON export and import', () => {
  it('round-trips a scenario', () => {
    const azure = createScenario('azure');
    azure.requirements.monthlyRequests = 1_234_567;
    expect(readScenarioFile(scenarioToJson(azure))).toEqual({ ok: true, scenario: azure });
  });
  it('reports problems like a bad link does', () => {
    expect(readScenarioFile('not json')).toEqual({
      ok: false,
      error: { kind: 'corrupt', detail: 'it is not JSON' },
    });
    expect(readScenarioFile(JSON.stringify({ format: 'something-else', scenario: {} }))).toMatchObject({
      ok: false,
      error: { kind: 'unknown-codec' },
    });
    expect(
      readScenarioFile(
        JSON.stringify({
          format: 'ai-cost-planner/scenario',
          scenario: { ...createScenario('seed'), version: 99 },
        }),
      ),
    ).toMatchObject({
      ok: false,
      error: { kind: 'newer-version', version: 99 },
    });
    const bad = { ...createScenario('seed'), amortizationMonths: -2 };
    expect(readScenarioFile(JSON.stringify({ format: 'ai-cost-planner/scenario', scenario: bad }))).toEqual({
      ok: false,
      error: { kind: 'invalid', issues: [{ path: 'amortizationMonths', message: 'must be at least 0' }] },
    });
  });
  it('a format field that is not text is refused in words, not turned into text (found by fuzzing)', () => {
    // String() on these threw ("Cannot convert object to primitive value", a stack overflow) or read "[object Object]".
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    for (const format of ['{"toString":{}}', '{"a":1}', deep, '7']) {
      const read = readScenarioFile(`{"format":${format},"scenario":{}}`);
      expect(read).toEqual({
        ok: false,
        error: { kind: 'corrupt', detail: 'its “format” field is not a format name' },
      });
    }
  });
});

describe('source notes', () => {
  it('dates the prices from the sources used, apart from the preset revision', () => {
    // Azure money figures: token prices 2026-09-23, PTU 2026-04-07, VMs 2026-04-01, Private Link and AKS
    // 2026-11-26; the seed article's illustrative setup costs (2024-10) and planner assumptions are left out.
    expect(pricesLine(createScenario('azure'))).toBe(
      'Prices: Azure list prices, preset revision 2026-12-02, prices dated 2026-04 to 2026-11.',
    );
  });

  it('attributes ratings to LMArena with the capture date when a rated model is named', () => {
    const azure = createScenario('azure');
    expect(ratingsLine(evaluateScenario(azure))).toBe(
      'Ratings: LMArena text leaderboard, captured 2025-11-20 (CC-BY-4.0).',
    );
    // The seed preset's illustrative model has no rating: nothing to attribute.
    expect(ratingsLine(evaluateScenario(createScenario('seed')))).toBeNull();
  });

  it('cites the Qwen3 model card, not the Llama 3.1 blog, for Qwen3 weights and KV cache', () => {
    const picked = readScenarioFile(readFileSync('tests/deck/fixtures/picked.json', 'utf8'));
    if (!picked.ok) throw new Error('fixture does not read');
    expect(picked.scenario.options.kubernetes.gpu?.modelId).toMatch(/^Qwen3/);
    for (const field of ['weightsGb', 'kvCacheMbPerToken'])
      expect(provenanceOf(picked.scenario, `options.kubernetes.gpu.${field}`).url).toBe(
        'https://huggingface.co/Qwen/Qwen3-235B-A22B-Instruct-2507-FP8',
      );
  });
});
