import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: ['tests/unit/extension/**'],
          environment: 'node',
          // The CLI tests start real processes: seconds each on a loaded two-core machine.
          testTimeout: 30_000,
          globalSetup: ['tests/unit/setup/build-cli.ts'],
          setupFiles: ['tests/unit/setup/verify-cues.ts'],
        },
      },
      {
        // Extension glue with WXT's fake `browser` (in-memory storage, messaging, tabs).
        plugins: [WxtVitest()],
        test: {
          name: 'extension',
          include: ['tests/unit/extension/**/*.test.ts'],
          environment: 'jsdom',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // One Chromium at a time: the machine has two cores, and the tests share one browser.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ['tests/e2e/setup/global-setup.ts'],
        },
      },
    ],
  },
});
