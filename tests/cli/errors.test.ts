import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScenario, describeReadError, SCENARIO_VERSION } from '../../src/core';
import { bytesToBase64Url } from '../../src/lib/io/base64url';
import { decodeScenarioLink } from '../../src/lib/io/scenario-codec';
import { readScenarioFile } from '../../src/lib/io/scenario-file';
import { fixtureLink, runCli, type CliRun } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'ai-cost-planner-cli-'));
const j1 = (document: unknown) =>
  `s=j1:${bytesToBase64Url(new TextEncoder().encode(JSON.stringify(document)))}`;

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** What the app's banner says for this link. */
function bannerForLink(link: string): string {
  const read = decodeScenarioLink(link);
  if (!read || read.ok) throw new Error('expected a link the app refuses');
  return describeReadError(read.error, 'link', 'cli');
}

/** What the app's import says for this file's text. */
function bannerForFile(text: string): string {
  const read = readScenarioFile(text);
  if (read.ok) throw new Error('expected a file the app refuses');
  return describeReadError(read.error, 'file', 'cli');
}

/** Bad input: exit 2, nothing on standard output, exactly this one line on standard error, no stack frames. */
function expectBadInput(run: CliRun, message: string): void {
  expect(run.stdout).toBe('');
  expect(run.stderr).toBe(`${message}\n`);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.code).toBe(2);
}

describe.concurrent(
  'bad links print the app banner’s message (with the command line’s remedy) and exit 2',
  () => {
    const seed = { v: 2, p: 'seed', r: '2024-10-01' };
    it.each([
      ['damaged (deflate)', 's=z1:AAAA'],
      ['damaged (not base64url)', 's=j1:***'],
      ['damaged (not JSON)', `s=j1:${bytesToBase64Url(new TextEncoder().encode('{"v":'))}`],
      ['unknown codec', 's=x9:abc'],
      ['newer version', j1({ ...seed, v: 99 })],
      ['unknown preset', j1({ ...seed, p: 'gcp' })],
      ['unknown revision', j1({ ...seed, r: '2099-01-01' })],
      ['invalid field', j1({ ...seed, d: { requirements: { monthlyRequests: -4 } } })],
    ])('%s', async (_, link) => {
      expectBadInput(await runCli(['evaluate', link]), bannerForLink(link));
    });

    it('spells the messages out (the banner’s words, not an exception’s)', async () => {
      expectBadInput(
        await runCli(['evaluate', 's=x9:abc']),
        'This link uses a format this version of AI Cost Planner does not know (“x9”). It may have been cut short or made by another tool.',
      );
      expectBadInput(
        await runCli(['evaluate', j1({ ...seed, d: { requirements: { monthlyRequests: -4 } } })]),
        'This link contains values the planner cannot use: requirements.monthlyRequests must be at least 0.',
      );
    });

    it('a URL with no #s= part is a damaged link', async () => {
      expectBadInput(
        await runCli(['evaluate', 'https://planner.example.org/#view=results']),
        describeReadError({ kind: 'corrupt', detail: 'it holds no scenario: no #s=… part' }, 'link', 'cli'),
      );
    });

    it('the same for link, check and diff, and for a link on standard input', async () => {
      const link = j1({ ...seed, v: 99 });
      const message = bannerForLink(link);
      expectBadInput(await runCli(['link', link]), message);
      expectBadInput(await runCli(['check', link, '--max-monthly', '1']), message);
      expectBadInput(await runCli(['diff', fixtureLink('seed-default'), link]), message);
      expectBadInput(await runCli(['evaluate', '-'], { stdin: `${link}\n` }), message);
    });
  },
);

describe.concurrent('bad files print the app import’s message and exit 2', () => {
  const valid = JSON.stringify({ format: 'ai-cost-planner/scenario', scenario: createScenario('seed') });
  it.each([
    ['not JSON', 'name,cost\nserverless,3000\n'],
    ['another tool’s format', JSON.stringify({ format: 'other/format', scenario: {} })],
    ['invalid field', valid.replace('"latencyMs":500', '"latencyMs":"fast"')],
    ['unknown field', valid.replace('"latencyMs":500', '"latencyMs":500,"colour":"red"')],
    ['newer version', valid.replace(`"version":${SCENARIO_VERSION}`, '"version":99')],
  ])('%s', async (name, text) => {
    expect(text).not.toBe(valid);
    expectBadInput(await runCli(['evaluate', file(`${name}.json`, text)]), bannerForFile(text));
  });

  it('the same on standard input', async () => {
    const text = valid.replace(`"version":${SCENARIO_VERSION}`, '"version":99');
    expectBadInput(await runCli(['evaluate', '-'], { stdin: text }), bannerForFile(text));
  });

  it('a missing file and a folder say so plainly', async () => {
    expectBadInput(
      await runCli(['evaluate', join(dir, 'nowhere.json')]),
      `Cannot read the file “${join(dir, 'nowhere.json')}”: it does not exist.`,
    );
    expectBadInput(await runCli(['evaluate', dir]), `Cannot read the file “${dir}”: it is a folder.`);
  });
});

describe.concurrent('bad arguments and option values exit 2 with one line', () => {
  const link = fixtureLink('seed-default');
  it.each([
    [['evaluate', link, '--format', 'xml'], '--format xml: expected table, json, csv, md.'],
    [['diff', link, link, '--format', 'csv'], '--format csv: expected table, json, md.'],
    [
      ['evaluate', link, '--frob'],
      'Unknown option --frob for evaluate. See: ai-cost-planner evaluate --help',
    ],
    [
      ['evaluate', link, '--rate', '-1'],
      "Option '--rate' argument is ambiguous. Did you forget to specify the option argument for '--rate'? To specify an option argument starting with a dash use '--rate=-XYZ'. See: ai-cost-planner evaluate --help",
    ],
    [['evaluate'], 'evaluate: missing <input>. See: ai-cost-planner evaluate --help'],
    [['diff', link], 'diff: missing <b>. See: ai-cost-planner diff --help'],
    [['link', link, 'extra'], 'link: unexpected argument “extra”. See: ai-cost-planner link --help'],
    [
      ['estimate', link],
      'Unknown command “estimate”: expected evaluate, link, diff or check. See: ai-cost-planner --help',
    ],
    [['check', link], 'check needs --max-monthly <amount>. See: ai-cost-planner check --help'],
    [
      ['check', link, '--max-monthly', 'lots'],
      '--max-monthly lots: expected an amount per month, e.g. 40000.',
    ],
    [
      ['check', link, '--max-monthly', '1', '--option', 'gpu'],
      '--option gpu: expected one of serverless_api, provisioned_throughput, private_endpoints, custom_deployment, kubernetes.',
    ],
    [
      ['link', link, '--base', 'ftp://x/'],
      "--base ftp://x/: expected the app's web address, e.g. https://planner.example.org/.",
    ],
    [['link', link, '--view', 'chart'], '--view chart: expected results, wizard.'],
    [['evaluate', link, '--date', '2 May'], '--date 2 May: expected YYYY-MM-DD.'],
    [['diff', '-', '-'], 'diff: only one of <a> and <b> can be - (standard input).'],
  ])('%j', async (args, message) => {
    expectBadInput(await runCli(args), message);
  });

  it('no command at all prints the help on standard error', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Usage: ai-cost-planner <command> [options]');
  });
});

describe.concurrent('an unexpected error', () => {
  it('prints one plain line and exits 2, never a stack trace', async () => {
    // The number formatting throws (with frames in its message) inside a real evaluation: toExponential is what
    // plain-number.ts reads every amount's digits with (US dollars no longer go through Intl.NumberFormat).
    const run = await runCli(['evaluate', fixtureLink('seed-default')], {
      nodeFlags: [
        '--import',
        'data:text/javascript,Number.prototype.toExponential=function(){throw new Error("formatting gone\\n    at fake (x.js:1:1)")}',
      ],
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'ai-cost-planner: something went wrong that it does not know how to handle (formatting gone). Please report it with the command you ran.\n',
    );
    expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });
});
