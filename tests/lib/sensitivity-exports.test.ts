import { describe, expect, it } from 'vitest';
import { analyseEvolution, buildChartRows, createScenario, evaluateScenario, simulate } from '../../src/core';
import { buildDecisionRecord } from '../../src/lib/io/decision-record';
import { buildCsv } from '../../src/lib/io/export-csv';
import { sensitivityDeckParts } from '../../src/lib/io/export-pptx';
import { sensitivityReport } from '../../src/lib/io/sensitivity-report';
import { deckFiles, NOTES_XML, numberedXml, SLIDE_XML } from './deck-files';

const seed = createScenario('seed');
const evaluation = evaluateScenario(seed);
const model = buildChartRows(seed, evaluation, { xScale: 'log' });
// Seed preset, hand-computed (tests/core/sensitivity.test.ts): the API beats PTU until the input price reaches
// $8 (400p + 1,000 = 4,200) and the volume 1e9 ÷ 1,200 = 833,333.3 requests.
const report = sensitivityReport(seed, simulate(seed, { seed: 3, samples: 2000 }));

describe('sensitivity in the CSV', () => {
  const tables = buildCsv(seed, evaluation, model, analyseEvolution(seed), report).split('\r\n\r\n');

  it('adds a thresholds table in each input’s stored unit, nearest first', () => {
    const lines = tables[3]!.trim().split('\r\n');
    expect(lines[0]).toBe(
      'Input,Scenario path,Unit,Today,Changes below,Becomes below,Changes above,Becomes above,Found,Searched from,Searched to',
    );
    expect(lines[1]).toBe(
      'API input price,options.serverless_api.usdPerMTokInput,USD per 1M tokens,5,,,8,Provisioned throughput,exactly,0,1000000',
    );
    expect(lines[2]).toMatch(
      /^Volume,requirements\.monthlyRequests,requests\/month,500000,,,833333\.333333,Provisioned throughput,exactly,0,/,
    );
  });

  it('adds the simulation summary with its seed and sample count; probabilities sum to 1', () => {
    const lines = tables[4]!.trim().split('\r\n');
    expect(lines[0]).toBe(
      'Option (simulation of 2000 samples with seed 3),Probability cheapest (0–1),P10 (USD/month),P50 (USD/month),P90 (USD/month)',
    );
    const sum = lines.slice(1).reduce((total, line) => total + Number(line.split(',')[1]), 0);
    expect(sum).toBeCloseTo(1, 12);
    expect(lines.find((l) => l.startsWith('Kubernetes'))).toMatch(/^Kubernetes \(self-hosted\),0,/);
  });
});

describe('sensitivity in the decision record', () => {
  const record = buildDecisionRecord({
    scenario: seed,
    evaluation,
    shareLink: 'https://x.test/#s=j1:a',
    sensitivity: report,
  });

  it('says what would change the decision and lists every threshold', () => {
    expect(record).toContain(
      '### What would change it\n\nHolds while the API input price stays below $8.00 per 1M tokens (+60%) and volume stays below 1.0B tokens/month (+67%); beyond either, Provisioned throughput.',
    );
    expect(record).toContain(
      '| API input price | $5.00 per 1M tokens | No change | $8.00 per 1M tokens (+60%): Provisioned throughput | exactly |',
    );
    expect(record).toContain('### Uncertainty');
    expect(record).not.toMatch(/NaN|undefined|-0\b/);
  });

  it('computes the thresholds itself when not given (the command line)', () => {
    const plain = buildDecisionRecord({ scenario: seed, evaluation, shareLink: 'https://x.test/#s=j1:a' });
    expect(plain).toContain('Holds while the API input price stays below $8.00');
    expect(plain).not.toContain('### Uncertainty');
  });
});

describe('sensitivity in the deck', () => {
  it('adds a slide with the sentence, a native bar chart, ≥ 12 pt text and speaker notes; the summary says what would change it', async () => {
    const files = await deckFiles(seed, sensitivityDeckParts(report));
    const texts = numberedXml(files, SLIDE_XML);
    const sensitivity = texts.find((xml) =>
      xml.includes('What would change the decision for Serverless API'),
    );
    expect(sensitivity).toBeDefined();
    expect(sensitivity).toContain('Holds while the API input price stays below $8.00 per 1M tokens (+60%)');
    expect(sensitivity).toContain('Chance of being cheapest');
    expect(sensitivity).toMatch(/<c:chart|graphicFrame/);
    // Font sizes are hundredths of a point: nothing under 12 pt.
    for (const size of sensitivity!.matchAll(/sz="(\d+)"/g))
      expect(Number(size[1])).toBeGreaterThanOrEqual(1200);
    const summary = texts.find((xml) => xml.includes('What would change it'));
    expect(summary).toContain('Holds while the API input price');
    const noteTexts = numberedXml(files, NOTES_XML);
    expect(noteTexts.some((xml) => xml.includes('Every threshold (one input at a time)'))).toBe(true);
    // The tornado's bar chart (the last chart part) lists the high value first: PowerPoint draws a category's
    // series bottom-up, so the low value's bar is on top, as on the planner (found by review: it was reversed).
    const charts = numberedXml(files, /^ppt\/charts\/chart\d+\.xml$/);
    const tornado = charts.find((xml) => xml.includes('<c:barChart>'));
    const names = [...(tornado ?? '').matchAll(/<c:tx>[\s\S]*?<c:v>([^<]+)<\/c:v>/g)].map((m) => m[1]);
    expect(names).toEqual(['At the high value', 'At the low value']);
  });
});
