/**
 * Every page sends the browser the namespaces its client components ask for (ClientMessages):
 * from each page and the layouts and error boundaries around it, the imports are followed
 * through the server components to every client component ("use client") and what it imports;
 * the namespaces of their `t("…")` calls must be among those the server files on the way send.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n";
import { pickNamespaces } from "./client-messages";

const root = path.resolve(import.meta.dirname, "..");

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((file) => existsSync(file) && /\.tsx?$/.test(file)) ?? null;
}

const sources = new Map<string, string>();
/** A module's code, its comments left out (their examples are not calls). */
const source = (file: string) => {
  if (!sources.has(file))
    sources.set(
      file,
      readFileSync(file, "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/(^|\s)\/\/.*$/gm, "$1"),
    );
  return sources.get(file)!;
};

/** The project files a module imports at run time (type-only imports render nothing). */
function imports(file: string): string[] {
  const found: string[] = [];
  for (const match of source(file).matchAll(
    /^(?:import|export)\s+(type\s+)?(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm,
  )) {
    if (match[1]) continue;
    const resolved = resolveImport(file, match[2]!);
    if (resolved) found.push(resolved);
  }
  return found;
}

const isClient = (file: string) => /^\s*["']use client["']/.test(source(file));
const namespacesUsed = (file: string) =>
  [...source(file).matchAll(/\bt\(\s*["'`]([a-zA-Z]+)\./g)].map((match) => match[1]!);
const namespacesSent = (file: string) =>
  [...source(file).matchAll(/namespaces=\{\[([^\]]*)\]\}|messagesLayout\(\[([^\]]*)\]\)/g)].flatMap(
    (match) => [...(match[1] ?? match[2]!).matchAll(/["'](\w+)["']/g)].map((name) => name[1]!),
  );

/** What a page's client components need and what its server files send. */
function pageNeeds(entries: string[]): { needed: Set<string>; sent: Set<string> } {
  const needed = new Set<string>();
  const sent = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string, inClient: boolean) => {
    const key = `${file}:${inClient}`;
    if (seen.has(key)) return;
    seen.add(key);
    const client = inClient || isClient(file);
    if (client) namespacesUsed(file).forEach((namespace) => needed.add(namespace));
    else namespacesSent(file).forEach((namespace) => sent.add(namespace));
    for (const imported of imports(file)) visit(imported, client);
  };
  entries.forEach((entry) => visit(entry, false));
  return { needed, sent };
}

/** The page, and the layouts and error boundaries of each folder above it. */
function entriesOf(page: string): string[] {
  const entries = [page];
  for (
    let dir = path.dirname(page);
    dir.startsWith(path.join(root, "app"));
    dir = path.dirname(dir)
  )
    for (const name of ["layout.tsx", "error.tsx", "loading.tsx", "template.tsx"])
      if (existsSync(path.join(dir, name))) entries.push(path.join(dir, name));
  return entries;
}

const pages = readdirSync(path.join(root, "app"), { recursive: true, encoding: "utf8" })
  .filter((file) => /(^|\/)(page|not-found)\.tsx$/.test(file))
  .map((file) => path.join(root, "app", file));

describe("the messages sent to the browser", () => {
  it("finds the pages", () => {
    expect(pages.length).toBeGreaterThan(40);
  });

  it.each(pages.map((page) => [path.relative(root, page), page]))(
    "%s sends every namespace its client components use",
    (_name, page) => {
      const { needed, sent } = pageNeeds(entriesOf(page));
      expect([...needed].filter((namespace) => !sent.has(namespace)).sort()).toEqual([]);
    },
  );

  it("sends only the namespaces asked for", () => {
    const picked = pickNamespaces(messagesFor("da"), ["common", "forum"]);
    expect(Object.keys(picked).sort()).toEqual(["common", "forum"]);
    expect(picked.forum).toBe(messagesFor("da").forum);
  });
});
