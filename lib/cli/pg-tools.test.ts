import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { choosePgTools, findPgTools, parsePgVersion, PgToolsMissingError } from "./pg-tools";

describe("parsePgVersion", () => {
  it("reads the major of upstream, Debian and pre-release builds", () => {
    expect(parsePgVersion("pg_dump (PostgreSQL) 17.10\n")).toEqual({ version: "17.10", major: 17 });
    expect(parsePgVersion("pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)")).toEqual({
      version: "15.18",
      major: 15,
    });
    expect(parsePgVersion("pg_dump (PostgreSQL) 18beta1")).toEqual({
      version: "18beta1",
      major: 18,
    });
    expect(parsePgVersion("command not found")).toBeNull();
  });
});

describe("choosePgTools", () => {
  const found = [
    { version: "15.18", major: 15, dir: "/usr/bin" },
    { version: "18.1", major: 18, dir: "/usr/lib/postgresql/18/bin" },
    { version: "17.10", major: 17, dir: "cache" },
    { version: "17.12", major: 17, dir: "later" },
  ];

  it("takes the lowest major that is at least the server's, the first of equals", () => {
    expect(choosePgTools(found, 17)?.dir).toBe("cache");
    expect(choosePgTools(found, 16)?.dir).toBe("cache");
    expect(choosePgTools(found, 18)?.dir).toBe("/usr/lib/postgresql/18/bin");
    expect(choosePgTools(found, 15)?.dir).toBe("/usr/bin");
  });

  it("takes none that is older than the server", () => {
    expect(choosePgTools(found, 19)).toBeNull();
    expect(choosePgTools(found.slice(0, 1), 17)).toBeNull();
  });
});

describe("findPgTools", () => {
  it("fails with what it found and how to get suitable tools", async () => {
    const empty = await mkdtemp(path.join(tmpdir(), "trivsel-no-pg-tools-"));
    try {
      const search = findPgTools({ serverMajor: 17, dirs: [{ dir: empty, origin: "test" }] });
      await expect(search).rejects.toThrow(PgToolsMissingError);
      await expect(search).rejects.toThrow(
        /No pg_dump for PostgreSQL 17[\s\S]*npm run tools:pg[\s\S]*postgresql-client-17[\s\S]*TRIVSEL_PG_BINDIR/,
      );
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
