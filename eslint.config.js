// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Layers, innermost first. Imports point one way: app → features → state → lib → core; `components/ui` are
 * stateless primitives usable by features and app. A zone forbids a layer from importing anything outward.
 */
const zones = [
  {
    target: './src/core',
    from: './src',
    except: ['./core'],
    message: 'src/core is the pure core: it must not import from the rest of src.',
  },
  {
    target: './src/lib',
    from: ['./src/state', './src/features', './src/app', './src/components'],
    message: 'src/lib may import only src/core.',
  },
  {
    target: './src/state',
    from: ['./src/features', './src/app', './src/components'],
    message: 'src/state may import only src/lib and src/core.',
  },
  {
    target: './src/components',
    from: ['./src/state', './src/features', './src/app'],
    message: 'UI primitives stay stateless: no store, features or app.',
  },
  { target: './src/features', from: ['./src/app'], message: 'features must not import the app shell.' },
  {
    target: './src/cli',
    from: ['./src/state', './src/features', './src/app', './src/components'],
    message: 'The command line uses only src/core and src/lib: no store, UI or browser code.',
  },
];

/**
 * Features must not import each other: one zone per feature folder, forbidding its siblings. The folders are read
 * from disk, so a new feature is protected the day it is created.
 */
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
for (const feature of FEATURES) {
  zones.push({
    target: `./src/features/${feature}`,
    from: FEATURES.filter((f) => f !== feature).map((f) => `./src/features/${f}`),
    message: 'features must not import each other; move shared code to src/lib or src/components.',
  });
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-cli',
      'dist-core',
      'node_modules',
      'coverage',
      'artifacts',
      'test-results',
      'playwright-report',
      'scratch',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Type-aware rules on the shipped code: promises are awaited or handled, and no assertion is left that the
    // compiler already proves (each one hides a place where decoded data could be cast).
    files: ['src/**/*.{ts,tsx}'],
    extends: [...tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { globals: { ...globals.browser } },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.app.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No dangerouslySetInnerHTML: render text, not HTML.',
        },
      ],
    },
  },
  {
    // The pure core: no UI frameworks, no browser globals, no clocks or randomness (pass them in).
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'zustand', 'recharts', 'pptxgenjs'].map((name) => ({
            name,
            message: 'src/core is pure TypeScript: no UI or state libraries.',
          })),
          patterns: [
            {
              group: ['react/*', 'react-dom/*', 'zustand/*', 'recharts/*'],
              message: 'src/core is pure TypeScript: no UI or state libraries.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'location', 'localStorage', 'navigator', 'fetch', 'history'].map(
          (name) => ({
            name,
            message: 'src/core runs in Node and the browser: no DOM or network.',
          }),
        ),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass the time in; the core is deterministic.' },
        { object: 'Math', property: 'random', message: 'Pass randomness in; the core is deterministic.' },
      ],
    },
  },
  {
    // The command line runs in Node: no UI libraries, no browser globals, no network.
    files: ['src/cli/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'zustand', 'recharts', 'pptxgenjs', '@pydantic/genai-prices'].map(
            (name) => ({ name, message: 'The command line bundles only the core and src/lib.' }),
          ),
          patterns: [
            {
              group: [
                'react/*',
                'react-dom/*',
                'zustand/*',
                'recharts/*',
                'node:http',
                'node:https',
                'node:net',
              ],
              message: 'The command line bundles only the core and src/lib, and never uses the network.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'location', 'localStorage', 'navigator', 'fetch'].map((name) => ({
          name,
          message: 'The command line runs in Node, offline.',
        })),
      ],
    },
  },
  {
    // Only the URL-sync module touches location and history (and its React-free reader, the fragment).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/state/url-sync.ts', 'src/state/url-fragment.ts', 'src/core/**', 'src/cli/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        {
          name: 'location',
          message:
            'Only src/state/url-sync.ts (and url-fragment.ts, which reads the fragment) touch the URL.',
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx,mjs}', '*.config.{js,ts}', 'scripts/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
