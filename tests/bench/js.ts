/**
 * `npm run bench:js` (issue #7): the JavaScript every route of the production build sends, gzip,
 * against the limit of 150 kB — read from the build's manifests (route-javascript.ts, the same
 * measure `npm run bench` reports for its pages). Builds first when the sources changed.
 *
 *   npm run bench:js                  the table
 *   npm run bench:js -- --chunks      each route's own chunks beneath it
 *   npm run bench:js -- --markdown    the table as markdown (docs/performance.md)
 *   npm run bench:js -- --strict      exit 1 when a route is over the limit
 */
import { ensureBuilt } from "@/lib/cli/app-process";
import { chunksKb, JS_LIMIT_KB, measureBuild, type RouteJavaScript } from "./route-javascript";

const args = process.argv.slice(2);
const kb = (value: number) => value.toFixed(1);

function table(routes: readonly RouteJavaScript[], markdown: boolean): string {
  const head = ["route", "JS kB gz", "own kB", "on demand kB", `≤ ${JS_LIMIT_KB} kB`];
  const body = routes.map((route) => [
    route.route,
    kb(route.kb),
    kb(chunksKb(route.app)),
    route.onDemand.length > 0 ? kb(chunksKb(route.onDemand)) : "–",
    route.kb <= JS_LIMIT_KB ? "PASS" : "FAIL",
  ]);
  if (markdown) {
    const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
    return [line(head), line(head.map((_, i) => (i === 0 ? "---" : "---:"))), ...body.map(line)]
      .join("\n")
      .trimEnd();
  }
  const widths = head.map((title, i) =>
    Math.max(title.length, ...body.map((row) => row[i]!.length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join("  ");
  return [line(head), line(widths.map((w) => "─".repeat(w))), ...body.map(line)].join("\n");
}

async function main() {
  await ensureBuilt();
  const routes = await measureBuild();
  const framework = routes[0]?.framework ?? [];
  const everywhere = routes
    .map((route) => new Set(route.app.map((chunk) => chunk.file)))
    .reduce((common, files) => new Set([...common].filter((file) => files.has(file))));
  const shared = (routes[0]?.app ?? []).filter((chunk) => everywhere.has(chunk.file));
  const list = (chunks: typeof framework) =>
    chunks.map((chunk) => `${chunk.file} ${kb(chunk.gzipBytes / 1024)}`).join(", ");

  console.log(`JavaScript per route, gzip (level 9), from the build's manifests in .next/\n`);
  console.log(`Framework, sent by every route: ${kb(chunksKb(framework))} kB (${list(framework)})`);
  console.log(`Beyond it, sent by every route: ${kb(chunksKb(shared))} kB (${list(shared)})\n`);
  console.log(table(routes, args.includes("--markdown")));
  if (args.includes("--chunks")) {
    for (const route of routes) {
      console.log(`\n${route.route}`);
      for (const chunk of [...route.app, ...route.onDemand].sort(
        (a, b) => b.gzipBytes - a.gzipBytes,
      ))
        console.log(`  ${kb(chunk.gzipBytes / 1024).padStart(6)} kB  ${chunk.file}`);
    }
  }
  const over = routes.filter((route) => route.kb > JS_LIMIT_KB);
  console.log(
    over.length === 0
      ? `\nEvery route within ${JS_LIMIT_KB} kB (the largest: ${kb(Math.max(...routes.map((r) => r.kb)))} kB).`
      : `\nOver ${JS_LIMIT_KB} kB: ${over.map((route) => `${route.route} (${kb(route.kb)})`).join(", ")}.`,
  );
  process.exit(args.includes("--strict") && over.length > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
