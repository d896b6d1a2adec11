import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Domain modules import "server-only" to keep them out of client bundles; in tests they
      // run in plain Node, where the package would throw.
      "server-only": path.join(root, "tests/support/server-only.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: [
            "lib/**/*.test.ts",
            "components/**/*.test.{ts,tsx}",
            "prisma/**/*.test.ts",
            "tests/bench/**/*.test.{ts,tsx}",
          ],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // One embedded PostgreSQL for the run, a template database migrated once, and a fresh
          // database per test file cloned from it (tests/setup).
          globalSetup: ["tests/setup/global-setup.ts"],
          setupFiles: ["tests/setup/database.ts"],
          pool: "forks",
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
