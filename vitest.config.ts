import { defineConfig } from 'vitest/config';

// Deterministic tests: UTC, fixed locale; every test that needs "now" injects a clock.
process.env.TZ = 'UTC';
process.env.LANG = 'C.UTF-8';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'plugins/**/*.test.ts', 'templates/**/*.test.ts'],
    exclude: ['tests/bench/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The demo data folder, generated and pulled once per run (tests/fixtures/demo-data.ts).
    globalSetup: ['tests/fixtures/demo-data.ts'],
    env: { TZ: 'UTC' },
  },
});
