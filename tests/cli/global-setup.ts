import { build } from 'vite';

/** Builds the command line once per test run (≈ 1 s); every test in tests/cli spawns the built file. */
export default async function setup(): Promise<void> {
  await build({ configFile: 'vite.cli.config.ts', logLevel: 'warn' });
}
