/**
 * `npm run drill:midnight`: the unit and integration tests run with the clock at half past
 * midnight in Denmark (docs/decisions/0039).
 *
 * The app keeps days — absence, a consent's validity, deadlines, "today" on the worklist — as
 * Danish calendar days, while the server's clock, PostgreSQL's `now()` and the stored instants are
 * UTC. Between midnight in Denmark and midnight UTC (one hour in winter, two in summer) the two
 * calendars name different days, and a day taken from the wrong one is a day off. Run by day, the
 * tests never see that hour; at night they would fail at random. Here they run in it, twice:
 *   - tonight at 00.30 in Denmark, and
 *   - at 00.30 on the next night Denmark changes to or from summer time (a day of 23 or 25 hours).
 * `faketime` (libfaketime, Debian's `faketime` package) moves the clock of every process the
 * tests start by the same offset: Node, the vitest workers and the embedded PostgreSQL they
 * start, so the stored instants and the app's "now" agree, as on a real night. Before the tests,
 * the drill checks that the clock did move (a drill that ran at the real time would prove
 * nothing). Prints each run's result and exits 1 when any fails.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { drillMoments } from "./midnight";

function faketimeAvailable(): boolean {
  return spawnSync("faketime", ["--help"], { stdio: "ignore" }).status === 0;
}

/** Runs a command with the clock moved to `at` (and moving on from there). */
function atMoment(at: Date, command: string, args: string[], stdio: "inherit" | "pipe") {
  const offsetSeconds = Math.round((at.getTime() - Date.now()) / 1000);
  const sign = offsetSeconds < 0 ? "-" : "+";
  return spawnSync("faketime", ["-f", `${sign}${Math.abs(offsetSeconds)}s`, command, ...args], {
    stdio,
    encoding: "utf8",
  });
}

function main() {
  if (!faketimeAvailable()) {
    console.error(
      "drill:midnight needs faketime (Debian: apt-get install faketime); .ci/run installs it.",
    );
    process.exit(1);
  }
  const vitest = path.resolve("node_modules/.bin/vitest");
  const failed: string[] = [];
  for (const moment of drillMoments(new Date())) {
    console.log(`\n== ${moment.label} (${moment.at.toISOString()}) ==`);
    // The clock the tests will see: within a minute of the moment, or the drill proves nothing.
    const seen = atMoment(moment.at, process.execPath, ["-e", "console.log(Date.now())"], "pipe");
    const skew = Math.abs(Number(seen.stdout.trim()) - moment.at.getTime());
    if (seen.status !== 0 || !(skew < 60_000)) {
      console.error(`The clock did not move to ${moment.at.toISOString()}: ${seen.stdout}`);
      process.exit(1);
    }
    for (const project of ["unit", "integration"]) {
      const run = atMoment(moment.at, vitest, ["run", "--project", project], "inherit");
      if (run.status !== 0) failed.push(`${project} tests, ${moment.label}`);
    }
  }
  if (failed.length) {
    console.error(`\nFailed:\n${failed.map((line) => `  - ${line}`).join("\n")}`);
    process.exit(1);
  }
  console.log("\nPassed: the unit and integration tests agree with the clock at both moments.");
}

main();
