/**
 * The driver adapter Prisma's JS schema engine (migrate deploy/dev/diff/status) runs through.
 * Used only by prisma.config.ts, never by the app. It fixes three faults of
 * @prisma/adapter-pg 6.19.3 seen on these machines (docs/decisions/0002-prisma-without-engines.md):
 *
 * 1. Introspection selects PostgreSQL catalog types ("char", name, regclass …) the adapter cannot
 *    map and throws on. Those columns are plain text to the engine, so we report them as text.
 * 2. `executeScript` splits a migration on every ";", which breaks any function body (our audit
 *    trigger). PostgreSQL runs a multi-statement script as one simple query, so we send it whole.
 * 3. The shadow database: the stock factory overrides its name with the connection string's,
 *    loses the password, and drops it before closing its pool. We create it, connect to it by
 *    fields, and drop it only after our pool is closed.
 */
import pg from "pg";
import { PrismaPg } from "prisma6-adapter-pg";

/** "char", name, int2vector, oidvector, regproc …: catalog types the adapter has no mapping for. */
const CATALOG_TYPE_OIDS = new Set([18, 19, 22, 30, 194, 1033, 2205, 2206, 3734, 3769, 4089, 4096]);
const TEXT_OID = 25;

function asText(result: unknown): void {
  const fields = (result as { fields?: { dataTypeID: number }[] } | undefined)?.fields;
  for (const field of fields ?? []) {
    if (CATALOG_TYPE_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
  }
}

type Callback = (error: Error | null, result: unknown) => void;

/** A pg client that reports catalog-typed columns as text (fault 1). */
class CatalogAsTextClient extends pg.Client {
  // pg's `query` has a dozen overloads; we only intercept its result, whichever form is used.
  override query(...args: unknown[]): never {
    const last = args.at(-1);
    if (typeof last === "function") {
      const callback = last as Callback;
      args[args.length - 1] = (error: Error | null, result: unknown) => {
        if (!error) asText(result);
        callback(error, result);
      };
      return (super.query as (...a: unknown[]) => never)(...args);
    }
    const submitted = (super.query as (...a: unknown[]) => unknown)(...args);
    if (submitted instanceof Promise) {
      return submitted.then((result: unknown) => {
        asText(result);
        return result;
      }) as never;
    }
    return submitted as never;
  }
}

export type ConnectionFields = {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
};

export function connectionFields(databaseUrl: string): ConnectionFields {
  const url = new URL(databaseUrl);
  return {
    host: decodeURIComponent(url.hostname) || "localhost",
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.replace(/^\//, "")),
  };
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

export class MigrationAdapter extends PrismaPg {
  constructor(private readonly fields: ConnectionFields) {
    super({ ...fields, Client: CatalogAsTextClient, allowExitOnIdle: true });
  }

  override async connect(): Promise<Adapter> {
    const adapter = await super.connect();
    const pool = adapter.underlyingDriver() as pg.Pool;
    // Fault 2: one simple query, so PostgreSQL parses the script (and its $$ bodies) itself.
    adapter.executeScript = async (script: string) => {
      try {
        await pool.query(script);
      } catch (error) {
        // The adapter's own conversion, so the engine reports the database's error as usual.
        (adapter as unknown as { onError(error: unknown): never }).onError(error);
      }
    };
    return adapter;
  }

  override async connectToShadowDb(): Promise<Adapter> {
    const name = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    await this.admin(`CREATE DATABASE "${name}"`);
    const adapter = await new MigrationAdapter({ ...this.fields, database: name }).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await this.admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    };
    return adapter;
  }

  private async admin(sql: string): Promise<void> {
    const client = new pg.Client({ ...this.fields });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
}
