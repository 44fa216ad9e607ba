import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ASSUMPTION_SECTIONS,
  createScenario,
  evaluateScenario,
  formatCount,
  formatMoney,
  OPTION_LABELS,
  type Scenario,
} from '../../src/core';
import { buildDecisionRecord } from '../../src/lib/io/decision-record';
import { shareLinkNote } from '../../src/lib/io/share-link-note';
import { mdTable, mdText } from '../../src/lib/io/markdown';
import { decodeScenarioLink } from '../../src/lib/io/scenario-codec';
import { readScenarioFile } from '../../src/lib/io/scenario-file';

const LINK = 'https://planner.example.org/#s=j1:abc';

function fixture(name: string): Scenario {
  const read = decodeScenarioLink(readFileSync(`tests/fixtures/links/v1/${name}.txt`, 'utf8').trim());
  if (!read?.ok) throw new Error(name);
  return read.scenario;
}

function record(scenario: Scenario, shareLink = LINK, date?: string): string {
  return buildDecisionRecord({ scenario, evaluation: evaluateScenario(scenario), shareLink, date });
}

/** Cells of a GFM table row, splitting on pipes that are not escaped. */
function cells(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

describe('decision record (Markdown)', () => {
  it('has the sections of an architecture decision record, in order, with every assumptions section', () => {
    const headings = record(createScenario('seed'))
      .split('\n')
      .filter((line) => line.startsWith('#'));
    expect(headings.filter((h) => !h.startsWith('###'))).toEqual([
      '# Decision record: Serverless API for 600M tokens a month',
      '## Context',
      '## Options considered',
      '## Decision',
      '## Ruled out',
      '## Roadmap over 36 months',
      '## Break-evens',
      '## Cheapest option by volume',
      '## Thresholds',
      '## Assumptions',
      '## Share link',
    ]);
    const decision = headings.slice(headings.indexOf('## Decision'), headings.indexOf('## Ruled out'));
    expect(decision).toEqual([
      '## Decision',
      '### Reasons',
      '### Watch-outs',
      '### What would change it',
      "### The seed article's rule",
    ]);
    const assumptions = headings.slice(headings.indexOf('## Assumptions') + 1, -1);
    expect(headings).not.toContain('### Uncertainty'); // only when a simulation ran
    expect(assumptions).toEqual(ASSUMPTION_SECTIONS.map((section) => `### ${mdText(section.title)}`));
  });

  it('states the requirements in words and numbers, and each option’s cost and served model', () => {
    const scenario = fixture('azure-70b-h100-eur');
    const evaluation = evaluateScenario(scenario);
    const text = record(scenario, LINK, '2026-12-02');
    expect(text).toContain('- **Date:** 2026-12-02');
    // 500,000 × (800 + 400) = 600M tokens; budget $5,000 × 0.92 = €4,600
    expect(text).toContain(
      'The workload is 500,000 requests a month of 800 input and 400 output tokens each: 600M tokens a month, with peaks at 2× the average load. It must answer within 500 ms and cost at most €4,600 a month.',
    );
    expect(text).toContain('| Monthly budget | €4,600 |');
    const api = evaluation.apiModel;
    expect(api.capability).not.toBeNull();
    const rated = `${api.label} (rated ${formatCount(api.capability ?? 0)})`;
    expect(text).toContain(`Every option is compared with the API model, ${rated}.`);
    // serverless $2,197.80 × 0.92 = €2,022; $2,197.80 ÷ 600 = $3.663 per 1M × 0.92 = €3.37
    expect(text).toContain(`| Serverless API | ${rated} | €2,022 | €0 | €3.37 | — | yes | **Recommended** |`);
    // Kubernetes: $49,821 × 0.92 = €45,835; setup $20,000 × 0.92 = €18,400
    expect(text).toMatch(/\| Kubernetes \(self-hosted\) \| [^|]+ \| €45,835 \| €18,400 \| €76\.39 \|/);
    expect(text).toContain('- **Currency:** EUR, converted at 0.92 EUR per USD (rate of 2026-11-20)');
    expect(text).toContain('Run the workload on **Serverless API** at €2,022 a month.');
  });

  it('lists what was ruled out, of which kind and why, as the core says', () => {
    const scenario = fixture('seed-results-high-sensitivity');
    const { recommendation } = evaluateScenario(scenario);
    expect(recommendation.excluded.length).toBeGreaterThan(0);
    const text = record(scenario);
    for (const e of recommendation.excluded)
      expect(text).toContain(`- **${mdText(OPTION_LABELS[e.option])}** (${e.kind}): ${mdText(e.reason)}`);
    // 3.6B tokens × $5 per 1M = $18,000
    expect(text).toMatch(
      /\| Serverless API \| [^|]+ \| \$18,000 \| \$0 \| \$5\.00 \| — \| no \| Ruled out \(constraint\) \|/,
    );
  });

  it('says so when every option is ruled out', () => {
    const scenario = createScenario('azure');
    scenario.requirements.latencyMs = 1;
    const text = record(scenario);
    expect(text.split('\n')[0]).toBe(
      '# Decision record: no option meets the constraints at 600M tokens a month',
    );
    expect(text).toContain('- **Decision:** none: every option is ruled out');
    expect(text).toContain('No option meets every hard constraint; relax a requirement before deciding.');
    expect(text).not.toContain('### What would change it');
    expect(text).not.toContain('**Recommended**');
  });

  it('lists the assumptions with sources (as links) and dates, edited values first with the preset value', () => {
    const scenario = createScenario('azure');
    scenario.options.kubernetes.labourUsdPerMonth = 12_000;
    const text = record(scenario);
    expect(text).toContain('Changed from the preset (1):');
    expect(text).toContain(
      '- Kubernetes (self-hosted), Operations labour: 12,000 USD / month (was 4,000 USD / month)',
    );
    expect(text).toContain(
      '| Operations labour | 12,000 USD / month | Planner assumption | 2026-11-26 | changed |',
    );
    expect(text).toMatch(
      /\| Control plane \| 73 USD \/ month \| \[Azure Kubernetes Service pricing\]\(https:\/\/azure\.microsoft\.com\/pricing\/details\/kubernetes-service\/\) \| 2026-11-26 \| {2}\|/,
    );
    expect(record(createScenario('azure'))).toContain('Every value is as the preset gives it.');
  });

  it('is GitHub Markdown only: no HTML, user text escaped, every table row as wide as its header', () => {
    const scenario = createScenario('azure');
    scenario.options.serverless_api.modelId = 'a|b <img src=x> *bold* [x](y)';
    const text = record(scenario);
    expect(text).toContain('a\\|b \\<img src=x\\> \\*bold\\* \\[x\\](y)');
    expect(text).not.toMatch(/(?<!\\)<[a-z/!]/i);
    const lines = text.split('\n');
    let width = 0;
    for (const line of lines) {
      if (!line.startsWith('|')) {
        width = 0;
        continue;
      }
      if (width === 0) width = cells(line).length;
      else expect(cells(line)).toHaveLength(width);
    }
  });

  it('ends with the share link and the app’s note on where it opens (a local address says so)', () => {
    const seed = createScenario('seed');
    const lines = record(seed).trimEnd().split('\n');
    expect(lines.at(-3)).toBe(`[Open this scenario in AI Cost Planner](${LINK})`);
    expect(lines.at(-1)).toBe(mdText(shareLinkNote(LINK)));
    const local = record(seed, 'http://127.0.0.1:4173/#s=j1:abc');
    expect(local).toContain(
      'This link was made on a local address (127.0.0.1:4173) and opens only on that machine',
    );
    expect(record(seed)).not.toContain('local address');
    expect(record(seed)).not.toContain('**Date:**');
  });

  it('names the scenario when it has a name', () => {
    const scenario = createScenario('seed');
    expect(record(scenario)).not.toContain('**Scenario:**');
    scenario.name = 'Bank chatbot';
    expect(record(scenario)).toContain('- **Scenario:** Bank chatbot');
  });
});

describe('Markdown helpers', () => {
  it('escape markup, fold line breaks and right-align numeric columns', () => {
    expect(mdText('a_b *c* `d` <e> [f] g|h\nnext')).toBe('a\\_b \\*c\\* \\`d\\` \\<e\\> \\[f\\] g\\|h next');
    expect(mdText('$3,000, $1,200 less')).toBe('$3,000, $1,200 less');
    expect(mdTable(['A', 'B'], [['x', '1']], [1])).toBe('| A | B |\n| --- | ---: |\n| x | 1 |');
  });

  it('adds the roadmap: growth, the plan in sentences, horizon total and present value, best static choice', () => {
    // The worked example of tests/core/evolution-plan.test.ts: Azure, flat load, 5% a month, 12 months; its
    // total is $37,220.82 (hand-computed there), shown to the dollar.
    const azure = createScenario('azure');
    azure.workload.peakToAverage = 1;
    azure.evolution.growth.monthlyRate = 0.05;
    azure.evolution.horizonMonths = 12;
    azure.evolution.annualDiscountRate = 0.08;
    const md = record(azure);
    const section = md.slice(md.indexOf('## Roadmap over 12 months'), md.indexOf('## Break-evens'));
    expect(section).toContain('Volume grows by 5% a month for 12 months.');
    expect(section).toContain('### The plan');
    expect(section).toMatch(
      /the roadmap costs \*\*\$37,221\*\* in all, commitments and moves included; its present value at 8% a year is \$[\d,]+\./,
    );
    expect(section).toMatch(/The best static choice is .+: \$[\d,]+, so the roadmap saves \$[\d,]+\./);
    expect(section).toContain('| Choice | Total over 12 months | Present value | Roadmap saves |');
    expect(md).toMatch(/- \*\*Over 12 months:\*\* \$[\d,]+ following the roadmap/);
  });

  it('has no roadmap for a one-month horizon', () => {
    const azure = createScenario('azure');
    azure.evolution.horizonMonths = 1;
    expect(record(azure)).not.toContain('## Roadmap');
  });

  it('gives term costs (monthly × horizon + setup) and the commitment behind each option', () => {
    const azure = createScenario('azure');
    const evaluation = evaluateScenario(azure);
    const md = record(azure);
    const months = azure.evolution.horizonMonths;
    expect(md).toContain(`### Term costs over ${months} months`);
    const serverless = evaluation.options.find((o) => o.id === 'serverless_api')!;
    const row = md
      .split('\n')
      .find((line) => line.startsWith('| Serverless API | ') && line.includes('pay per token'));
    // e.g. $2,400 × 36 + $0 = $86,400 at the preset's volume
    expect(row).toContain(
      `| ${formatMoney(serverless.monthlyCost * months + serverless.setupCost)} | none (pay per token) |`,
    );
    expect(md).toMatch(
      /\| Provisioned throughput \|[^\n]*\| (hourly|monthly reservation|yearly reservation) \((no|12-month) commitment\) \|/,
    );
  });

  it('counts in the singular for one, rates to the cent, and attributes ratings and dates prices', () => {
    // An exported scenario that allows a smaller model: custom deployment at $0.9817 per 1M tokens all-in.
    const small = readScenarioFile(readFileSync('tests/deck/fixtures/small.json', 'utf8'));
    if (!small.ok) throw new Error('fixture does not read');
    const md = record(small.scenario);
    expect(md).toContain('| $0.98 |');
    expect(md).not.toMatch(/\b1 (endpoints|units|deployments|months|passes)\b/);
    expect(md).toContain('| 1 endpoint |');
    // Rates to the cent from 10 cents up: only sub-10-cent rates keep more decimals ("$0.0750").
    for (const money of md.match(/\$[\d,]+\.\d{3,}/g) ?? []) expect(money).toMatch(/^\$0\.0/);
    expect(md).not.toContain('$0.9817');
    expect(md).toContain(
      'Ratings: LMArena text leaderboard, captured 2025-11-20 and 2026-09-26 (CC-BY-4.0).',
    );
    expect(md).toContain(
      '**Prices:** Azure list prices, preset revision 2026-12-02, prices dated 2026-04 to 2026-11',
    );
  });
});
