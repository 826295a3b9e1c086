import { defineConfig } from 'vitest/config';

// Drives the built API + SPA in Debian's Chromium; one file at a time, generous timeouts.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // An expect.poll waits for a round trip to the API; CI runs these beside the API's own tests, where
    // one second (Vitest's default) was not always enough.
    expect: { poll: { timeout: 15_000 } },
  },
});
