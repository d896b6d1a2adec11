/**
 * The generator's core: a whole municipality written into an empty, migrated database, school by
 * school — register, absence, case work, Trivselsforum, class life, the audit trail — through the
 * bulk writer, then loaded table by table in time order and analysed. Deterministic for a given
 * seed and day (`today`): only the password hash differs between runs (argon2id salts it).
 */
import pg from "pg";
import { currentSchoolYear } from "@/lib/admin/school-year";
import { hashPassword } from "@/lib/auth/password";
import { addDays } from "@/lib/dates";
import { DEMO_PASSWORD } from "../demo";
import { writeAbsence } from "./absence";
import { writeEverydayReads } from "./audit";
import { schoolDaysBetween } from "./calendar";
import { writeCaseWork } from "./case-work";
import { writeClassLife } from "./class-life";
import type { Run } from "./context";
import { writeForum } from "./forum";
import { writeOrganisation, writeSchoolRegister } from "./organisation";
import { BulkWriter, type TableName } from "./writer";

export type GeneratorOptions = {
  schools: number;
  pupils: number;
  seed: number;
  /** Scales every pupil's absence rate (1: the Danish distribution as it is). */
  absenceRateMultiplier: number;
  /** The day the data is built around: the year of use ends here. */
  today: Date;
  /** The schools split into this many municipalities, each with its consultant (default 1). */
  municipalities?: number;
};

export type GenerationReport = { counts: Record<TableName, number>; milliseconds: number };

export async function generateInto(
  databaseUrl: string,
  options: GeneratorOptions,
  log: (line: string) => void,
): Promise<GenerationReport> {
  const started = Date.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ schools: number }>(
      `SELECT count(*)::int AS schools FROM "School"`,
    );
    if (rows[0]!.schools > 0)
      throw new Error(
        `The database already has ${rows[0]!.schools} schools; the generator fills only an empty one.`,
      );
    await client.query("SET synchronous_commit = off");
    const writer = await BulkWriter.open(client);
    const startYear = Number(currentSchoolYear(options.today).slice(0, 4));
    const since = addDays(options.today, -365);
    const run: Run = {
      seed: options.seed,
      today: options.today,
      since,
      schoolDays: schoolDaysBetween(since, options.today),
      schoolYear: currentSchoolYear(options.today),
      schoolYearStart: new Date(Date.UTC(startYear, 7, 1)),
      absenceRateMultiplier: options.absenceRateMultiplier,
      writer,
    };
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const plans = writeOrganisation(run, { ...options, passwordHash });
    const every = Math.max(1, Math.round(plans.length / 10));
    for (const plan of plans) {
      const school = writeSchoolRegister(run, plan);
      const auditBefore = writer.counts().AuditLog;
      const absence = writeAbsence(run, school);
      const work = writeCaseWork(run, school, absence);
      writeForum(run, school, work);
      writeClassLife(run, school);
      writeEverydayReads(run, school, work.casePupils, writer.counts().AuditLog - auditBefore);
      await writer.drain();
      if ((plan.index + 1) % every === 0 || plan.index + 1 === plans.length)
        log(
          `  ${plan.index + 1}/${plans.length} schools generated (${Math.round((Date.now() - started) / 1000)} s)`,
        );
    }
    log("  Loading the tables in time order …");
    await writer.load(log);
    return { counts: writer.counts(), milliseconds: Date.now() - started };
  } finally {
    await client.end();
  }
}
