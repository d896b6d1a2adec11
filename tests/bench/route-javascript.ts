/**
 * The JavaScript a browser downloads for each route of the production build (issue #7: at most
 * 150 kB gzip per route), read from the build's manifests, so every route is measured without a
 * server, a database or a signed-in user. `npm run bench` and `npm run bench:js` both use it.
 *
 * What a route downloads (checked against Chromium's requests, docs/performance.md):
 * - the framework: `rootMainFiles` of the build manifest (React, Next.js' router, the Turbopack
 *   runtime), the same for every route;
 * - the chunks of every client component the route's segments may render (its layouts, the
 *   page, the error boundaries), as the page's client reference manifest maps them
 *   (`clientModules`): the React payload names them, and the browser loads them before it
 *   hydrates; and the page's own entry (`entryJSFiles`), which its HTML loads. The other entries
 *   of that manifest (not-found, global-error) load only when they are shown: /_not-found is
 *   a route of its own here;
 * - the chunks `next/dynamic` may load later (react-loadable-manifest), counted apart as "on
 *   demand" and in the total: they are sent for the route all the same.
 * Not counted: `polyfillFiles`, which the page loads with `<script nomodule>` — a browser that
 * runs modules (every one Trivsel supports) neither downloads nor runs them.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

/** Issue #7's limit for one route. */
export const JS_LIMIT_KB = 150;

export type BuildManifest = { rootMainFiles: string[] };
export type ClientReferenceManifest = {
  clientModules: Record<string, { chunks: string[] }>;
  entryJSFiles?: Record<string, string[]>;
};
export type LoadableManifest = Record<string, { files?: string[] }>;

/** A chunk as the manifests name it, with or without the `/_next/` prefix: `static/chunks/x.js`. */
export function chunkName(file: string): string {
  const at = file.indexOf("static/");
  return at >= 0 ? file.slice(at) : file.replace(/^\/+/, "");
}

const isScript = (file: string) => file.endsWith(".js");

export type RouteChunks = {
  /** The framework's chunks, loaded by every route. */
  framework: string[];
  /** The chunks of the route's own client components (beyond the framework). */
  app: string[];
  /** Chunks `next/dynamic` may load after the page has started (beyond the two above). */
  onDemand: string[];
};

/** The chunks one route (`page`: `/(app)/worklist/page`) may load, each once, from its manifests. */
export function routeChunks(
  page: string,
  build: BuildManifest,
  clientReferences: ClientReferenceManifest,
  loadable: LoadableManifest = {},
): RouteChunks {
  const framework = [...new Set(build.rootMainFiles.filter(isScript).map(chunkName))];
  const seen = new Set(framework);
  const take = (files: Iterable<string>) => {
    const taken: string[] = [];
    for (const file of files) {
      const name = chunkName(file);
      if (!isScript(name) || seen.has(name)) continue;
      seen.add(name);
      taken.push(name);
    }
    return taken;
  };
  const ownEntry = Object.entries(clientReferences.entryJSFiles ?? {})
    .filter(([segment]) => segment.endsWith(`/app${page}`))
    .flatMap(([, files]) => files);
  const app = take([
    ...ownEntry,
    ...Object.values(clientReferences.clientModules).flatMap((module) => module.chunks),
  ]);
  const onDemand = take(Object.values(loadable).flatMap((entry) => entry.files ?? []));
  return { framework, app, onDemand };
}

export type Chunk = { file: string; gzipBytes: number };

export type RouteJavaScript = {
  /** The URL pattern: `/pupils/[id]`. */
  route: string;
  /** The app directory's page: `/(app)/pupils/[id]/page`. */
  page: string;
  framework: Chunk[];
  app: Chunk[];
  onDemand: Chunk[];
  /** Everything the route sends, gzip kB (1 kB = 1024 bytes). */
  kb: number;
};

export const gzipBytes = (content: Buffer): number => gzipSync(content, { level: 9 }).length;

export function chunksKb(chunks: readonly Chunk[]): number {
  return chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0) / 1024;
}

/** The route's size from its chunks, each gzipped (level 9) once by `sizeOf`. */
export async function measureRoute(
  route: string,
  page: string,
  chunks: RouteChunks,
  sizeOf: (file: string) => Promise<number>,
): Promise<RouteJavaScript> {
  const measure = async (files: string[]) =>
    Promise.all(files.map(async (file) => ({ file, gzipBytes: await sizeOf(file) })));
  const [framework, app, onDemand] = await Promise.all([
    measure(chunks.framework),
    measure(chunks.app),
    measure(chunks.onDemand),
  ]);
  return {
    route,
    page,
    framework,
    app,
    onDemand,
    kb: chunksKb([...framework, ...app, ...onDemand]),
  };
}

/** A client reference manifest is a script that assigns to `globalThis.__RSC_MANIFEST[page]`. */
export function parseClientReferenceManifest(
  source: string,
  page: string,
): ClientReferenceManifest {
  const sandbox: { __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {};
  vm.runInNewContext(source, sandbox);
  const manifest = sandbox.__RSC_MANIFEST?.[page];
  if (!manifest) throw new Error(`The client reference manifest has no entry for ${page}`);
  return manifest;
}

async function readJson<T>(file: string, fallback?: T): Promise<T> {
  if (fallback !== undefined && !existsSync(file)) return fallback;
  return JSON.parse(await readFile(file, "utf8")) as T;
}

/**
 * Every page route of the build in `nextDir` (default `.next`), route handlers left out (they
 * send no JavaScript), sorted by route. Throws when there is no build.
 */
export async function measureBuild(nextDir = path.resolve(".next")): Promise<RouteJavaScript[]> {
  const routesFile = path.join(nextDir, "app-path-routes-manifest.json");
  if (!existsSync(routesFile)) throw new Error(`No production build in ${nextDir}: npm run build`);
  const routes = await readJson<Record<string, string>>(routesFile);
  const build = await readJson<BuildManifest>(path.join(nextDir, "build-manifest.json"));
  const sizes = new Map<string, Promise<number>>();
  const sizeOf = (file: string) => {
    let size = sizes.get(file);
    if (!size) {
      size = readFile(path.join(nextDir, file)).then(gzipBytes);
      sizes.set(file, size);
    }
    return size;
  };
  const measured: RouteJavaScript[] = [];
  for (const [page, route] of Object.entries(routes)) {
    if (!page.endsWith("/page") || page === "/_global-error/page") continue;
    const server = path.join(nextDir, "server", "app");
    const clientReferences = parseClientReferenceManifest(
      await readFile(path.join(server, `${page}_client-reference-manifest.js`), "utf8"),
      page,
    );
    const loadable = await readJson<LoadableManifest>(
      path.join(server, page, "react-loadable-manifest.json"),
      {},
    );
    const chunks = routeChunks(page, build, clientReferences, loadable);
    measured.push(await measureRoute(route, page, chunks, sizeOf));
  }
  return measured.sort((a, b) => a.route.localeCompare(b.route));
}

/**
 * The scripts a page's HTML loads itself (`<script src>`, `nomodule` ones left out): the
 * benchmark checks them against the manifests' answer for the route, so that a manifest read
 * wrongly shows instead of passing for a small figure.
 */
export function htmlScripts(html: string): string[] {
  const scripts = [...html.matchAll(/<script\b[^>]*>/gi)]
    .map((match) => match[0])
    .filter((tag) => !/\snomodule\b/i.test(tag))
    .flatMap((tag) => {
      const source = /\ssrc="([^"]+)"/.exec(tag)?.[1];
      return source
        ? [chunkName(new URL(source.replaceAll("&amp;", "&"), "http://x").pathname)]
        : [];
    });
  return [...new Set(scripts)];
}

/** The HTML's scripts that the manifests did not count for the route (none, when they agree). */
export function uncountedScripts(html: string, measured: RouteJavaScript): string[] {
  const counted = new Set(
    [...measured.framework, ...measured.app, ...measured.onDemand].map((c) => c.file),
  );
  return htmlScripts(html).filter((file) => !counted.has(file));
}
