import { defineConfig } from 'vitest/config';

// Two projects, both run by `npx vitest run`: the server (integration tests on a real database, with its global
// setup) and the web kit's unit tests in happy-dom. `npx vitest run --project web` runs the web ones alone.
export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'server',
          include: ['server/src/**/*.test.ts', 'packages/**/*.test.ts', 'bench/**/*.test.ts'],
          globalSetup: ['server/src/test/global-setup.ts'],
          setupFiles: ['server/src/test/on-failure.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'web',
          include: ['web/src/**/*.test.{ts,tsx}', 'scripts/**/*.test.mjs'],
          environment: 'happy-dom',
        },
      },
    ],
  },
});
