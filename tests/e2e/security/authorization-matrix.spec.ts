/**
 * Issue #6, item 1: every server action and every page of the app shell, called for real over
 * HTTP against the production build by every role — at its own school, from the other school,
 * and signed out — answers exactly as the policy table says (authorization-matrix.ts):
 * allowed; refused (forbidden or not found) with nothing written to the database and, where the
 * app records refusals, a DENIED audit row; or sent to sign-in (an action signed out: the form's
 * answer that asks to sign in, keeping what was typed). The actions are enumerated from
 * the build's server-reference-manifest.json and the pages from app/(app)/ on disk, so a new one
 * without a row fails the first test.
 *
 * These specs sit in tests/e2e/security/ so that they run after the flow specs (Playwright runs
 * one worker through the files in name order): the matrix's allowed calls change demo data that
 * those specs read.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { test, expect, type APIRequestContext } from "@playwright/test";
import type pg from "pg";
import type { Role } from "@/lib/generated/prisma/enums";
import da from "@/lib/i18n/messages/da/common";
import {
  ACTION_MATRIX,
  PAGE_MATRIX,
  ROUTE_MATRIX,
  actionAllowed,
  pageAllowed,
  routeAllowed,
  type RouteRow,
} from "./authorization-matrix";
import {
  BASE_URL,
  anonymousClient,
  callAction,
  changedTables,
  connectE2eDatabase,
  fetchPage,
  fingerprint,
  serverActionIds,
  signedInClient,
  type ActionResponse,
} from "./support/app-harness";
import { loadFixtures, type Fixtures } from "./support/demo-fixtures";

test.describe.configure({ mode: "serial" });

/** One demo user per role at Demoskolen, whose records every call aims at. */
const OWN_SCHOOL: { role: Role; email: string }[] = [
  { role: "TRIVSELSPERSON", email: "trivselsperson@demoskolen.dk" },
  { role: "LEADERSHIP", email: "leder@demoskolen.dk" },
  { role: "PPR", email: "ppr@demoskolen.dk" },
  { role: "HEALTH_NURSE", email: "sundhedsplejerske@demoskolen.dk" },
  { role: "FAMILY_COUNSELLOR", email: "raadgiver@demoskolen.dk" },
  { role: "SSP", email: "ssp@demoskolen.dk" },
  { role: "TEACHER", email: "laerer@demoskolen.dk" },
  { role: "ADMIN", email: "admin@demoskolen.dk" },
  { role: "MUNICIPALITY", email: "kommune@demoskolen.dk" },
];

/** Users working at Nordskolen (the PPR psychologist with Nordskolen chosen) aiming at Demoskolen. */
const OTHER_SCHOOL: { role: Role; email: string; alsoAtDemoskolen?: boolean }[] = [
  { role: "TRIVSELSPERSON", email: "trivselsperson@nordskolen.dk" },
  { role: "LEADERSHIP", email: "leder@nordskolen.dk" },
  { role: "ADMIN", email: "admin@nordskolen.dk" },
  { role: "PPR", email: "ppr@demoskolen.dk", alsoAtDemoskolen: true },
];

type Caller = { label: string; client: APIRequestContext; userId: string | null };

let db: pg.Client;
let anonymous: Caller;
const own = new Map<Role, Caller>();
const other: (Caller & { alsoAtDemoskolen: boolean })[] = [];

async function userId(email: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [
    email,
  ]);
  return rows[0]!.id;
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(180_000);
  db = await connectE2eDatabase();
  anonymous = { label: "signed out", client: await anonymousClient(), userId: null };
  for (const { role, email } of OWN_SCHOOL) {
    const client = await signedInClient(browser, email, "Demoskolen");
    own.set(role, { label: `${role} (Demoskolen)`, client, userId: await userId(email) });
  }
  for (const { role, email, alsoAtDemoskolen } of OTHER_SCHOOL) {
    const client = await signedInClient(browser, email, "Nordskolen");
    other.push({
      label: `${role} (Nordskolen)`,
      client,
      userId: await userId(email),
      alsoAtDemoskolen: Boolean(alsoAtDemoskolen),
    });
  }
});

test.afterAll(async () => {
  // The administrator who created the matrix's school is its first ADMIN: closed again, it no
  // longer puts a school picker between her and her home in the specs that run after this one.
  await db?.query(`UPDATE "School" SET active = false WHERE name = 'Matrixskolen'`);
  await db?.end();
});

type Outcome = "sign-in" | "forbidden" | "not-found" | "invalid" | "error" | "ok";

function outcomeOf(response: ActionResponse): Outcome {
  if (response.redirect?.startsWith("/login")) return "sign-in";
  // selectSchool answers a school that is not the user's with the picker again.
  if (response.redirect?.startsWith("/select-school")) return "forbidden";
  if (response.redirect) return "ok";
  if (response.status >= 400) return "error";
  // The action's return value: row 0 points at it ("a":"$@<row>"), that row holds the form state.
  const pointer = /^0:\{"a":"\$@([0-9a-f]+)"/m.exec(response.body);
  if (!pointer) return "ok"; // an action that returns nothing
  const row = new RegExp(`^${pointer[1]}:(.*)$`, "m").exec(response.body);
  const state = row
    ? (JSON.parse(row[1]!) as { status?: string; message?: string; signedOut?: boolean })
    : {};
  // Without a session the form keeps what was typed and asks to sign in (decisions/0037).
  if (state.signedOut === true && state.message === da.errors.signedOut) return "sign-in";
  if (state.status !== "error") return "ok";
  if (state.message === da.errors.forbidden) return "forbidden";
  if (state.message === da.errors.notFound) return "not-found";
  if (state.message === da.errors.fixFields) return "invalid";
  return "error";
}

/** What a refusal says about the call, for the failure message. */
function detail(response: ActionResponse): string {
  return `${response.status} ${response.redirect ?? ""} ${response.body.slice(-400)}`;
}

/** The newest audit row id: the rows after it are those the next call writes. */
async function lastAuditId(): Promise<string> {
  const { rows } = await db.query<{ id: string | null }>(
    `SELECT max(id)::text AS id FROM "AuditLog"`,
  );
  return rows[0]!.id ?? "0";
}

/**
 * A refusal leaves exactly one audit row by the caller, DENIED, naming the caller's school and
 * roles and the request (docs/decisions/0023) — the same for a refused permission and for a
 * record outside the caller's scope. (Picking a school that is not one's own happens before
 * there is a school or a role: that row names the school tried.) Anything else is a problem.
 */
async function refusalAuditProblem(caller: Caller, after: string): Promise<string | null> {
  const { rows } = await db.query<{
    outcome: string;
    action: string;
    schoolId: string | null;
    roles: string;
    requestId: string | null;
    entityId: string | null;
  }>(
    `SELECT outcome, action, "schoolId", roles::text AS roles, "requestId", "entityId" FROM "AuditLog"
      WHERE id > $1 AND "actorId" = $2 ORDER BY id`,
    [after, caller.userId],
  );
  const denied = rows.filter((row) => row.outcome === "DENIED");
  if (rows.length !== 1 || denied.length !== 1) {
    return `wrote ${denied.length} DENIED and ${rows.length - denied.length} other audit rows (${rows.map((row) => `${row.outcome} ${row.action}`).join(", ")}), not one DENIED row`;
  }
  const row = denied[0]!;
  const atSchool = row.action !== "auth.select-school";
  if (!row.requestId || (atSchool ? !row.schoolId || row.roles === "{}" : !row.entityId)) {
    return `DENIED row without school, roles or request id: ${JSON.stringify(row)}`;
  }
  return null;
}

function pagesOnDisk(): string[] {
  const root = path.resolve("app/(app)");
  return (readdirSync(root, { recursive: true }) as string[])
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => file === "page.tsx" || file.endsWith("/page.tsx"))
    .sort();
}

function routesOnDisk(): string[] {
  const root = path.resolve("app");
  return (readdirSync(root, { recursive: true }) as string[])
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => file.endsWith("/route.ts"))
    .sort();
}

test("every server action, page and route handler has a row in the matrix, and every row is real", () => {
  const built = [...serverActionIds().keys()].sort();
  const actionRows = ACTION_MATRIX.map((row) => row.action).sort();
  expect(built.length).toBeGreaterThan(50);
  expect(actionRows, "actions in the build without a row (or rows for no action)").toEqual(built);

  const pageRows = PAGE_MATRIX.map((row) => row.page).sort();
  expect(pageRows, "pages under app/(app) without a row (or rows for no page)").toEqual(
    pagesOnDisk(),
  );

  const routeRows = ROUTE_MATRIX.map((row) => row.route).sort();
  expect(routeRows, "route handlers without a row (or rows for no route)").toEqual(routesOnDisk());
});

test("every server action: allowed, refused without a write, or sent to sign-in — as the policy says", async () => {
  test.setTimeout(600_000);
  const ids = serverActionIds();
  const problems: string[] = [];
  let checked = 0;
  let refusalsAudited = 0;
  let invalidCrossSchool = 0;

  for (const row of ACTION_MATRIX) {
    const actionId = ids.get(row.action);
    if (!actionId) throw new Error(`${row.action} is not in the build`);
    const fixtures = await loadFixtures(db);
    const fields = row.fields(fixtures);
    const call = (caller: Caller, values = fields) =>
      callAction(caller.client, actionId, values, { formDataOnly: row.formDataOnly });

    // Everyone who must be refused, then: has anything changed?
    const before = await fingerprint(db);
    const signedOut = await call(anonymous);
    checked++;
    const signedOutOutcome = outcomeOf(signedOut);
    if (row.permission === "anyone") {
      if (signedOutOutcome !== "ok")
        problems.push(`${row.action}: signed out got ${signedOutOutcome}`);
    } else if (signedOutOutcome !== "sign-in") {
      problems.push(`${row.action}: signed out got ${signedOutOutcome}, not sign-in`);
    }

    const refused: Caller[] = [
      ...OWN_SCHOOL.filter(({ role }) => !actionAllowed(row, role)).map(({ role }) =>
        own.get(role)!,
      ),
      ...(row.crossSchool === "own-school"
        ? []
        : other.filter(
            (caller) => !(caller.alsoAtDemoskolen && row.action.endsWith("#selectSchool")),
          )),
    ];
    for (const caller of refused) {
      const after = await lastAuditId();
      const response = await call(caller);
      checked++;
      const outcome = outcomeOf(response);
      const crossSchool = caller.label.includes("Nordskolen");
      const acceptable: Outcome[] = crossSchool
        ? ["forbidden", "not-found", "invalid"]
        : ["forbidden", "not-found"];
      if (!acceptable.includes(outcome)) {
        problems.push(
          `${row.action}: ${caller.label} was not refused (${outcome}): ${detail(response)}`,
        );
      } else if (outcome === "forbidden" || outcome === "not-found") {
        // Refused by permission or by scope: either way one DENIED row, and nothing else.
        const problem = await refusalAuditProblem(caller, after);
        if (problem) problems.push(`${row.action}: ${caller.label} (${outcome}) ${problem}`);
        else refusalsAudited++;
      } else {
        invalidCrossSchool++;
      }
    }
    const changed = changedTables(before, await fingerprint(db));
    if (changed.length > 0) {
      problems.push(`${row.action}: refused calls changed ${changed.join(", ")}`);
    }

    // Everyone the policy allows: the call goes through (fresh versions, as a form would carry).
    for (const { role } of OWN_SCHOOL.filter(({ role }) => actionAllowed(row, role))) {
      const response = await call(own.get(role)!, row.fields(await loadFixtures(db)));
      checked++;
      const outcome = outcomeOf(response);
      if (outcome !== "ok") {
        problems.push(`${row.action}: ${role} is allowed but got ${outcome}: ${detail(response)}`);
      }
    }
  }

  console.log(
    `authorization matrix: ${ACTION_MATRIX.length} actions, ${checked} calls checked, ` +
      `${refusalsAudited} refusals with their one DENIED row, ` +
      `${invalidCrossSchool} cross-school calls refused by validation`,
  );
  expect(problems).toEqual([]);
});

test("every page: shown, not found, or sent to sign-in — as the policy says", async () => {
  test.setTimeout(600_000);
  const fixtures: Fixtures = await loadFixtures(db);
  const problems: string[] = [];
  let checked = 0;
  let refusalsAudited = 0;

  for (const row of PAGE_MATRIX) {
    const url = row.path(fixtures);
    const signedOut = await fetchPage(anonymous.client, url);
    checked++;
    if (!(
      signedOut.status >= 300 &&
      signedOut.status < 400 &&
      signedOut.location?.includes("/login")
    )) {
      problems.push(`${row.page}: signed out got ${signedOut.status} ${signedOut.location ?? ""}`);
    }
    for (const { role } of OWN_SCHOOL.filter(({ role }) => pageAllowed(row, role))) {
      const response = await fetchPage(own.get(role)!.client, url);
      checked++;
      const shown =
        response.status === 200 ||
        (response.status >= 300 && response.status < 400 && !response.location?.includes("/login"));
      if (!shown) problems.push(`${row.page}: ${role} allowed but got ${response.status}`);
    }
    // Everyone refused — a role without the permission, another school's user — gets 404 and
    // leaves one DENIED row apiece.
    const refusedHere: Caller[] = [
      ...OWN_SCHOOL.filter(({ role }) => !pageAllowed(row, role)).map(({ role }) => own.get(role)!),
      ...(row.crossSchool === "own-school" ? [] : other),
    ];
    for (const caller of refusedHere) {
      const after = await lastAuditId();
      const response = await fetchPage(caller.client, url);
      checked++;
      if (response.status !== 404) {
        problems.push(`${row.page}: ${caller.label} must get 404, got ${response.status}`);
        continue;
      }
      const problem = await refusalAuditProblem(caller, after);
      if (problem) problems.push(`${row.page}: ${caller.label} ${problem}`);
      else refusalsAudited++;
    }
  }

  console.log(
    `page matrix: ${PAGE_MATRIX.length} pages, ${checked} requests checked, ` +
      `${refusalsAudited} refusals with their one DENIED row`,
  );
  expect(problems).toEqual([]);
});

/** A route handler called as the app's own pages call it (same origin). */
async function callRoute(client: APIRequestContext, row: RouteRow, fixtures: Fixtures) {
  const response = await client.fetch(row.path(fixtures), {
    method: row.method ?? "GET",
    headers: { Origin: BASE_URL },
    data: row.body?.(fixtures),
    maxRedirects: 0,
  });
  return { status: response.status(), body: await response.text() };
}

test("every route handler: answered, refused without a write, or 401 — as the policy says", async () => {
  test.setTimeout(300_000);
  const fixtures: Fixtures = await loadFixtures(db);
  const problems: string[] = [];
  let checked = 0;
  let refusalsAudited = 0;

  for (const row of ROUTE_MATRIX.filter((row) => row.permission !== "next-auth")) {
    const before = await fingerprint(db);
    const signedOut = await callRoute(anonymous.client, row, fixtures);
    checked++;
    if (signedOut.status !== 401) {
      problems.push(`${row.route}: signed out got ${signedOut.status}, not 401`);
    }
    const refused: Caller[] = [
      ...OWN_SCHOOL.filter(({ role }) => !routeAllowed(row, role)).map(({ role }) =>
        own.get(role)!,
      ),
      ...(row.crossSchool === "own-school" ? [] : other),
    ];
    for (const caller of refused) {
      const after = await lastAuditId();
      const response = await callRoute(caller.client, row, fixtures);
      checked++;
      // Another school's user aims at Demoskolen's ids: it is not there for her (404).
      const crossSchool = caller.label.includes("Nordskolen");
      const expected = crossSchool ? 404 : row.refusedWith;
      if (response.status !== expected) {
        problems.push(`${row.route}: ${caller.label} got ${response.status}, not ${expected}`);
      } else {
        // Refused by permission or by scope, audited whatever the answer says to the caller.
        const problem = await refusalAuditProblem(caller, after);
        if (problem) problems.push(`${row.route}: ${caller.label} ${problem}`);
        else refusalsAudited++;
      }
    }
    const changed = changedTables(before, await fingerprint(db));
    if (changed.length > 0)
      problems.push(`${row.route}: refused calls changed ${changed.join(", ")}`);

    for (const { role } of OWN_SCHOOL.filter(({ role }) => routeAllowed(row, role))) {
      const response = await callRoute(own.get(role)!.client, row, fixtures);
      checked++;
      if (response.status !== 200) {
        problems.push(`${row.route}: ${role} is allowed but got ${response.status}`);
      } else if (response.body.includes('"type":"error"')) {
        problems.push(`${row.route}: ${role} is allowed but got ${response.body.slice(0, 200)}`);
      }
    }
  }

  console.log(
    `route matrix: ${ROUTE_MATRIX.length} route handlers, ${checked} requests checked, ` +
      `${refusalsAudited} refusals with their one DENIED row`,
  );
  expect(problems).toEqual([]);
});
