/**
 * The one Prisma client of the process, on the node-postgres driver adapter (no engine binary).
 * Password hashes are omitted from every query by default; only lib/auth/credentials.ts asks
 * for one, so a hash never leaves the data layer.
 */
import { appendFileSync } from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

const CONNECTION_WAIT_MS = Number(process.env.DATABASE_CONNECTION_WAIT_MS ?? 15_000);

function createClient() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const adapter = new PrismaPg({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_MAX ?? 10),
    // How long a request waits for a connection: a new one to a database that is gone fails at
    // once (refused), but under a burst (50 users on a pool of 10) a request waits its turn
    // rather than failing after the 5 s this used to be (measured by npm run bench).
    connectionTimeoutMillis: CONNECTION_WAIT_MS,
  });
  const queryLog = process.env.TRIVSEL_QUERY_LOG;
  const client = new PrismaClient({
    adapter,
    omit: {
      user: { passwordHash: true, totpSecret: true, totpRecoveryHashes: true, totpLastStep: true },
    },
    log: queryLog ? [{ emit: "event", level: "query" }] : [],
    // The same wait for a transaction's connection (Prisma's default is 2 s).
    transactionOptions: { maxWait: CONNECTION_WAIT_MS },
  });
  if (queryLog) logQueriesTo(client, queryLog);
  return client;
}

/**
 * TRIVSEL_QUERY_LOG=<file>: every statement, with its parameters and time, one JSON line each.
 * For the benchmark (tests/bench/), which counts a page's queries and replays them as its raw-SQL
 * reference; the parameters can be pupil data, so never set it on a server with real data.
 */
function logQueriesTo(
  client: { $on(event: "query", cb: (e: QueryEvent) => void): void },
  file: string,
) {
  client.$on("query", (event) => {
    appendFileSync(
      file,
      `${JSON.stringify({ sql: event.query, params: event.params, ms: event.duration })}\n`,
    );
  });
}

type QueryEvent = { query: string; params: string; duration: number };

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
