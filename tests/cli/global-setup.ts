import { build } from 'vite';

/**
 * Builds the command line and the core library once per test run (≈ 1 s each); the tests spawn the built
 * files as a user would. The library's declarations (tsc) are left to `npm run build:core`.
 */
export default async function setup(): Promise<void> {
  await build({ configFile: 'vite.cli.config.ts', logLevel: 'warn' });
  await build({ configFile: 'vite.core.config.ts', logLevel: 'warn' });
}
