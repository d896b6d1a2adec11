/**
 * Issue #6, item 2: no role receives the content of an entry it may not read — not in the HTML,
 * and not in the React Server Components payload (the same page fetched with `RSC: 1`, as client
 * navigation does), which can carry props the HTML never shows.
 *
 * The test writes a sentinel note at every confidentiality level, by every profession, on two
 * pupils of Demoskolen — one whose consent covers the forum and who is on a forum agenda, one
 * without consent — then fetches each pupil's pages and the forum pages as every role. Each
 * sentinel must be there exactly when lib/auth/policy.ts `canReadEntryContent` says the role may
 * read it (so the test fails both ways), and never anywhere else.
 */
import { randomUUID } from "node:crypto";
import { test, expect, type APIRequestContext } from "@playwright/test";
import type pg from "pg";
import { canReadEntryContent, can, type Actor } from "@/lib/auth/policy";
import type { Confidentiality, Role } from "@/lib/generated/prisma/enums";
import { connectE2eDatabase, fetchPage, signedInClient } from "./support/app-harness";

test.describe.configure({ mode: "serial" });

const READERS: { role: Role; email: string; school: string }[] = [
  { role: "TRIVSELSPERSON", email: "trivselsperson@demoskolen.dk", school: "Demoskolen" },
  { role: "LEADERSHIP", email: "leder@demoskolen.dk", school: "Demoskolen" },
  { role: "PPR", email: "ppr@demoskolen.dk", school: "Demoskolen" },
  { role: "HEALTH_NURSE", email: "sundhedsplejerske@demoskolen.dk", school: "Demoskolen" },
  { role: "FAMILY_COUNSELLOR", email: "raadgiver@demoskolen.dk", school: "Demoskolen" },
  { role: "SSP", email: "ssp@demoskolen.dk", school: "Demoskolen" },
  { role: "TEACHER", email: "laerer@demoskolen.dk", school: "Demoskolen" },
  { role: "ADMIN", email: "admin@demoskolen.dk", school: "Demoskolen" },
  { role: "MUNICIPALITY", email: "kommune@demoskolen.dk", school: "Demoskolen" },
  // The other school's trivselsperson: nothing of Demoskolen's, whatever the level.
  { role: "TRIVSELSPERSON", email: "trivselsperson@nordskolen.dk", school: "Nordskolen" },
];

/** Who writes the sentinels: one of each profession, and private notes of two of them. */
const AUTHORS: { email: string; role: Role; levels: Confidentiality[] }[] = [
  {
    email: "trivselsperson@demoskolen.dk",
    role: "TRIVSELSPERSON",
    levels: ["CASE", "FORUM", "PROFESSION", "PRIVATE"],
  },
  { email: "ppr@demoskolen.dk", role: "PPR", levels: ["PROFESSION", "PRIVATE"] },
  { email: "sundhedsplejerske@demoskolen.dk", role: "HEALTH_NURSE", levels: ["PROFESSION"] },
  { email: "raadgiver@demoskolen.dk", role: "FAMILY_COUNSELLOR", levels: ["PROFESSION"] },
  { email: "ssp@demoskolen.dk", role: "SSP", levels: ["PROFESSION", "FORUM"] },
];

type Sentinel = {
  text: string;
  entryId: string;
  pupil: "consented" | "unconsented";
  confidentiality: Confidentiality;
  authorId: string;
  authorRole: Role;
};

type Reader = { label: string; role: Role; actor: Actor; client: APIRequestContext };

let db: pg.Client;
const sentinels: Sentinel[] = [];
const readers: Reader[] = [];
let schoolId: string;
const pupils = { consented: "", unconsented: "" };
let forumItem: { meetingId: string; itemId: string };

async function oneRow<T>(sql: string, params: unknown[] = []): Promise<T> {
  const { rows } = await db.query(sql, params);
  if (!rows[0]) throw new Error(`no row for: ${sql}`);
  return rows[0] as T;
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  db = await connectE2eDatabase();
  ({ id: schoolId } = await oneRow<{ id: string }>(
    `SELECT id FROM "School" WHERE name = 'Demoskolen'`,
  ));

  // A pupil on a forum agenda whose consent covers the forum today, and one with no consent.
  const consented = await oneRow<{ pupilId: string; meetingId: string; itemId: string }>(
    `SELECT a."pupilId", a."meetingId", a.id AS "itemId" FROM "AgendaItem" a
       JOIN "ForumMeeting" m ON m.id = a."meetingId"
      WHERE m."schoolId" = $1 AND a.kind = 'PUPIL'
        AND NOT EXISTS (SELECT 1 FROM "ForumParticipant" p WHERE p."meetingId" = m.id AND p."adHoc")
        AND EXISTS (SELECT 1 FROM "Consent" c WHERE c."pupilId" = a."pupilId" AND c.decision = 'GIVEN'
              AND c."withdrawnOn" IS NULL AND 'FORUM' = ANY(c.scopes)
              AND c."validFrom" <= current_date AND c."validUntil" >= current_date
              AND NOT EXISTS (SELECT 1 FROM "Consent" n WHERE n."supersedesId" = c.id))
      ORDER BY m."startsAt" DESC LIMIT 1`,
    [schoolId],
  );
  pupils.consented = consented.pupilId;
  forumItem = { meetingId: consented.meetingId, itemId: consented.itemId };
  pupils.unconsented = (
    await oneRow<{ id: string }>(
      `SELECT p.id FROM "Pupil" p WHERE p."schoolId" = $1 AND p.active
          AND NOT EXISTS (SELECT 1 FROM "Consent" c WHERE c."pupilId" = p.id)
          AND NOT EXISTS (SELECT 1 FROM "AgendaItem" a WHERE a."pupilId" = p.id)
        ORDER BY p."lastName", p."firstName" LIMIT 1`,
      [schoolId],
    )
  ).id;

  const run = randomUUID().slice(0, 8);
  for (const author of AUTHORS) {
    const { id: authorId } = await oneRow<{ id: string }>(
      `SELECT id FROM "User" WHERE email = $1`,
      [author.email],
    );
    for (const confidentiality of author.levels) {
      for (const pupil of ["consented", "unconsented"] as const) {
        const text = `SENTINEL-${confidentiality}-${author.role}-${pupil}-${run}`;
        const { id } = await oneRow<{ id: string }>(
          `INSERT INTO "CaseEntry" (id, "schoolId", "pupilId", "authorId", "authorRole", kind,
              confidentiality, "occurredOn", title, details, "updatedAt")
           VALUES (gen_random_uuid(), $1, $2, $3, $4, 'NOTE', $5, current_date, $6, $7, now())
           RETURNING id`,
          [
            schoolId,
            pupils[pupil],
            authorId,
            author.role,
            confidentiality,
            `${text}-title`,
            JSON.stringify({ text: `${text}-text` }),
          ],
        );
        sentinels.push({
          text,
          entryId: id,
          pupil,
          confidentiality,
          authorId,
          authorRole: author.role,
        });
      }
    }
  }

  for (const { role, email, school } of READERS) {
    const user = await oneRow<{ id: string; schoolId: string }>(
      `SELECT u.id, s.id AS "schoolId" FROM "User" u, "School" s WHERE u.email = $1 AND s.name = $2`,
      [email, school],
    );
    readers.push({
      label: `${role} (${school})`,
      role,
      actor: {
        userId: user.id,
        name: email,
        email,
        schoolId: user.schoolId,
        schoolName: school,
        municipalityId: "",
        roles: [role],
      },
      client: await signedInClient(browser, email, school),
    });
  }
});

test.afterAll(async () => {
  await db?.end();
});

/** What the policy lets the reader read of a sentinel (the consented pupil's consent covers the forum). */
function mayRead(reader: Reader, sentinel: Sentinel): boolean {
  return canReadEntryContent(
    reader.actor,
    {
      schoolId,
      confidentiality: sentinel.confidentiality,
      authorId: sentinel.authorId,
      authorRole: sentinel.authorRole,
    },
    { forumConsentActive: sentinel.pupil === "consented" },
  );
}

/** Every sentinel the body carries. */
function leaked(body: string): string[] {
  return sentinels.filter((sentinel) => body.includes(sentinel.text)).map((s) => s.text);
}

test("the pupil's page carries exactly the entries each role may read, in HTML and RSC payload", async () => {
  test.setTimeout(300_000);
  const problems: string[] = [];
  let readable = 0;
  for (const reader of readers) {
    for (const pupil of ["consented", "unconsented"] as const) {
      for (const kind of ["html", "rsc"] as const) {
        const response = await fetchPage(reader.client, `/pupils/${pupils[pupil]}`, kind);
        const found = new Set(leaked(response.body));
        for (const sentinel of sentinels) {
          const shouldSee = sentinel.pupil === pupil && mayRead(reader, sentinel);
          if (shouldSee) readable++;
          if (shouldSee && !found.has(sentinel.text)) {
            problems.push(`${reader.label} ${kind} /pupils (${pupil}): misses ${sentinel.text}`);
          }
          if (!shouldSee && found.has(sentinel.text)) {
            problems.push(`${reader.label} ${kind} /pupils (${pupil}): LEAKS ${sentinel.text}`);
          }
        }
        // The page opens exactly for those who may open a record of their own school (an RSC
        // request answers 200 either way, with the not-found page in its payload).
        const opens = can(reader.actor, "pupil:open-record") && reader.actor.schoolId === schoolId;
        if (kind === "html" && opens !== (response.status === 200)) {
          problems.push(`${reader.label} ${kind} /pupils (${pupil}): status ${response.status}`);
        }
      }
    }
  }
  // The test can fail both ways: some readers must see some sentinels.
  expect(readable).toBeGreaterThan(20);
  expect(problems).toEqual([]);
});

test("the pupil's sub-pages and each entry's pages leak nothing the role may not read", async () => {
  test.setTimeout(300_000);
  const problems: string[] = [];
  for (const reader of readers) {
    const paths = (["consented", "unconsented"] as const).flatMap((pupil) => [
      `/pupils/${pupils[pupil]}/absence`,
      `/pupils/${pupils[pupil]}/consents`,
      `/pupils/${pupils[pupil]}/entries/new?kind=NOTIFICATION`,
    ]);
    for (const sentinel of sentinels.filter((s) => !mayRead(reader, s))) {
      const base = `/pupils/${pupils[sentinel.pupil]}/entries/${sentinel.entryId}`;
      paths.push(`${base}/edit`, `${base}/history`);
    }
    for (const path of paths) {
      for (const kind of ["html", "rsc"] as const) {
        const response = await fetchPage(reader.client, path, kind);
        const forbidden = leaked(response.body).filter(
          (text) =>
            !mayRead(
              reader,
              sentinels.find((s) => s.text === text)!,
            ),
        );
        if (forbidden.length > 0) {
          problems.push(`${reader.label} ${kind} ${path}: LEAKS ${forbidden.join(", ")}`);
        }
      }
    }
  }
  expect(problems).toEqual([]);
});

test("forum pages show only entries shared with the forum, and only to its members", async () => {
  test.setTimeout(300_000);
  const problems: string[] = [];
  const shared = sentinels.filter((s) => s.pupil === "consented" && s.confidentiality === "FORUM");
  expect(shared.length).toBeGreaterThan(0);
  const { meetingId, itemId } = forumItem;
  for (const reader of readers) {
    for (const path of [
      `/forum/${meetingId}`,
      `/forum/${meetingId}/print`,
      `/forum/${meetingId}/items/${itemId}`,
    ]) {
      for (const kind of ["html", "rsc"] as const) {
        const response = await fetchPage(reader.client, path, kind);
        const found = leaked(response.body);
        const beyondForum = found.filter((text) => !shared.some((s) => s.text === text));
        if (beyondForum.length > 0) {
          problems.push(`${reader.label} ${kind} ${path}: LEAKS ${beyondForum.join(", ")}`);
        }
        const member = reader.actor.schoolId === schoolId && can(reader.actor, "forum:participate");
        if (!member && found.length > 0) {
          problems.push(`${reader.label} ${kind} ${path}: LEAKS ${found.join(", ")}`);
        }
        // The agenda item itself shows its members what the forum shares.
        if (member && path.includes("/items/")) {
          for (const sentinel of shared) {
            if (!found.includes(sentinel.text)) {
              problems.push(`${reader.label} ${kind} ${path}: misses ${sentinel.text}`);
            }
          }
        }
      }
    }
  }
  expect(problems).toEqual([]);
});
