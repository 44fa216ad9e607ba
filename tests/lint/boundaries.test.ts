import { ESLint } from 'eslint';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Lints a snippet as if it lived at `filePath`, returning the rule ids that fired. The type-aware rules need the
 * file to be part of the TypeScript project, so it is written beside `filePath` for the moment it is linted.
 */
async function rulesFired(code: string, filePath: string): Promise<string[]> {
  const probe = join(
    dirname(filePath),
    `lint-probe-${process.pid}-${Math.random().toString(36).slice(2)}.ts`,
  );
  writeFileSync(probe, code);
  try {
    const eslint = new ESLint({ cwd: process.cwd() });
    const [result] = await eslint.lintFiles([probe]);
    return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
  } finally {
    rmSync(probe, { force: true });
  }
}

describe('import boundaries are enforced by lint', () => {
  it('src/core may not import React, zustand, recharts or the rest of src', async () => {
    const fired = await rulesFired(
      "import { useState } from 'react';\nimport { create } from 'zustand';\nimport { App } from '../app/app';\nexport const probe = [useState, create, App];\n",
      'src/core/probe.ts',
    );
    expect(fired).toEqual(['no-restricted-imports', 'no-restricted-imports', 'import-x/no-restricted-paths']);
  }, 30_000);

  it('src/core may not touch the DOM, the clock or randomness', async () => {
    const fired = await rulesFired(
      'export const probe = [window.innerWidth, Date.now(), Math.random()];\n',
      'src/core/probe.ts',
    );
    expect(fired).toEqual(['no-restricted-globals', 'no-restricted-properties', 'no-restricted-properties']);
  }, 30_000);

  it('lib may not import the store; state may not import features; features may not import each other', async () => {
    expect(
      await rulesFired(
        "import { usePlannerStore } from '../state/planner-store';\nexport const probe = usePlannerStore;\n",
        'src/lib/probe.ts',
      ),
    ).toEqual(['import-x/no-restricted-paths']);
    expect(
      await rulesFired(
        "import { Wizard } from '../features/wizard/wizard';\nexport const probe = Wizard;\n",
        'src/state/probe.ts',
      ),
    ).toEqual(['import-x/no-restricted-paths']);
    expect(
      await rulesFired(
        "import { CostChart } from '../chart/cost-chart';\nexport const probe = CostChart;\n",
        'src/features/wizard/probe.ts',
      ),
    ).toEqual(['import-x/no-restricted-paths']);
  }, 30_000);

  it('the command line may not import the store, React or the network, nor touch the DOM', async () => {
    const fired = await rulesFired(
      "import { usePlannerStore } from '../state/planner-store';\nimport { useState } from 'react';\nimport { request } from 'node:https';\nexport const probe = [usePlannerStore, useState, request, window.innerWidth, fetch];\n",
      'src/cli/probe.ts',
    );
    expect(fired.sort()).toEqual([
      'import-x/no-restricted-paths',
      'no-restricted-globals',
      'no-restricted-globals',
      'no-restricted-imports',
      'no-restricted-imports',
    ]);
    expect(
      await rulesFired(
        "import { evaluateScenario } from '../core';\nimport { readScenarioFile } from '../lib/io/scenario-file';\nimport { readFile } from 'node:fs/promises';\nexport const probe = [evaluateScenario, readScenarioFile, readFile];\n",
        'src/cli/probe.ts',
      ),
    ).toEqual([]);
  }, 30_000);

  it('an allowed import passes: core importing core', async () => {
    expect(
      await rulesFired(
        "import { OPTION_IDS } from './option-ids';\nexport const probe = OPTION_IDS;\n",
        'src/core/probe.ts',
      ),
    ).toEqual([]);
  }, 30_000);

  it('every folder under src/features is guarded without a hand-kept list: roadmap may not import results', async () => {
    expect(
      await rulesFired(
        "import { OptionsTable } from '../results/options-table';\nexport const probe = OptionsTable;\n",
        'src/features/roadmap/probe.ts',
      ),
    ).toEqual(['import-x/no-restricted-paths']);
  }, 30_000);
});

describe('type-aware rules run on shipped code', () => {
  it('a promise left floating and an assertion the compiler already proves are errors', async () => {
    const fired = await rulesFired(
      'export function load(): Promise<number> {\n  return Promise.resolve(1);\n}\nexport function probe(width: number): number {\n  load();\n  return width as number;\n}\n',
      'src/lib/probe.ts',
    );
    expect(fired.sort()).toEqual([
      '@typescript-eslint/no-floating-promises',
      '@typescript-eslint/no-unnecessary-type-assertion',
    ]);
  }, 60_000);
});
