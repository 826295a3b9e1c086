import { defineConfig } from 'vitest/config';

// Drives the built API + SPA in Debian's Chromium; one file at a time, generous timeouts.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
