/**
 * Prisma CLI configuration: the JS (WASM) schema engine through a driver adapter, so no engine
 * binary is ever downloaded (docs/decisions/0002-prisma-without-engines.md). Loaded only by the
 * Prisma CLI.
 */
import path from "node:path";
import { defineConfig } from "prisma/config";
import { connectionFields, MigrationAdapter } from "./prisma/migration-adapter";

// The WASM schema engine leaves long timers behind, which keep the CLI alive for ~10–60 s after it
// has finished. No CLI work waits on a timer that long, so such timers must not hold the process.
const setTimeoutRef = globalThis.setTimeout;
globalThis.setTimeout = ((...args: Parameters<typeof setTimeout>) => {
  const timer = setTimeoutRef(...args);
  if (typeof args[1] === "number" && args[1] >= 1000) timer.unref();
  return timer;
}) as typeof setTimeout;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url)
      throw new Error("DATABASE_URL is not set (npm run db:* sets it for the embedded database)");
    return new MigrationAdapter(connectionFields(url));
  },
});
