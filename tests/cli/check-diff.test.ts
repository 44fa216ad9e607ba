import { describe, expect, it } from 'vitest';
import { fixtureLink, FIXTURES, runCli } from './run-cli';

const AZURE = `${FIXTURES}/azure-70b-h100-eur.txt`;
const SEED = fixtureLink('seed-default');

describe.concurrent('check', () => {
  it('exits 0 with one line when the recommended option fits the limit (display currency)', async () => {
    // Azure fixture: serverless $2,197.80 × 0.92 = €2,021.98 a month
    expect(await runCli(['check', AZURE, '--max-monthly', '40000'])).toEqual({
      code: 0,
      stdout:
        'ok: Serverless API (recommended) costs €2,022 a month at 600M tokens/month, within the €40,000 limit (€37,978 to spare).\n',
      stderr: '',
    });
  });

  it('exits 1 with one line when the named option costs more', async () => {
    // Kubernetes $49,821 × 0.92 = €45,835.32: €5,835 over €40,000
    expect(await runCli(['check', AZURE, '--max-monthly', '40000', '--option', 'kubernetes'])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'check failed: Kubernetes (self-hosted) costs €45,835 a month at 600M tokens/month, €5,835 over the €40,000 limit.\n',
    });
  });

  it('compares in cents: exactly the cost fits, a cent less does not', async () => {
    // seed: serverless 600M × $5 per 1M = $3,000.00
    expect((await runCli(['check', SEED, '--max-monthly', '3000'])).code).toBe(0);
    expect((await runCli(['check', SEED, '--max-monthly', '2999.99'])).code).toBe(1);
  });

  it('exits 1 when no option meets the requirements', async () => {
    expect(
      await runCli(['check', AZURE, '--max-monthly', '1000000', '--set', 'requirements.latencyMs=1']),
    ).toEqual({
      code: 1,
      stdout: '',
      stderr: 'check failed: no option meets the constraints, so nothing can fit the limit.\n',
    });
  });

  it('checks the scenario after --volume and --set (a price rise in CI)', async () => {
    // 5B tokens at $5 per 1M = $25,000 > $20,000; the recommendation moves off serverless, so name it
    const run = await runCli([
      'check',
      SEED,
      '--max-monthly',
      '20000',
      '--volume',
      '5B',
      '--option',
      'serverless_api',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^check failed: Serverless API costs \$25,000 a month at 5\.0B tokens\/month/);
  });
});

describe.concurrent('diff', () => {
  const A = `${FIXTURES}/seed-default.txt`;
  const B = `${FIXTURES}/seed-results-high-sensitivity.txt`;

  it('lists the inputs that differ with units, each option’s cost old → new, and the recommendation', async () => {
    const run = await runCli(['diff', A, B]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'Inputs (4 differ)',
        '  Path                          Old                       New',
        '  requirements.dataSensitivity  medium                    high',
        '  requirements.monthlyRequests  500,000 requests / month  3,000,000 requests / month',
        '  requirements.needCustomModel  false                     true',
        '  amortizationMonths            0 months                  24 months',
        '',
        'Results (USD/month)',
        '  Monthly volume: 600M → 3.6B tokens/month',
        '  Recommendation: Serverless API → Custom deployment',
        // serverless 3,600 × $5 = 18,000; provisioned 3,000 + 3,600 × $2 + Private Link $7.30 (high sensitivity)
        // = 10,207; custom 8,000 + 3,600 × $1 + 5,000 ÷ 24 = 11,808
        '  Option                        Old      New  Difference',
        '  Serverless API             $3,000  $18,000    +$15,000',
        '  Provisioned throughput     $4,200  $10,207     +$6,007',
        '  Private endpoints          $3,007  $18,007    +$15,000',
        '  Custom deployment          $8,600  $11,808     +$3,208',
        '  Kubernetes (self-hosted)  $15,300  $17,633     +$2,333',
        '',
      ].join('\n'),
    );
  });

  it('hides what did not change', async () => {
    const run = await runCli(['diff', A, SEED, '--format', 'json']);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      format: 'ai-cost-planner/diff',
      inputs: [],
      costs: [],
      recommendation: { old: 'serverless_api', new: 'serverless_api', changed: false },
    });
    expect((await runCli(['diff', A, SEED])).stdout).toContain('No inputs differ.');
  });

  it('json and md carry the same changes; a capacity block set on one side is listed before its values', async () => {
    const json = JSON.parse((await runCli(['diff', A, AZURE, '--format', 'json'])).stdout);
    const ptu = json.inputs.findIndex(
      (c: { path: string }) => c.path === 'options.provisioned_throughput.ptu',
    );
    expect(json.inputs[ptu]).toMatchObject({ old: null, oldText: 'none', newText: 'set (values below)' });
    expect(json.inputs[ptu + 1]).toMatchObject({
      path: 'options.provisioned_throughput.ptu.modelId',
      newText: 'gpt-4.1',
    });
    // scenarios in different currencies compare in USD
    expect(json.currency).toEqual({ code: 'USD', usdToCurrency: 1 });
    const md = (await runCli(['diff', A, AZURE, '--format', 'md'])).stdout;
    expect(md).toContain('| `options.kubernetes.labourUsdPerMonth` | 0 USD / month | 4,000 USD / month |');
    expect(md).toContain('| Kubernetes (self-hosted) | $15,300 | $49,821 | +$34,521 |');
  });
});

describe.concurrent('help and version', () => {
  it.each(['evaluate', 'link', 'diff', 'check'])(
    '%s --help shows usage and examples, exit 0',
    async (command) => {
      const run = await runCli([command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Usage: ai-cost-planner ${command}`);
      expect(run.stdout).toMatch(/Examples:\n {2}ai-cost-planner /);
    },
  );

  it('--help and --version', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Commands:');
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
    expect((await runCli(['help', 'check'])).stdout).toBe((await runCli(['check', '--help'])).stdout);
  });
});
