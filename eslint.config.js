import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Layer rules: domain <- storage <- state <- features <- app; a feature never imports another feature. */
const layer = (files, patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });

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
    // In tests a wrong assumption fails the test, which is what a non-null assertion should do there.
    files: ['tests/**', 'src/**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  layer(['src/domain/**'], [
    { group: ['**/storage/**', '**/state/**', '**/features/**', '**/app/**', '**/ui/**', '**/i18n/**', 'react', 'react-dom', 'dexie', 'dexie-react-hooks', 'zustand'], message: 'The domain is pure TypeScript: no UI, storage or state.' },
  ]),
  layer(['src/storage/**'], [
    { group: ['**/state/**', '**/features/**', '**/app/**', '**/ui/**', 'zustand'], message: 'Storage depends only on the domain.' },
  ]),
  layer(['src/state/**'], [{ group: ['**/features/**', '**/app/**', 'react-dom'], message: 'State depends on domain and storage only.' }]),
  layer(['src/ui/**', 'src/i18n/**'], [{ group: ['**/features/**', '**/app/**', 'dexie'], message: 'Shared UI knows nothing of features or the database.' }]),
  layer(['src/features/*/**'], [{ group: ['**/app/**', 'dexie', '../*/**', '!../../**'], message: 'A feature imports domain, storage, state and ui, never the app shell or another feature.' }]),
  {
    files: ['src/**'],
    ignores: ['src/storage/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'dexie', message: 'Only src/storage imports Dexie.' }] }] },
  },
);
