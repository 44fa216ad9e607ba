import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export const BIN = 'dist-cli/ai-cost-planner.mjs';
export const FIXTURES = 'tests/fixtures/links/v1';
export const FIXTURE_NAMES = [
  'seed-default',
  'seed-results-high-sensitivity',
  'azure-70b-h100-eur',
  'azure-spillover-linear',
] as const;

/** A frozen v1 share link (the fragment, `s=…`). */
export function fixtureLink(name: string): string {
  return readFileSync(`${FIXTURES}/${name}.txt`, 'utf8').trim();
}

export type CliRun = { code: number | null; stdout: string; stderr: string };

/**
 * Spawns the built command line with these arguments (and optional standard input, Node flags and extra
 * environment), as a shell or CI would; resolves when it exits.
 */
export function runCli(
  args: readonly string[],
  options: { stdin?: string; env?: Record<string, string>; nodeFlags?: readonly string[] } = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = { ...process.env, ...options.env };
    if (!options.env?.NO_COLOR) delete env.NO_COLOR;
    const child = spawn(process.execPath, [...(options.nodeFlags ?? []), BIN, ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}
