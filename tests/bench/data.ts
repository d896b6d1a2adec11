/**
 * The data a benchmark measures: a throwaway copy of a generated database, and the subjects found
 * in it (the school, the pupil with the longest timeline, a forum meeting, the users). Shared by
 * the benchmark (run.ts), the profiler (profile.ts) and the plans (explain.ts).
 */
import pg from "pg";
import { withClient } from "@/lib/cli/backup";

/** The generated municipality at `scale` (1 = 50 schools, 25,000 pupils), seed 1. */
export function municipalityAtScale(scale: number): {
  schools: number;
  pupils: number;
  seed: number;
} {
  return {
    schools: Math.max(1, Math.round(50 * scale)),
    pupils: Math.round(25_000 * scale),
    seed: 1,
  };
}

/** `--name value` from the command line of a bench script. */
export function cliOption(name: string): string | undefined {
  const args = process.argv.slice(2);
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

export type Subjects = {
  schoolName: string;
  timelinePupilId: string;
  timelineEntries: number;
  meetingId: string;
  trivselsperson: string;
  leader: string;
  municipal: string;
  externalIds: string[];
};

/** A page the tools ask for by name: who asks for it, and its address in the data. */
export type PageSpec = {
  /** As the benchmark's table names it. */
  title: (subjects: Subjects) => string;
  user: keyof Subjects;
  path: (subjects: Subjects) => string;
  /** The route the path is an instance of, as the build names it: `/pupils/[id]`. */
  route: string;
  /** The issue's own limit for the page at p50 (the dashboards: 100 ms), if any. */
  limitMs?: number;
};

/**
 * The pages the benchmark measures, in its table's order, and the profiler and the interleaved
 * comparison know by name. The lightest signed-in page is not one of the issue's: it is the
 * floor every page stands on (the proxy, the session, the user's row, the layout).
 */
export const PAGES_BY_NAME: Record<string, PageSpec> = {
  light: {
    title: () => "lightest signed-in page",
    user: "trivselsperson",
    path: () => "/class-conferences",
    route: "/class-conferences",
  },
  worklist: {
    title: () => "worklist",
    user: "trivselsperson",
    path: () => "/worklist",
    route: "/worklist",
  },
  timeline: {
    title: (s) => `pupil timeline (${s.timelineEntries} entries)`,
    user: "trivselsperson",
    path: (s) => `/pupils/${s.timelinePupilId}`,
    route: "/pupils/[id]",
  },
  forum: {
    title: () => "forum meeting",
    user: "trivselsperson",
    path: (s) => `/forum/${s.meetingId}`,
    route: "/forum/[id]",
  },
  dashboard: {
    title: () => "leadership dashboard",
    user: "leader",
    path: () => "/dashboard",
    route: "/dashboard",
    limitMs: 100,
  },
  municipality: {
    title: () => "municipality dashboard",
    user: "municipal",
    path: () => "/municipality",
    route: "/municipality",
    limitMs: 100,
  },
};

/** What the benchmark looks at, found in the data (generated or demo alike). */
export async function findSubjects(databaseUrl: string): Promise<Subjects> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const one = async <T extends object>(sql: string, params: unknown[] = []): Promise<T> => {
      const { rows } = await client.query<T>(sql, params);
      if (!rows[0]) throw new Error(`The data has nothing for: ${sql}`);
      return rows[0];
    };
    const pupil = await one<{ pupilId: string; schoolId: string; entries: number; name: string }>(
      `SELECT e."pupilId", e."schoolId", count(*)::int AS entries, s.name
         FROM "CaseEntry" e JOIN "School" s ON s.id = e."schoolId"
        GROUP BY e."pupilId", e."schoolId", s.name ORDER BY entries DESC, e."pupilId" LIMIT 1`,
    );
    // Users with one role at one school: a user with several picks the school after signing in
    // (the school cookie, /select-school), which the benchmark's sessions do not go through.
    const userWith = (role: string, schoolId: string | null) =>
      one<{ email: string }>(
        `SELECT u.email FROM "User" u JOIN "UserSchoolRole" r ON r."userId" = u.id
          WHERE r.role = $1::"Role" AND ($2::uuid IS NULL OR r."schoolId" = $2::uuid) AND u.active
            AND (SELECT count(*) FROM "UserSchoolRole" o WHERE o."userId" = u.id) = 1
          ORDER BY u.email LIMIT 1`,
        [role, schoolId],
      );
    const municipal = await userWith("MUNICIPALITY", null);
    const meeting = await one<{ id: string }>(
      `SELECT m.id FROM "ForumMeeting" m
        WHERE m."schoolId" = $1
          AND EXISTS (SELECT 1 FROM "AgendaItem" i WHERE i."meetingId" = m.id AND i.kind = 'PUPIL')
        ORDER BY (m.status = 'PLANNED') DESC, m."startsAt" DESC LIMIT 1`,
      [pupil.schoolId],
    );
    const { rows: pupils } = await client.query<{ externalId: string }>(
      `SELECT "externalId" FROM "Pupil" WHERE "schoolId" = $1 AND active ORDER BY "externalId"`,
      [pupil.schoolId],
    );
    return {
      schoolName: pupil.name,
      timelinePupilId: pupil.pupilId,
      timelineEntries: pupil.entries,
      meetingId: meeting.id,
      trivselsperson: (await userWith("TRIVSELSPERSON", pupil.schoolId)).email,
      leader: (await userWith("LEADERSHIP", pupil.schoolId)).email,
      municipal: municipal.email,
      externalIds: pupils.map((row) => row.externalId),
    };
  } finally {
    await client.end();
  }
}

/**
 * A copy of the generated database for one run (PostgreSQL copies its files: seconds, where
 * generating takes minutes). The run writes — concerns, imported absence, audit lines — and
 * without the copy each run would measure the data the runs before it left behind.
 */
export async function throwawayCopy(
  url: string,
  name: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const template = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const copy = new URL(url);
  copy.pathname = `/${name}`;
  const started = performance.now();
  await withClient(admin.toString(), async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
    await client.query(
      `CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(template)} STRATEGY FILE_COPY`,
    );
  });
  console.log(`  copied for this run in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return {
    url: copy.toString(),
    drop: () =>
      withClient(admin.toString(), async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
      }),
  };
}
