/**
 * `npm run cli -- <command> …`: runs the command line from the repository, building dist-cli first when it is
 * missing or older than any source it bundles. Build messages go to standard error, so standard output is only
 * the command's own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const BIN = 'dist-cli/ai-cost-planner.mjs';
const SOURCES = ['src/cli', 'src/core', 'src/lib', 'package.json', 'vite.cli.config.ts'];

/** Newest modification time under a file or folder, ms. */
function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

if (!existsSync(BIN) || statSync(BIN).mtimeMs < Math.max(...SOURCES.map(newest))) {
  process.stderr.write('Building the command line (vite build --config vite.cli.config.ts)…\n');
  const { build } = await import('vite');
  await build({ configFile: 'vite.cli.config.ts', logLevel: 'warn' });
}
const result = spawnSync(process.execPath, [BIN, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = result.status ?? 2;
