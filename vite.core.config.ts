import { defineConfig } from 'vite';

/**
 * The pure core (src/core/index.ts) as an ES module library: the package's `exports["."]`. zod stays an
 * import (it is a dependency of the package); types come from `tsc -p tsconfig.core.json` into
 * dist-core/types. `npm run build:core`.
 */
export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: 'dist-core',
    emptyOutDir: true,
    minify: false,
    reportCompressedSize: false,
    lib: { entry: 'src/core/index.ts', formats: ['es'], fileName: () => 'index.js' },
    rolldownOptions: { external: [/^zod(\/|$)/] },
  },
});
