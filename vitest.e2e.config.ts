import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: real headless Chromium against the production build in dist/ (built first by
 * `npm test`). One file at a time: each launches its own browser, and the machine has two cores.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
