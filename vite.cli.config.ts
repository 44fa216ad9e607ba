import { chmodSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const OUT_DIR = 'dist-cli';
const FILE = 'ai-cost-planner.mjs';

/** The bundle is the package's `bin`: make it executable, as `npm install` would. */
function executable(): Plugin {
  return {
    name: 'cli-executable',
    apply: 'build',
    writeBundle(options) {
      chmodSync(resolve(options.dir ?? OUT_DIR, FILE), 0o755);
    },
  };
}

/**
 * The command line (src/cli/main.ts) as ES modules for Node 20: the core, src/lib/io and their two runtime
 * dependencies (zod/mini, fflate) bundled in, so start-up resolves no packages. The entry holds argument
 * handling and help; each command is a chunk loaded when it runs.
 * `npm run build:cli`; tests/cli builds it once per run with this config.
 */
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  plugins: [executable()],
  resolve: {
    // fflate's Node build loads worker_threads at start-up (≈ 6 ms) for async APIs the codec never calls; its
    // browser build is the same synchronous code without that.
    alias: [{ find: /^fflate$/, replacement: 'fflate/browser' }],
  },
  build: {
    ssr: 'src/cli/main.ts',
    target: 'node20',
    outDir: OUT_DIR,
    emptyOutDir: true,
    minify: true,
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        entryFileNames: FILE,
        // Commands load on demand (src/cli/run.ts); their chunks sit beside the entry.
        chunkFileNames: 'chunks/[name]-[hash].mjs',
        banner: (chunk) => (chunk.isEntry ? '#!/usr/bin/env node' : ''),
      },
    },
  },
  ssr: { target: 'node', noExternal: true },
});
