/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Lists the lazy chunks the user is likely to need next (the results view with Recharts, the pricing step) in
 * <meta name="prefetch-chunks">. After the first screen has loaded, src/app/prefetch.ts turns them into
 * <link rel="prefetch">: downloaded at idle priority without running, so "See results" is instant while neither
 * the first paint's bandwidth nor its main thread is spent on them.
 */
function prefetchLazyChunks(entries: string[]): Plugin {
  return {
    name: 'prefetch-lazy-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        const files = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (!chunk || chunk.type !== 'chunk' || files.has(fileName)) return;
          files.add(fileName);
          chunk.imports.forEach(visit);
        };
        for (const chunk of Object.values(bundle)) {
          if (
            chunk.type === 'chunk' &&
            chunk.facadeModuleId &&
            entries.some((entry) => chunk.facadeModuleId?.endsWith(entry))
          )
            visit(chunk.fileName);
        }
        const eager = new Set<string>();
        const visitEager = (fileName: string) => {
          const chunk = bundle[fileName];
          if (!chunk || chunk.type !== 'chunk' || eager.has(fileName)) return;
          eager.add(fileName);
          chunk.imports.forEach(visitEager);
        };
        for (const chunk of Object.values(bundle))
          if (chunk.type === 'chunk' && chunk.isEntry) visitEager(chunk.fileName);
        const content = [...files]
          .filter((file) => !eager.has(file))
          .map((file) => `/${file}`)
          .join(' ');
        return [{ tag: 'meta', attrs: { name: 'prefetch-chunks', content }, injectTo: 'head' as const }];
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    prefetchLazyChunks(['src/app/results-page.tsx', 'src/features/wizard/pricing-step.tsx']),
  ],
  build: {
    target: 'es2022',
    // The budgets in tests/budgets/size-budget.mjs are the real limits; this only silences Vite's generic warning.
    chunkSizeWarningLimit: 700,
    // tests/budgets/size-budget.mjs follows the chunk graph in the manifest to measure what each screen loads.
    manifest: true,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: ['tests/core/**/*.test.ts', 'tests/lib/**/*.test.ts', 'tests/lint/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: [
            'tests/features/**/*.test.{ts,tsx}',
            'tests/state/**/*.test.{ts,tsx}',
            'tests/app/**/*.test.{ts,tsx}',
          ],
          setupFiles: ['tests/setup-dom.ts'],
        },
      },
    ],
  },
});
