/**
 * Whether the production build is current: a hash of every source file that goes into it,
 * written next to the build when it succeeds. `npm start` builds only when it has changed.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "prisma/schema.prisma",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "types",
];
const STAMP = path.join(".next", "trivsel-build-fingerprint");

async function filesUnder(entry: string): Promise<string[]> {
  if (!existsSync(entry)) return [];
  const entries = await readdir(entry, { withFileTypes: true, recursive: true }).catch(() => null);
  if (!entries) return [entry];
  return entries
    .filter((dirent) => dirent.isFile())
    .map((dirent) => path.join(dirent.parentPath, dirent.name))
    .filter((file) => !file.includes(`${path.sep}cli${path.sep}`) && !/\.test\.tsx?$/.test(file));
}

export async function sourceFingerprint(): Promise<string> {
  const hash = createHash("sha256");
  const files = (await Promise.all(SOURCES.map(filesUnder))).flat().sort();
  for (const file of files) {
    hash.update(file);
    hash.update(await readFile(file));
  }
  return hash.digest("hex");
}

export async function buildIsCurrent(fingerprint: string): Promise<boolean> {
  if (!existsSync(path.join(".next", "BUILD_ID")) || !existsSync(STAMP)) return false;
  return (await readFile(STAMP, "utf8")).trim() === fingerprint;
}

export async function markBuilt(fingerprint: string): Promise<void> {
  await writeFile(STAMP, `${fingerprint}\n`);
}
