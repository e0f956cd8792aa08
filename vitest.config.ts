import { defineConfig } from 'vitest/config';
import TierSequencer from './e2e/support/sequencer.ts';

/** Tests that start Node or Astro (a build, the CLI) but no browser. */
const BUILD_TESTS = [
  'packages/check-commands/src/cli.test.ts',
  'e2e/import-build.test.ts',
  'scripts/lib/removable.test.ts',
  'e2e/bad-content.test.ts',
  'e2e/budget.test.ts',
  'e2e/corrections.test.ts',
  'e2e/lesson-layout.test.ts',
  'e2e/reproducible.test.ts',
  'e2e/server-load.test.ts',
  'e2e/search-questions.test.ts',
];

/**
 * Three tiers: `unit` (pure functions beside their modules, seconds: `vitest --project unit`),
 * `build` (whole builds and CLIs, no browser) and `browser` (real Chromium over the built site).
 * The build and browser tiers share one queue of two workers after the unit tier, their files
 * taking turns (e2e/support/sequencer.ts): with `fileParallelism: false` Vitest put both tiers'
 * files in one sequential queue, so a build never overlapped a browser file.
 */
export default defineConfig({
  test: {
    reporters: ['default', './scripts/lib/summary-reporter.ts'],
    sequence: { sequencer: TierSequencer },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'packages/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...BUILD_TESTS],
          environment: 'node',
          // Pure functions with no state between files: one module graph per thread, not one per file
          // (starting a fresh worker for each of ~180 files was most of this tier's time).
          pool: 'threads',
          isolate: false,
        },
      },
      {
        test: {
          name: 'build',
          include: BUILD_TESTS,
          environment: 'node',
          globalSetup: ['e2e/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          sequence: { groupOrder: 1 },
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['e2e/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...BUILD_TESTS],
          environment: 'node',
          globalSetup: ['e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          sequence: { groupOrder: 1 },
          maxWorkers: 2,
        },
      },
    ],
  },
});
