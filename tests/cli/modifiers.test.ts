import { describe, expect, it } from 'vitest';
import { evaluateScenario, type Scenario } from '../../src/core';
import { decodeScenarioLink } from '../../src/lib/io/scenario-codec';
import { parseVolume } from '../../src/cli/modify';
import { fixtureLink, runCli } from './run-cli';

const SEED = fixtureLink('seed-default');

async function scenarioAfter(
  args: string[],
): Promise<{ scenario: Scenario; monthlyTokens: number; costs: number[] }> {
  const run = await runCli(['evaluate', SEED, ...args, '--format', 'json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const output = JSON.parse(run.stdout);
  return {
    scenario: output.scenario,
    monthlyTokens: output.monthlyTokens,
    costs: output.options.map((o: { monthlyCostUsd: number }) => o.monthlyCostUsd),
  };
}

describe.concurrent('--set', () => {
  it('sets numbers, text and JSON at dotted paths, and the costs follow (= the core on the same scenario)', async () => {
    const { scenario, monthlyTokens, costs } = await scenarioAfter([
      '--set',
      'requirements.monthlyRequests=1000000',
      '--set',
      'options.kubernetes.labourUsdPerMonth=12000',
      '--set',
      'options.serverless_api.modelId=my-model',
      '--set',
      'options.provisioned_throughput.spillover={"enabled":true,"basePtu":null}',
    ]);
    expect(scenario.requirements.monthlyRequests).toBe(1_000_000);
    expect(scenario.options.kubernetes.labourUsdPerMonth).toBe(12_000);
    expect(scenario.options.serverless_api.modelId).toBe('my-model');
    expect(scenario.options.provisioned_throughput.spillover).toEqual({ enabled: true, basePtu: null });
    // 1,000,000 requests × 1,200 tokens = 1.2B tokens; serverless 1,200 × $5 = $6,000
    expect(monthlyTokens).toBe(1.2e9);
    expect(costs[0]).toBeCloseTo(6000, 6);
    expect(costs).toEqual(evaluateScenario(scenario).options.map((o) => o.monthlyCost));
  });

  it.each([
    [
      'requirements.monthlyRequests=-5',
      'After --set, the scenario contains values the planner cannot use: requirements.monthlyRequests must be at least 0.',
    ],
    [
      'requirements.latencyMs=fast',
      'After --set, the scenario contains values the planner cannot use: requirements.latencyMs must be a number.',
    ],
    [
      'requirements.colour=red',
      'After --set, the scenario contains values the planner cannot use: requirements unknown field: colour.',
    ],
    [
      'requirements.mlExpertise=expert',
      'After --set, the scenario contains values the planner cannot use: requirements.mlExpertise must be low, medium or high.',
    ],
    [
      'requirements.monthlyRequests',
      '--set requirements.monthlyRequests: expected path=value, e.g. requirements.monthlyRequests=2000000.',
    ],
    [
      'requirements..latencyMs=5',
      '--set requirements..latencyMs=5: “requirements..latencyMs” is not a field path (dotted names, e.g. options.kubernetes.labourUsdPerMonth).',
    ],
    [
      '__proto__.polluted=1',
      '--set __proto__.polluted=1: “__proto__.polluted” is not a field path (dotted names, e.g. options.kubernetes.labourUsdPerMonth).',
    ],
  ])('%s is refused with the schema’s message naming the field (exit 2)', async (set, message) => {
    const run = await runCli(['evaluate', SEED, '--set', set]);
    expect(run).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });
});

describe('parseVolume', () => {
  it('reads plain numbers, exponents and K/M/B/T suffixes in either case', () => {
    expect(['750k', '1.2M', '2.4e9', '1.2t', '5B', '1,000,000', '.5K'].map(parseVolume)).toEqual([
      750e3, 1.2e6, 2.4e9, 1.2e12, 5e9, 1e6, 500,
    ]);
  });

  it('refuses what is not a volume', () => {
    expect(['', '5Q', '-5B', 'five', '1e400', 'B'].map(parseVolume)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe.concurrent('--volume', () => {
  it('keeps tokens per request and sets requests to volume ÷ tokens per request', async () => {
    // 5B ÷ (800 + 400) = 4,166,666.67 → 4,166,667 requests; 4,166,667 × 1,200 = 5,000,000,400 tokens
    const { scenario, monthlyTokens } = await scenarioAfter(['--volume', '5B']);
    expect(scenario.requirements.inputTokensPerRequest).toBe(800);
    expect(scenario.requirements.outputTokensPerRequest).toBe(400);
    expect(scenario.requirements.monthlyRequests).toBe(4_166_667);
    expect(monthlyTokens).toBe(5_000_000_400);
  });

  it('applies after --set (tokens per request from the --set)', async () => {
    // 6B ÷ (1,000 + 200) = 5,000,000 requests
    const { scenario } = await scenarioAfter([
      '--volume',
      '6B',
      '--set',
      'requirements.inputTokensPerRequest=1000',
      '--set',
      'requirements.outputTokensPerRequest=200',
    ]);
    expect(scenario.requirements.monthlyRequests).toBe(5_000_000);
  });

  it.each([
    ['5Q', '--volume 5Q: expected tokens per month, e.g. 600M, 5B or 1.2T (suffixes K, M, B, T).'],
    [
      '2000T',
      'After --volume, the scenario contains values the planner cannot use: requirements.monthlyRequests must be at most 1,000,000,000,000; requirements.monthlyRequests gives more than 1,000,000,000,000,000 tokens a month: check the volume.',
    ],
  ])('%s is refused (exit 2)', async (volume, message) => {
    expect(await runCli(['evaluate', SEED, '--volume', volume])).toEqual({
      code: 2,
      stdout: '',
      stderr: `${message}\n`,
    });
  });
});

describe.concurrent('--currency and --rate', () => {
  it('set the display currency, rate and (when given) the rate date; USD amounts stay the same', async () => {
    const plain = await scenarioAfter([]);
    const { scenario, costs } = await scenarioAfter([
      '--currency',
      'eur',
      '--rate',
      '0.92',
      '--rate-date',
      '2026-11-20',
    ]);
    expect(scenario.display).toEqual({ currency: 'EUR', usdToCurrency: 0.92, rateAsOf: '2026-11-20' });
    expect(costs).toEqual(plain.costs);
    // the schema does not require a rate date: without --rate-date it stays empty rather than made up
    expect((await scenarioAfter(['--currency', 'GBP', '--rate', '0.8'])).scenario.display.rateAsOf).toBe('');
  });

  it.each([
    [
      ['--currency', 'EUR'],
      '--currency EUR needs --rate: how many EUR one US dollar buys, e.g. --rate 0.92.',
    ],
    [
      ['--currency', 'EUR', '--rate=-1'],
      '--rate -1: expected a positive number of EUR per US dollar, e.g. 0.92.',
    ],
    [['--rate', '0.9'], '--rate 0.9 needs --currency: the currency one US dollar converts into.'],
    [['--currency', 'USD', '--rate', '0.9'], '--rate 0.9: USD is always 1 per USD.'],
    [
      ['--currency', 'EURO', '--rate', '1'],
      'After --currency and --rate, the scenario contains values the planner cannot use: display.currency must be a 3-letter currency code.',
    ],
    [
      ['--currency', 'EUR', '--rate', '1', '--rate-date', 'today'],
      'After --currency and --rate, the scenario contains values the planner cannot use: display.rateAsOf must be a date as YYYY-MM-DD.',
    ],
  ])('%j is refused (exit 2)', async (args, message) => {
    expect(await runCli(['evaluate', SEED, ...args])).toEqual({
      code: 2,
      stdout: '',
      stderr: `${message}\n`,
    });
  });
});

describe.concurrent('link', () => {
  it('prints a link that decodes in-process to the same scenario, with the default base', async () => {
    const run = await runCli(['link', 'tests/fixtures/links/v1/azure-70b-h100-eur.txt']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^http:\/\/127\.0\.0\.1:4173\/#s=(j1|z1):[\w-]+\n$/);
    const back = decodeScenarioLink(run.stdout.trim().split('#')[1]!);
    const original = decodeScenarioLink(fixtureLink('azure-70b-h100-eur'));
    expect(back?.ok && back.scenario).toEqual(original?.ok && original.scenario);
    // the link's own view is kept
    expect(back?.ok && back.view).toEqual(original?.ok && original.view);
  });

  it('round-trips a JSON file with --set, --base and --view', async () => {
    const file = JSON.stringify({
      format: 'ai-cost-planner/scenario',
      scenario: (await scenarioAfter([])).scenario,
    });
    const run = await runCli(
      [
        'link',
        '-',
        '--base',
        'https://planner.example.org/app/?x=1#old',
        '--view',
        'wizard',
        '--set',
        'requirements.latencyMs=900',
      ],
      { stdin: file },
    );
    expect(run.code).toBe(0);
    const [base, fragment] = run.stdout.trim().split('#');
    expect(base).toBe('https://planner.example.org/app/?x=1');
    const back = decodeScenarioLink(fragment!);
    expect(back?.ok && back.scenario.requirements.latencyMs).toBe(900);
    expect(back?.ok && back.view.view).toBe('wizard');
  });
});
