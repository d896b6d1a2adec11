/**
 * `npm run bench:history`: does a school's page stay as fast when the school has ten years of
 * history instead of one? `npm run bench -- --scales 0.1,1` grows the municipality tenfold (5
 * schools → 50), so a school's own pages see the same school at both scales; this grows what a
 * school keeps as the years pass. Two copies of the generated municipality are served at once: one
 * as generated (a school year of use), one with nine earlier years added — each year's days of
 * absence, concerns (closed) and timeline entries (their follow-ups done) again, a year earlier
 * each time, for every pupil but the timeline's own (its 200 entries are the benchmark's). Each
 * page is asked of one copy and then the other, in turn, as `npm run bench:ab` does.
 *
 *   npm run bench:history                        the municipality, 100 rounds a page
 *   npm run bench:history -- --rounds 200 --pages worklist,dashboard --port 3500
 */
import { Session, startApp, ensureBuilt, type RunningApp } from "@/lib/cli/app-process";
import { ensureGeneratedDatabase } from "@/prisma/generator/database";
import { cliOption, findSubjects, municipalityAtScale, PAGES_BY_NAME, throwawayCopy } from "./data";
import { addHistory, EARLIER_YEARS } from "./history-data";
import { inTurn } from "./pairs";

const rounds = Number(cliOption("--rounds") ?? 100);
const port = Number(cliOption("--port") ?? 3500);
const pages = (
  cliOption("--pages") ?? "light,worklist,timeline,forum,dashboard,municipality"
).split(",");

async function main() {
  const unknown = pages.filter((page) => !PAGES_BY_NAME[page]);
  if (unknown.length > 0)
    throw new Error(`Unknown page ${unknown.join(", ")}: ${Object.keys(PAGES_BY_NAME).join(", ")}`);
  await ensureBuilt();
  const generated = await ensureGeneratedDatabase({
    ...municipalityAtScale(1),
    log: (line) => console.log(`  ${line}`),
  });
  const oneYear = await throwawayCopy(generated.url, `${generated.database}_year`);
  const tenYears = await throwawayCopy(generated.url, `${generated.database}_years`);
  const apps: RunningApp[] = [];
  try {
    // The same subjects in both: the copies differ only in the rows added below.
    const subjects = await findSubjects(oneYear.url);
    console.log(`\nAdding ${EARLIER_YEARS} earlier years to the second copy …`);
    await addHistory(tenYears.url, subjects.timelinePupilId as string);
    const a = await startApp({ port, databaseUrl: oneYear.url });
    apps.push(a);
    const b = await startApp({ port: port + 1, databaseUrl: tenYears.url });
    apps.push(b);
    console.log(
      `\nA = one school year, B = ten; the same build; ${rounds} requests each, in turn\n`,
    );
    console.log("page          A p50 ms  B p50 ms  B/A (median of pairs)  ≤ 1.3×");
    for (const name of pages) {
      const spec = PAGES_BY_NAME[name]!;
      const email = subjects[spec.user] as string;
      const [sa, sb] = [new Session(a.base), new Session(b.base)];
      await sa.signIn(email);
      await sb.signIn(email);
      const pairs = await inTurn(sa, sb, spec.path(subjects), rounds);
      console.log(
        `${name.padEnd(12)}  ${pairs.a.toFixed(1).padStart(8)}  ${pairs.b.toFixed(1).padStart(8)}  ` +
          `${pairs.ratio.toFixed(3).padStart(21)}  ${pairs.ratio <= 1.3 ? "PASS" : "FAIL"}`,
      );
    }
  } finally {
    for (const app of apps.reverse()) await app.stop();
    await oneYear.drop();
    await tenYears.drop();
    await generated.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
