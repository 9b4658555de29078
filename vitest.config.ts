import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{flows,drizzle,worker,server,web,scripts}/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration suites share one Temporal dev server per run (see scripts/test-setup); 2 cores → few forks.
    globalSetup: ['scripts/test-global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
  },
});
