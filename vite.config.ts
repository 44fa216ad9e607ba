/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { createServer, defineConfig, type Plugin } from 'vite';

/**
 * Writes the first screen into dist/index.html as HTML (src/entry-server.tsx rendered through Vite's SSR module
 * loader), so the wizard paints as soon as HTML and CSS arrive, before the JavaScript has run.
 * Hand-written rather than vite-prerender-plugin (0.5.14, tried 3 Dec 2026): that plugin builds the prerender
 * script into the client's own chunk graph, so react-dom/server joined the react-vendor chunk every page loads
 * (219 → 421 KB, 67.7 → 129.7 KB gzip: the first screen would be over its 120 KB budget), it turns source maps on,
 * and the build did not exit within 5 minutes after prerendering (the app's modules were run in the build process).
 * Rendering through Vite's SSR loader keeps the server renderer out of the client build.
 */
function prerenderFirstScreen(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  return {
    name: 'prerender-first-screen',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle() {
      const server = await createServer({
        configFile: false,
        root,
        logLevel: 'silent',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false },
        plugins: [react()],
      });
      try {
        const { render } = (await server.ssrLoadModule('/src/entry-server.tsx')) as { render: () => string };
        const file = join(outDir, 'index.html');
        const html = readFileSync(file, 'utf8');
        if (!html.includes('<div id="root"></div>'))
          throw new Error('prerender: <div id="root"></div> not found in index.html');
        // Inline the stylesheet (≈ 4 KB gzip): one round trip fewer before the first paint. Measured 3 Dec 2026:
        // Lighthouse mobile (simulated slow 4G), median of 7 runs, FCP 0.9 s inlined against 1.0 s linked; on
        // localhost, with no round trip to save, no difference (first-screen FCP 336 and 332 ms, 10 cold loads).
        let css = '';
        const inlined = html.replace(
          /<link rel="stylesheet" crossorigin href="\/(assets\/[^"]+\.css)">/,
          (_, href: string) => {
            css = readFileSync(join(outDir, href), 'utf8');
            return `<style>${css}</style>`;
          },
        );
        const page = inlined.replace('<div id="root"></div>', `<div id="root">${render()}</div>`);
        writeFileSync(file, withContentSecurityPolicy(page, css));
      } finally {
        await server.close();
      }
    },
  };
}

/**
 * The page's Content-Security-Policy, as a <meta> first in <head> (before the inlined style and script it allows):
 * - scripts from this origin, plus the one inline script of index.html by its SHA-256 (it marks a share link
 *   before the first paint, so the prerendered wizard never flashes; see src/app/boot.tsx). No eval;
 * - styles from this origin, plus the one inlined critical stylesheet by its SHA-256, computed here after
 *   inlining. Style attributes are not allowed: the prerendered HTML carries none (checked below), and the styles
 *   React and Recharts set at run time go through the CSSOM (element.style), which CSP does not govern;
 * - images from this origin and blob: (the PNG export draws the chart's SVG through an Image from a blob URL);
 *   no data: (nothing loads one);
 * - no plugins, no <base>, no form submissions (every form is handled in script and prevents its default).
 * frame-ancestors (clickjacking) cannot be set from a <meta>: browsers ignore it there. It needs an HTTP header
 * from whatever serves dist/ (Content-Security-Policy: frame-ancestors 'none').
 */
export function contentSecurityPolicy(inlineStyle: string, inlineScript: string): string {
  const hash = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
  return [
    "default-src 'self'",
    `script-src 'self' 'sha256-${hash(inlineScript)}'`,
    `style-src 'self' 'sha256-${hash(inlineStyle)}'`,
    "img-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Adds the policy to the built page, refusing to build a page the policy would break. */
function withContentSecurityPolicy(html: string, inlineStyle: string): string {
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) => match[1] ?? '',
  );
  const inlineScript = inlineScripts[0];
  if (inlineScripts.length !== 1 || inlineScript === undefined || !inlineScript.includes('opening-link'))
    throw new Error('csp: expected exactly one inline script in index.html, the share-link marker');
  if (/\sstyle="/.test(html)) throw new Error('csp: index.html has a style attribute; use a class');
  if ((html.match(/<style>/g) ?? []).length !== 1)
    throw new Error('csp: expected exactly one inlined <style>');
  const policy = contentSecurityPolicy(inlineStyle, inlineScript);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  return html.replace(/<meta charset="UTF-8" \/>/, (charset) => `${charset}\n    ${meta}`);
}

/**
 * Lists the lazy chunks the user is likely to need next (the results view with Recharts, the pricing step) in
 * <meta name="prefetch-chunks">. After the first screen has loaded, src/app/prefetch.ts turns them into
 * <link rel="prefetch">: downloaded at idle priority without running, so "See results" is instant while neither
 * the first paint's bandwidth nor its main thread is spent on them.
 * <meta name="link-chunks"> lists what a share link needs before its chart (the link codec, the results view):
 * src/main.tsx modulepreloads them at once when the page opens on a link.
 */
function prefetchLazyChunks(entries: string[], linkEntries: string[]): Plugin {
  return {
    name: 'prefetch-lazy-chunks',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        // Chunk files reachable by static imports from the chunks that `pick` selects.
        const closure = (
          pick: (chunk: { isEntry: boolean; facadeModuleId: string | null; fileName: string }) => boolean,
        ) => {
          const files = new Set<string>();
          const visit = (fileName: string) => {
            const chunk = bundle[fileName];
            if (!chunk || chunk.type !== 'chunk' || files.has(fileName)) return;
            files.add(fileName);
            chunk.imports.forEach(visit);
          };
          for (const chunk of Object.values(bundle))
            if (chunk.type === 'chunk' && pick(chunk)) visit(chunk.fileName);
          return files;
        };
        const entryChunks = (list: string[]) =>
          closure((chunk) => list.some((entry) => chunk.facadeModuleId?.endsWith(entry) ?? false));
        const eager = closure((chunk) => chunk.isEntry);
        // The chunks src/main.tsx imports one after another to start up in separate tasks. It modulepreloads
        // them all at once from this list, so they download in parallel; links in <head> would instead compete
        // with the first paint for bandwidth. Measured 3 Dec 2026 (same runs as the chunk groups below): without
        // the boot-chunks and link-chunks preloads a share link's chart comes 127 and 110 ms later and the first
        // screen is interactive 109 and 30 ms later.
        // src/main.tsx imports the share link's primer only on a link: it is listed with the link's chunks.
        const linkOnly = new Set(
          Object.values(bundle).flatMap((chunk) =>
            chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith('src/app/link-prime.ts')
              ? [chunk.fileName]
              : [],
          ),
        );
        const bootImports = new Set(
          Object.values(bundle).flatMap((chunk) =>
            chunk.type === 'chunk' && chunk.isEntry
              ? chunk.dynamicImports.filter((file) => !linkOnly.has(file))
              : [],
          ),
        );
        const boot = [...closure((chunk) => bootImports.has(chunk.fileName))].filter(
          (file) => !eager.has(file),
        );
        const later = (files: Set<string>) =>
          [...files]
            .filter((file) => !eager.has(file) && !boot.includes(file))
            .map((file) => `/${file}`)
            .join(' ');
        const meta = (name: string, content: string) => ({
          tag: 'meta',
          attrs: { name, content },
          injectTo: 'head' as const,
        });
        return [
          meta('boot-chunks', boot.map((file) => `/${file}`).join(' ')),
          meta('prefetch-chunks', later(entryChunks(entries))),
          meta('link-chunks', later(entryChunks(linkEntries))),
        ];
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    prefetchLazyChunks(
      [
        'src/app/results-page.tsx',
        'src/features/chart/hover-layer.tsx',
        'src/features/wizard/pricing-step.tsx',
      ],
      ['src/app/results-page.tsx', 'src/lib/io/scenario-codec.ts', 'src/app/link-prime.ts'],
    ),
    prerenderFirstScreen(),
  ],
  build: {
    target: 'es2022',
    // The budgets in tests/budgets/size-budget.mjs are the real limits; this only silences Vite's generic warning.
    chunkSizeWarningLimit: 700,
    // tests/budgets/size-budget.mjs follows the chunk graph in the manifest to measure what each screen loads.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Modules the first screen shares with lazy chunks would otherwise become a dozen tiny chunks, each a
          // round trip on a slow connection before the wizard can paint: keep them in one. Measured 3 Dec 2026
          // (interleaved cold loads on localhost, 2 cores, two rounds of 10 and 8): without these groups the build
          // has 76 files instead of 56, a share link's chart comes 170 and 78 ms later (906 → 1,076 and
          // 816 → 894 ms median) and the first screen is interactive 118 and 72 ms later.
          groups: [
            // What src/main.tsx needs before anything else: Vite's dynamic-import helper and the chunk linker.
            // Left alone the helper lands in app-shared and drags the app's modules into the first task.
            { name: 'start-up', test: /preload-helper|src[\\/]app[\\/]prefetch/, priority: 3 },
            // React itself, evaluated in a task of its own before the app's modules (see src/main.tsx).
            { name: 'react-vendor', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 2 },
            // The core's shared part (schema, pricing, formats) apart from the React parts, so a share link can read
            // and price its scenario before React has arrived (app/link-prime.ts).
            {
              name: 'core-shared',
              test: /node_modules[\\/]zod[\\/]|src[\\/](core[\\/](format|option-ids|units|scenario|pricing)|lib[\\/](scenario-path|perf|parse-number|palette)|state[\\/]url-fragment)/,
              // Above app-shared, which would otherwise take url-fragment.ts along with url-sync.ts.
              priority: 2,
            },
            // What a share link computes before React has arrived (app/link-prime.ts: the link codec, the cost
            // core, thresholds, chart rows) and nothing the first screen needs: one chunk, not ten small ones.
            // Measured 3 Dec 2026 (2 cores, interleaved cold loads of the Azure and seed links, 2 × 10 each): the
            // link fetches 17 scripts instead of 26; the machine's CPU time per load (all processes, navigation
            // to chart) fell 1,750 → 1,500 ms, the page's main thread 550 → 470 ms, and the chart came 60–120 ms
            // sooner on average. The wizard's pricing step, which prices options too, now loads this chunk
            // (33 KB gzip) where it loaded a 10 KB part of it; it is prefetched at idle after the first screen.
            {
              name: 'link-core',
              test: /node_modules[\\/]fflate[\\/]|src[\\/](core[\\/](cost|decision|sensitivity|evolution|chart|options|evaluate)|lib[\\/]io[\\/](base64url|scenario-codec|scenario-diff|share-link-note|download)|state[\\/]memo)/,
              priority: 2,
            },
            {
              name: 'app-shared',
              test: /node_modules[\\/]zustand[\\/]|src[\\/](components|state[\\/](planner-store|url-sync))/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    // Property tests run hundreds of cases through the whole core; on a busy two-core machine one can take
    // more than Vitest's 5 s default without anything being wrong.
    testTimeout: 30_000,
    // One worker per core. Vitest's default leaves a core to its main process (cores - 1), which on this 2-core
    // machine ran every file one after another: 222 s for npm test, 151 s with two workers (3 Dec 2026).
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          environment: 'node',
          include: [
            'tests/core/**/*.test.ts',
            'tests/lib/**/*.test.ts',
            'tests/lint/**/*.test.ts',
            'tests/perf/**/*.test.ts',
            'tests/fuzz/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'cli',
          environment: 'node',
          include: ['tests/cli/**/*.test.ts'],
          // Builds dist-cli once; the tests spawn it as a user would.
          globalSetup: ['tests/cli/global-setup.ts'],
          // Each test spawns Node (≈ 0.2 s idle); on a busy 2-core machine a spawn can take seconds.
          testTimeout: 30_000,
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
