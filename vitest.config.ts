import { defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` (pure code and golden SVGs, no build), `site` (fixture builds, the built site's
 * HTML, and Chromium) and `dev` (what an editor sees in `astro dev`, after the others). Time zone pinned; see
 * test/support/ for the build and server harness.
 */
export default defineConfig({
  test: {
    env: { TZ: 'Asia/Shanghai' },
    // Two test files at a time, even on two cores (Vitest's default leaves one core idle): a browser test waits
    // on Chromium's processes and a fixture build on Astro's child process, so two overlap well.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/golden/**/*.test.ts'],
          setupFiles: ['test/support/no-warnings.ts'],
          env: { TZ: 'Asia/Shanghai' },
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts', 'test/browser/**/*.test.ts', 'test/fixtures/**/*.test.ts', 'test/gates/**/*.test.ts'],
          env: { TZ: 'Asia/Shanghai' },
          globalSetup: ['test/support/site.setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        // `astro dev` writes the project's .astro/ folder as a build does, so it runs after the site project.
        test: {
          name: 'dev',
          include: ['test/dev/**/*.test.ts'],
          env: { TZ: 'Asia/Shanghai' },
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
