import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvField } from '../../src/cli/evaluation-csv';
import { createScenario, evaluateScenario, OPTION_IDS, OPTION_LABELS, type Scenario } from '../../src/core';
import { decodeScenarioLink } from '../../src/lib/io/scenario-codec';
import { scenarioToJson } from '../../src/lib/io/scenario-file';
import { validate } from './json-schema';
import { FIXTURE_NAMES, FIXTURES, fixtureLink, runCli } from './run-cli';

const SCHEMA: { [keyword: string]: unknown } = JSON.parse(
  readFileSync('src/cli/evaluate.schema.json', 'utf8'),
);

type Expected = { monthlyCosts: Record<string, number>; recommendation: string; breakEvens: number };

function decoded(link: string): Scenario {
  const read = decodeScenarioLink(link);
  if (!read?.ok) throw new Error(`fixture does not decode: ${link}`);
  return read.scenario;
}

/** The JSON evaluation the CLI prints for these arguments (exit 0 asserted). */
async function evaluateJson(args: string[]): Promise<{
  recommendation: { option: string | null; monthlyCostUsd: number | null };
  options: {
    id: string;
    monthlyCostUsd: number;
    servedModel: { id: string; label: string; capability: number | null };
    exclusion: { kind: string; reason: string } | null;
  }[];
  breakEvens: { monthlyTokens: number }[];
  cheapest: { option: string; fromTokens: number; toTokens: number }[];
  monthlyTokens: number;
  scenario: Scenario;
  shareFragment: string;
}> {
  const run = await runCli(['evaluate', ...args, '--format', 'json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

describe.concurrent('evaluate: the command line gives the app core’s numbers', () => {
  it.each(FIXTURE_NAMES)(
    '%s: same costs, recommendation and break-evens as evaluateScenario and the frozen expectations; JSON valid against the schema',
    async (name) => {
      const link = fixtureLink(name);
      const output = await evaluateJson([link]);
      expect(validate(output, SCHEMA)).toEqual([]);
      const app = evaluateScenario(decoded(link));
      // CLI = app core: every option's cost, the recommendation and every break-even, exactly.
      expect(output.options.map((o) => [o.id, o.monthlyCostUsd])).toEqual(
        app.options.map((o) => [o.id, o.monthlyCost]),
      );
      expect(output.recommendation.option).toBe(app.recommendation.option);
      expect(output.breakEvens.map((b) => b.monthlyTokens)).toEqual(
        app.breakEvens.map((b) => b.monthlyTokens),
      );
      expect(output.cheapest).toEqual(app.cheapest);
      // And the numbers frozen with the fixture (the app showed these when the link was made).
      const expected: Expected = JSON.parse(readFileSync(`${FIXTURES}/${name}.expected.json`, 'utf8'));
      for (const option of output.options) {
        const frozen = expected.monthlyCosts[option.id];
        if (frozen === undefined) continue;
        expect(Math.abs(option.monthlyCostUsd - frozen)).toBeLessThanOrEqual(1e-9 * Math.max(1, frozen));
      }
      expect(output.recommendation.option).toBe(expected.recommendation);
      expect(output.breakEvens).toHaveLength(expected.breakEvens);
    },
  );

  it('reads the same scenario from a full URL, a #fragment, a file holding the link, a JSON export and standard input', async () => {
    const link = fixtureLink('azure-70b-h100-eur');
    const reference = await evaluateJson([link]);
    const fromUrl = await evaluateJson([`https://planner.example.org/app/#${link}`]);
    const fromHash = await evaluateJson([`#${link}`]);
    const fromLinkFile = await evaluateJson([`${FIXTURES}/azure-70b-h100-eur.txt`]);
    const exported = scenarioToJson(decoded(link));
    const fromStdinJson = JSON.parse(
      (await runCli(['evaluate', '-', '--format', 'json'], { stdin: exported })).stdout,
    );
    const fromStdinLink = JSON.parse(
      (await runCli(['evaluate', '-', '--format', 'json'], { stdin: `${link}\n` })).stdout,
    );
    const bare = JSON.stringify(decoded(link));
    const fromBare = JSON.parse(
      (await runCli(['evaluate', '-', '--format', 'json'], { stdin: bare })).stdout,
    );
    for (const other of [fromUrl, fromHash, fromLinkFile, fromStdinJson, fromStdinLink, fromBare])
      expect(other.options).toEqual(reference.options);
  });
});

describe.concurrent('evaluate --format json', () => {
  it('the schema check can fail: a renamed, a missing and a mistyped field are each reported', async () => {
    const output = await evaluateJson([fixtureLink('seed-default')]);
    const broken = structuredClone(output) as unknown as {
      options: { monthlyCost?: number; monthlyCostUsd?: number }[];
      recommendation: { option?: unknown };
      monthlyTokens: unknown;
    };
    const first = broken.options[0]!;
    first.monthlyCost = first.monthlyCostUsd;
    delete first.monthlyCostUsd;
    broken.monthlyTokens = '600M';
    delete broken.recommendation.option;
    expect(validate(broken, SCHEMA)).toEqual([
      '$.monthlyTokens: expected number, got string',
      '$.recommendation: missing option',
      '$.options[0]: missing monthlyCostUsd',
      '$.options[0]: unexpected property monthlyCost',
    ]);
  });

  it('every option ruled out (a 1 ms latency target): recommendation null, still valid against the schema', async () => {
    const output = await evaluateJson([
      fixtureLink('azure-70b-h100-eur'),
      '--set',
      'requirements.latencyMs=1',
    ]);
    expect(output.recommendation).toMatchObject({ option: null, monthlyCostUsd: null });
    expect(output.options.every((o) => o.exclusion?.kind === 'latency')).toBe(true);
    expect(validate(output, SCHEMA)).toEqual([]);
  });

  it('carries the share fragment that decodes back to the evaluated scenario, the served models and exclusions', async () => {
    const link = fixtureLink('azure-70b-h100-eur');
    const output = await evaluateJson([link]);
    const back = decodeScenarioLink(output.shareFragment);
    expect(back?.ok && back.scenario).toEqual(output.scenario);
    const app = evaluateScenario(decoded(link));
    expect(output.options.map((o) => o.servedModel)).toEqual(app.options.map((o) => o.model));
    expect(output.options.map((o) => o.exclusion)).toEqual(
      app.options.map((o) => (o.exclusion ? { kind: o.exclusion.kind, reason: o.exclusion.reason } : null)),
    );
  });
});

describe.concurrent('evaluate --format table', () => {
  it('prints the recommendation, every option, the break-evens and cheapest ranges, with no colour codes when piped', async () => {
    const run = await runCli(['evaluate', fixtureLink('seed-default')]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('\u001b[');
    const [serverless, , , , kubernetes] = evaluateScenario(createScenario('seed')).options;
    expect(run.stdout).toContain(
      `Recommendation: Serverless API serving ${serverless?.model.label} at $3,000/month`,
    );
    // 3,000 = 600M tokens × $5 per 1M; the row is marked and aligned: monthly $3,000, setup $0, $5.00 per 1M.
    expect(run.stdout).toContain(`  > Serverless API            ${serverless?.model.label}`);
    expect(run.stdout).toMatch(/^ {2}> Serverless API +.+? +\$3,000 +\$0 +\$5\.00 +yes +eligible +—$/m);
    // 15,000 fixed + 600 × $0.50 per 1M = 15,300 a month; $20,000 setup; 15,300 ÷ 600 = $25.50 per 1M
    expect(run.stdout).toContain(`    Kubernetes (self-hosted)  ${kubernetes?.model.label}`);
    expect(run.stdout).toMatch(
      /^ {4}Kubernetes \(self-hosted\) +.+? +\$15,300 +\$20,000 +\$25\.50 +over +eligible +—$/m,
    );
    expect(run.stdout).toContain('Break-evens (9)');
    // Serverless = provisioned where 5T = 3,000 + 2T (per 1M), T = 1,000M: $5,000 a month.
    expect(run.stdout).toMatch(/^ +1\.0B +Serverless API \/ Provisioned throughput +\$5,000 +lines cross$/m);
    expect(run.stdout).toMatch(/^ +1\.0M +1\.0B +Serverless API +< this scenario \(600M\)$/m);
  });

  it('shows money in the display currency after --currency and --rate', async () => {
    const run = await runCli(['evaluate', fixtureLink('seed-default'), '--currency', 'EUR', '--rate', '0.5']);
    expect(run.code).toBe(0);
    // $3,000 × 0.5 = €1,500
    expect(run.stdout).toMatch(/^Recommendation: Serverless API serving .+ at €1,500\/month$/m);
    expect(run.stdout).toContain('EUR at 0.5 per USD');
  });

  it('names ruled-out options with the kind and the reason', async () => {
    const link = fixtureLink('seed-results-high-sensitivity');
    const run = await runCli(['evaluate', link]);
    const { excluded } = evaluateScenario(decoded(link)).recommendation;
    expect(excluded.length).toBeGreaterThan(0);
    for (const e of excluded) expect(run.stdout).toContain(`  - ${OPTION_LABELS[e.option]}: ${e.reason}\n`);
    expect(run.stdout).toMatch(/^ {4}Serverless API +.+ +ruled out \(constraint\) +—$/m);
  });
});

describe.concurrent('evaluate --format csv', () => {
  it('is one RFC 4180 table: a header with units, one row per option, CRLF line ends', async () => {
    const run = await runCli(['evaluate', fixtureLink('seed-default'), '--format', 'csv']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(OPTION_IDS.length + 2);
    expect(lines[0]).toBe(
      'Option,Option id,Served model,Capability rating,Monthly cost (USD/month),Setup cost (USD),All-in cost (USD per 1M tokens),Monthly tokens (tokens/month),Within budget,Recommended,Ruled out (kind),Ruled out because,Capacity (units),Capacity unit,Utilisation (share of capacity),Plan problem',
    );
    const [serverless, , , , kubernetes] = evaluateScenario(createScenario('seed')).options;
    // 600M × $5 per 1M = 3,000; the article's model has no rating
    expect(lines[1]).toBe(
      `Serverless API,serverless_api,${csvField(serverless?.model.label ?? '')},,3000,0,5,600000000,true,true,,,,,,`,
    );
    // 15,000 fixed + 600 × $0.50 per 1M = 15,300; 15,300 ÷ 600 = 25.5 per 1M
    expect(lines[5]).toBe(
      `Kubernetes (self-hosted),kubernetes,${csvField(kubernetes?.model.label ?? '')},,15300,20000,25.5,600000000,false,false,,,,,,`,
    );
  });

  it('quotes fields with commas and quotes, doubling the quotes', async () => {
    const run = await runCli([
      'evaluate',
      fixtureLink('seed-default'),
      '--format',
      'csv',
      '--set',
      'options.serverless_api.modelId=gpt "mini", 2024',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\r\n')[1]).toBe(
      'Serverless API,serverless_api,"gpt ""mini"", 2024",,3000,0,5,600000000,true,true,,,,,,',
    );
  });
});

describe.concurrent('evaluate --format md', () => {
  it('prints the decision record with the share link on --base, opening on the results', async () => {
    const link = fixtureLink('azure-70b-h100-eur');
    const run = await runCli([
      'evaluate',
      link,
      '--format',
      'md',
      '--base',
      'https://planner.example.org/',
      '--date',
      '2026-12-02',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('# Decision record: Serverless API for 600M tokens a month\n')).toBe(true);
    expect(run.stdout).toContain('- **Date:** 2026-12-02');
    const last =
      /\[Open this scenario in AI Cost Planner\]\(https:\/\/planner\.example\.org\/#(s=[^)]+)\)\n\nOpens this exact scenario/.exec(
        run.stdout,
      );
    const back = decodeScenarioLink(last?.[1] ?? '');
    expect(back?.ok && back.scenario).toEqual(decoded(link));
    expect(back?.ok && back.view.view).toBe('results');
  });

  it('dates the record today unless --date is given', async () => {
    const run = await runCli(['evaluate', fixtureLink('seed-default'), '--format', 'md']);
    const today = new Date();
    const two = (n: number) => String(n).padStart(2, '0');
    expect(run.stdout).toContain(
      `- **Date:** ${today.getFullYear()}-${two(today.getMonth() + 1)}-${two(today.getDate())}`,
    );
    expect(run.stdout).toContain('This link was made on a local address (127.0.0.1:4173)');
  });
});
