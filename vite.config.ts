/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    // The budgets in scripts/size-budget.mjs are the real limits; this only silences Vite's generic warning.
    chunkSizeWarningLimit: 700,
    // scripts/size-budget.mjs follows the chunk graph in the manifest to measure what each screen loads.
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
