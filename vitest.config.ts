import { defineConfig } from "vitest/config";

// Four suites: unit (pure), integration (services on a real database: in-memory PGlite
// from a migrated template, or DATABASE_URL), e2e (the real server in Debian Chromium) and
// pg (what only a PostgreSQL server can show; refuses to run without DATABASE_URL).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["shared/**/*.test.ts", "app/**/*.test.{ts,tsx}", "server/**/*.unit.test.ts", "db/**/*.unit.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "integration",
          include: ["server/**/*.test.ts", "db/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.unit.test.ts", "**/*.pg.test.ts", "**/node_modules/**"],
          globalSetup: ["db/test-global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.spec.ts"],
          globalSetup: ["e2e/global-setup.ts", "db/test-global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each spec file starts its own server and browser; two cores run two at a time.
          maxWorkers: 2,
          // One retry for browser timing on a loaded 2-core machine (as Playwright does in CI);
          // a test that fails twice fails the run, and Vitest reports every retried test.
          retry: 1,
        },
      },
      {
        test: {
          name: "pg",
          include: ["**/*.pg.test.ts"],
          exclude: ["**/node_modules/**"],
          globalSetup: ["db/require-postgres.ts", "db/test-global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
