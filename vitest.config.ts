import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Unit, component and storage tests: jsdom with an in-memory IndexedDB. */
export default defineConfig({
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify('test') },
  resolve: {
    alias: {
      'virtual:pwa-register/react': fileURLToPath(new URL('./tests/support/pwa-register-fake.ts', import.meta.url)),
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'tests/{components,storage,content,lint}/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Generous: a busy two-core machine runs these several times slower than an idle one.
    testTimeout: 60_000,
  },
});
