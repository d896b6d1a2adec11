/**
 * `npm run bench:browser`: what one page view costs the server when a browser opens it — the
 * requests Chromium sends for each benchmark page (the document, its RSC and prefetch requests,
 * its calls to /api/; scripts and styles are static files), with the page scrolled to its end
 * and its first links hovered, as a person reading it would. autocannon, which `npm run bench` uses, fetches the HTML
 * only; this is where work that a browser adds shows up (docs/decisions/0035: link prefetching).
 *
 *   npm run bench:browser                      the generated municipality (scale 1)
 *   npm run bench:browser -- --scale 0.1 --port 3290
 *
 * Chromium: Debian's /usr/bin/chromium when present (as the end-to-end tests), else Playwright's
 * (`launchChromium`).
 * Afterwards each kind of request the page sent is timed alone, one after another, to say what it
 * costs the server.
 */
import type { Request } from "@playwright/test";
import { ensureBuilt, launchChromium, Session, startApp } from "@/lib/cli/app-process";
import { ensureGeneratedDatabase } from "@/prisma/generator/database";
import { cliOption, findSubjects, municipalityAtScale, PAGES_BY_NAME, throwawayCopy } from "./data";

const scale = Number(cliOption("--scale") ?? 1);
const port = Number(cliOption("--port") ?? 3290);
const HOVERED_LINKS = 8;
const TIMED_REQUESTS = 50;

type Sent = {
  kind: "document" | "rsc" | "prefetch" | "api";
  url: string;
  headers: Record<string, string>;
};

function kindOf(request: Request): Sent["kind"] | null {
  const headers = request.headers();
  if (headers["next-router-prefetch"]) return "prefetch";
  if (headers["rsc"]) return "rsc";
  // The page's own calls to the app: the session warning asking how long is left (0038).
  if (request.resourceType() === "fetch" && new URL(request.url()).pathname.startsWith("/api/"))
    return "api";
  return request.resourceType() === "document" ? "document" : null;
}

/** The median of `count` requests like `sent`, one after another, in ms. */
async function timeAlone(session: Session, base: string, sent: Sent, count: number) {
  // The browser's own headers (RSC, the router's state), the session's cookie.
  const headers = Object.fromEntries(
    Object.entries(sent.headers).filter(([name]) => name === "rsc" || name.startsWith("next-")),
  );
  const path = sent.url.slice(base.length);
  const times: number[] = [];
  for (let i = 0; i < count + 5; i++) {
    const started = performance.now();
    const response = await session.fetch(path, { headers });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    if (i >= 5) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function main() {
  const generated = await ensureGeneratedDatabase({
    ...municipalityAtScale(scale),
    log: (line) => console.log(`  ${line}`),
  });
  const copy = await throwawayCopy(generated.url, `${generated.database}_browser`);
  try {
    await ensureBuilt();
    const subjects = await findSubjects(copy.url);
    const app = await startApp({ port, databaseUrl: copy.url });
    const browser = await launchChromium();
    const rows: string[][] = [];
    try {
      for (const spec of Object.values(PAGES_BY_NAME)) {
        const session = new Session(app.base);
        await session.signIn(subjects[spec.user] as string);
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        await context.addCookies(session.browserCookies());
        const page = await context.newPage();
        const sent: Sent[] = [];
        page.on("request", (request) => {
          const kind = kindOf(request);
          if (kind) sent.push({ kind, url: request.url(), headers: request.headers() });
        });
        await page.goto(app.base + spec.path(subjects));
        await page.waitForLoadState("networkidle");
        const links = await page.locator("a[href^='/']").all();
        for (const link of links.slice(0, HOVERED_LINKS))
          await link.hover({ timeout: 2000 }).catch(() => undefined); // one hidden is no matter
        for (let i = 0; i < 10; i++) await page.mouse.wheel(0, 900);
        await page.waitForLoadState("networkidle");
        await page.waitForTimeout(1000);
        await context.close();

        const count = (kind: Sent["kind"]) => sent.filter((request) => request.kind === kind);
        const documentMs = await timeAlone(
          session,
          app.base,
          count("document")[0]!,
          TIMED_REQUESTS,
        );
        const prefetches = count("prefetch");
        const prefetchMs = prefetches.length
          ? await timeAlone(session, app.base, prefetches[0]!, TIMED_REQUESTS)
          : 0;
        const calls = count("api");
        const callMs = calls.length
          ? await timeAlone(session, app.base, calls[0]!, TIMED_REQUESTS)
          : 0;
        rows.push([
          spec.title(subjects),
          String(links.length),
          String(count("document").length),
          String(count("rsc").length),
          String(prefetches.length),
          String(calls.length),
          documentMs.toFixed(1),
          prefetches.length ? prefetchMs.toFixed(1) : "–",
          calls.length ? callMs.toFixed(1) : "–",
          (documentMs + prefetches.length * prefetchMs + calls.length * callMs).toFixed(1),
        ]);
        console.log(`  ${spec.title(subjects)}: ${sent.length} requests`);
      }
    } finally {
      await browser.close();
      await app.stop();
    }
    const head = [
      "page",
      "links",
      "documents",
      "RSC",
      "prefetches",
      "API calls",
      "page ms",
      "a prefetch ms",
      "an API call ms",
      "server ms a view",
    ];
    const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
    console.log(
      `\nOne view of each page in Chromium (1440 × 900, ${HOVERED_LINKS} links hovered, scrolled to` +
        ` the end), scale ${scale}; the times: ${TIMED_REQUESTS} requests alone, median.\n`,
    );
    console.log([line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n"));
  } finally {
    await copy.drop();
    await generated.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
