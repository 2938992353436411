import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * Unit (`*.test.ts`) and integration (`*.integration.test.ts`) tests. Integration tests
 * run against a fresh database made for this run: real PostgreSQL when DATABASE_URL is
 * set, otherwise an in-memory embedded PGlite (see src/testing/global-setup.ts).
 *
 * Tests import server modules directly, outside Next: `server-only` resolves to the package's
 * own no-op (what Next uses on the server), as it does for the tsx-run processes.
 */
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname, "src"),
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts", "bench/**/*.test.ts", "clients/**/*.test.ts"],
    globalSetup: ["src/testing/global-setup.ts"],
    setupFiles: ["src/testing/setup-env.ts"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
