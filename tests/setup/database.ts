/**
 * Per test file: a database of its own, cloned from the migrated template, dropped afterwards.
 * DATABASE_URL points at it before any test imports the Prisma client.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";

const adminUrl = inject("postgresAdminUrl");
const template = inject("templateDatabase");
const name = `test_${randomBytes(6).toString("hex")}`;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

await admin(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
const url = new URL(adminUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
// Sign-in keys its throttle counters and encrypts TOTP secrets with the session secret.
process.env.NEXTAUTH_SECRET ??= "integration-tests-only-secret-0123456789";

afterAll(async () => {
  const holder = globalThis as unknown as { trivselDb?: { $disconnect(): Promise<void> } };
  await holder.trivselDb?.$disconnect();
  delete holder.trivselDb;
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});
