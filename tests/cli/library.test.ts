import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createScenario, evaluateScenario, formatMoney } from '../../src/core';

/** The code block of the README's "Library" section. */
function readmeExample(): string {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Library'));
  const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('README has no Library example');
  return block;
}

describe('the core as a library (package exports)', () => {
  it('the README example runs as written against dist-core (`import … from "ai-cost-planner"`), five lines', () => {
    const example = readmeExample();
    expect(example.trimEnd().split('\n')).toHaveLength(5);
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', example], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const { recommendation, options } = evaluateScenario(createScenario('azure'));
    const chosen = options.find((option) => option.id === recommendation.option);
    expect(run.stdout).toBe(
      `${recommendation.option} ${formatMoney(chosen?.monthlyCost ?? NaN)}\n${recommendation.reasons.join('\n')}\n`,
    );
    // the comment in the README states the figure: Azure preset, 600M tokens → serverless at $2,400
    expect(example).toContain(`// ${recommendation.option} ${formatMoney(chosen?.monthlyCost ?? NaN)}`);
  });
});
