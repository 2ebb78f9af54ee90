import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { readdirSync } from 'node:fs';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers, as docs/architecture.md draws them: domain <- storage <- state <- ui, i18n <- features <- app,
 * with src/platform (the browser's facts) beside the domain for every layer above it.
 * `import-x/no-restricted-paths` holds which folder may import which (one rule for the whole tree, so no
 * later block can quietly replace it), `import-x/no-cycle` forbids cycles, and `no-restricted-imports`
 * says which packages each folder may use. tests/lint/layers.test.ts lints forbidden imports and fails if
 * any passes.
 */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

const zones = [
  { target: './src/domain', from: ['./src/platform', './src/storage', './src/state', './src/ui', './src/i18n', './src/features', './src/app'], message: 'The domain is pure TypeScript: it imports nothing of ours outside the domain.' },
  { target: './src/platform', from: ['./src/storage', './src/state', './src/ui', './src/i18n', './src/features', './src/app'], message: 'The platform module reads the browser for the layers above; it depends only on the domain.' },
  { target: './src/storage', from: ['./src/state', './src/ui', './src/i18n', './src/features', './src/app'], message: 'Storage depends only on the domain.' },
  { target: './src/state', from: ['./src/ui', './src/i18n', './src/features', './src/app'], message: 'State depends on the domain and storage only.' },
  // ui/ may read storage through its live-query hooks; i18n/ may name storage's problem kinds.
  { target: ['./src/ui', './src/i18n'], from: ['./src/features', './src/app'], message: 'Shared UI and strings know nothing of features or the app shell.' },
  { target: './src/features', from: ['./src/app'], message: 'A feature never imports the app shell.' },
  ...features.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'A feature imports domain, storage, state, ui and i18n, never another feature.',
  })),
];

/** Packages each folder may not use; one block per folder, so each file gets exactly one list. */
const packages = (files, names, message) => ({ files, rules: { 'no-restricted-imports': ['error', { paths: names.map((name) => ({ name, message })) }] } });

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', '.e2e-tmp', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    // In tests a wrong assumption fails the test, which is what a non-null assertion should do there.
    files: ['tests/**', 'src/**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  packages(['src/domain/**'], ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'zustand'], 'The domain is pure TypeScript: no UI, storage or state library.'),
  packages(['src/storage/**'], ['react-dom', 'zustand'], 'Storage uses Dexie and its React hooks, nothing of the UI.'),
  packages(['src/state/**', 'src/ui/**', 'src/i18n/**', 'src/features/**', 'src/app/**', 'src/*.ts'], ['dexie'], 'Only src/storage imports Dexie.'),
);
