/**
 * The one Prisma client of the process, on the node-postgres driver adapter (no engine binary).
 * Password hashes are omitted from every query by default; only lib/auth/credentials.ts asks
 * for one, so a hash never leaves the data layer.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

function createClient() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const adapter = new PrismaPg({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_MAX ?? 10),
    // Fail fast when the database is gone instead of queueing requests for ever.
    connectionTimeoutMillis: 5_000,
  });
  return new PrismaClient({
    adapter,
    omit: {
      user: { passwordHash: true, totpSecret: true, totpRecoveryHashes: true, totpLastStep: true },
    },
  });
}

export type Db = ReturnType<typeof createClient>;
/** The client inside an interactive transaction. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
/** Either: functions that write take the transaction they are part of. */
export type DbOrTx = Db | Tx;

const globalForDb = globalThis as unknown as { trivselDb?: Db };

/** Created on first use, so importing this module never needs a database. */
export function getDb(): Db {
  globalForDb.trivselDb ??= createClient();
  return globalForDb.trivselDb;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});
