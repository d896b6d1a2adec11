import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  gzipBytes,
  htmlScripts,
  measureBuild,
  parseClientReferenceManifest,
  routeChunks,
  uncountedScripts,
  type ClientReferenceManifest,
} from "./route-javascript";

const build = { rootMainFiles: ["static/chunks/react.js", "static/chunks/turbopack.js"] };

const worklist: ClientReferenceManifest = {
  clientModules: {
    "[project]/components/i18n-provider.tsx": {
      chunks: ["/_next/static/chunks/layout.js", "/_next/static/chunks/react.js"],
    },
    "[project]/app/(app)/error.tsx": {
      chunks: ["/_next/static/chunks/layout.js", "/_next/static/chunks/error.js"],
    },
  },
  entryJSFiles: {
    "[project]/app/layout": ["static/chunks/layout.js"],
    "[project]/app/not-found": ["static/chunks/layout.js", "static/chunks/not-found.js"],
    "[project]/app/(app)/worklist/page": ["static/chunks/layout.js", "static/chunks/worklist.js"],
    "[project]/app/(app)/worklist/page.css": ["static/chunks/worklist.css"],
  },
};

describe("routeChunks", () => {
  it("counts the framework once, then the client components' chunks and the page's entry", () => {
    expect(routeChunks("/(app)/worklist/page", build, worklist)).toEqual({
      framework: ["static/chunks/react.js", "static/chunks/turbopack.js"],
      app: ["static/chunks/layout.js", "static/chunks/worklist.js", "static/chunks/error.js"],
      onDemand: [],
    });
  });

  it("leaves out other segments' entries, which load only when shown (not-found)", () => {
    const { app } = routeChunks("/(app)/worklist/page", build, worklist);
    expect(app).not.toContain("static/chunks/not-found.js");
  });

  it("counts what next/dynamic may load apart, and only what was not counted already", () => {
    const loadable = {
      "app/(app)/worklist/page.tsx -> ./charts": {
        files: ["static/chunks/charts.js", "static/chunks/layout.js", "static/chunks/charts.css"],
      },
    };
    expect(routeChunks("/(app)/worklist/page", build, worklist, loadable).onDemand).toEqual([
      "static/chunks/charts.js",
    ]);
  });
});

describe("parseClientReferenceManifest", () => {
  it("reads the manifest the build writes as a script", () => {
    const source = `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};
globalThis.__RSC_MANIFEST["/login/page"] = ${JSON.stringify(worklist)};`;
    expect(parseClientReferenceManifest(source, "/login/page")).toEqual(worklist);
    expect(() => parseClientReferenceManifest(source, "/other/page")).toThrow(/\/other\/page/);
  });
});

describe("htmlScripts", () => {
  it("names the scripts a modern browser loads, leaving out nomodule polyfills", () => {
    const html = [
      '<script src="/_next/static/chunks/react.js" async="" nonce="n"></script>',
      '<script src="/_next/static/chunks/polyfill.js" noModule="" nonce="n"></script>',
      '<script nonce="n">self.__next_f.push([1,""])</script>',
      '<script src="/_next/static/chunks/page.js?dpl=a&amp;b=c" async=""></script>',
      '<script src="/_next/static/chunks/react.js" async=""></script>',
    ].join("");
    expect(htmlScripts(html)).toEqual(["static/chunks/react.js", "static/chunks/page.js"]);
  });
});

describe("measureBuild", () => {
  let dir = "";
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it("measures every page of a build, gzip, and ignores route handlers", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "route-js-"));
    const chunks = {
      "react.js": "export const react = 'x'.repeat(1000);",
      "turbopack.js": "runtime()",
      "layout.js": "layout()",
      "worklist.js": "worklist()",
      "error.js": "error()",
      "not-found.js": "notFound()",
    };
    await mkdir(path.join(dir, "static", "chunks"), { recursive: true });
    for (const [name, content] of Object.entries(chunks))
      await writeFile(path.join(dir, "static", "chunks", name), content);
    await writeFile(
      path.join(dir, "app-path-routes-manifest.json"),
      JSON.stringify({ "/(app)/worklist/page": "/worklist", "/api/export/route": "/api/export" }),
    );
    await writeFile(path.join(dir, "build-manifest.json"), JSON.stringify(build));
    await mkdir(path.join(dir, "server", "app", "(app)", "worklist"), { recursive: true });
    await writeFile(
      path.join(dir, "server", "app", "(app)", "worklist", "page_client-reference-manifest.js"),
      `globalThis.__RSC_MANIFEST = {};
globalThis.__RSC_MANIFEST["/(app)/worklist/page"] = ${JSON.stringify(worklist)};`,
    );

    const [route, ...others] = await measureBuild(dir);
    expect(others).toEqual([]);
    expect(route!.route).toBe("/worklist");
    const size = (name: keyof typeof chunks) => gzipBytes(Buffer.from(chunks[name]));
    expect(route!.app.map((chunk) => chunk.file)).toEqual([
      "static/chunks/layout.js",
      "static/chunks/worklist.js",
      "static/chunks/error.js",
    ]);
    const total = size("react.js") + size("turbopack.js") + size("layout.js") + size("worklist.js");
    expect(route!.kb).toBeCloseTo((total + size("error.js")) / 1024, 6);

    const page = '<script src="/_next/static/chunks/worklist.js" async=""></script>';
    expect(uncountedScripts(page, route!)).toEqual([]);
    const other = '<script src="/_next/static/chunks/not-found.js" async=""></script>';
    expect(uncountedScripts(other, route!)).toEqual(["static/chunks/not-found.js"]);
  });

  it("says so when there is no build", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "route-js-"));
    await expect(measureBuild(dir)).rejects.toThrow(/npm run build/);
  });
});
