/**
 * Every server action, fed random input through its real wrapper (lib/actions/form-action.ts)
 * against the real PostgreSQL with the demo schools in it. Whatever comes in — unicode, control
 * characters, 100 000-character strings, ids that do not exist or belong to the other school,
 * lists where one value was expected, `__proto__` and extra fields such as `schoolId` — an action
 * answers with a validation error or a domain refusal, or does its work. Never an unexpected
 * exception; never a write when it refused; never a row put in another school or under another
 * author than the actor (mass assignment).
 *
 * The list of actions is not kept by hand: every export of every `app/**\/*actions.ts` is tested,
 * and an export this file cannot reach the schema of fails the test.
 */
import fc from "fast-check";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { describeFormAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { addAgendaItemInput } from "@/lib/forum/schemas";
import type { Role } from "@/lib/generated/prisma/enums";
import { createTranslator, messagesFor } from "@/lib/i18n";
import { formDataToObject } from "@/lib/validation";
import { seedDemo } from "@/prisma/seed";
import { actorAt } from "../support/factories";

const NUM_RUNS = Number(process.env.ACTION_INPUT_RUNS ?? 1000);

// ─── The request around an action: who is signed in, the language, cookies ─────────────────
// Next's request context does not exist in a test; these stand in for it. The database is real.

const request = vi.hoisted(() => ({
  actor: null as Actor | null,
  cookies: new Map<string, string>(),
}));

vi.mock("@/lib/auth/session", () => ({
  SCHOOL_COOKIE: "trivsel-school",
  getActor: async () => request.actor,
  getPendingSecondFactor: async () => null,
  recordSecondFactorInSession: async () => {},
  getSignedInUser: async () =>
    request.actor
      ? {
          id: request.actor.userId,
          schools: [{ schoolId: request.actor.schoolId, roles: [...request.actor.roles] }],
        }
      : null,
}));
vi.mock("@/lib/i18n/server", async () => {
  const i18n = await import("@/lib/i18n");
  return {
    getLocale: async () => "da",
    getT: async () => i18n.createTranslator(i18n.messagesFor("da")),
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) =>
      request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined,
    set: (name: string, value: string) => void request.cookies.set(name, value),
  }),
  headers: async () => new Headers(),
}));

const t = createTranslator(messagesFor("da"));

// Thousands of small transactions: this file's own database commits without waiting for the
// disk (durability is not under test here), before the app's pool opens its first connection.
{
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const name = client.escapeIdentifier(new URL(process.env.DATABASE_URL!).pathname.slice(1));
  await client.query(`ALTER DATABASE ${name} SET synchronous_commit = off`);
  await client.end();
}

// ─── The actions ───────────────────────────────────────────────────────────────────────────

type AnyAction = (...args: never[]) => Promise<unknown>;
type Row = { file: string; name: string; action: AnyAction; schema: z.ZodType; plain: boolean };

/**
 * Exports that are not built by `formAction` directly, with the schema they parse with. A new
 * action that is neither fails "every exported action has a schema".
 */
const NOT_FORM_ACTIONS: Record<string, { schema: z.ZodType; plain?: boolean }> = {
  // Wraps formAction per call to tell a consent-gate refusal apart.
  addPupilItemAction: { schema: addAgendaItemInput },
  // (formData) => void preferences, not forms with a state.
  setLocale: { schema: z.object({ locale: z.enum(["da", "en"]) }), plain: true },
  selectSchool: { schema: z.object({ schoolId: z.uuid() }), plain: true },
  // The signed-in user's own second factor: no form state, called with whatever a client sends
  // (the browser sends a code string; a forged call sends anything else).
  startEnrolmentAction: { schema: z.object({}), plain: true },
  confirmEnrolmentAction: { schema: z.object({ code: z.string().max(16) }), plain: true },
  // The second factor after the identity provider: reads its two fields itself; a signed-in
  // caller (every caller here) has nothing pending and is sent on (docs/decisions/0022).
  giveSecondFactorAction: {
    schema: z.object({ code: z.unknown().optional(), callbackUrl: z.unknown().optional() }),
  },
};

const modules = import.meta.glob<Record<string, unknown>>("/app/**/*actions.ts");

async function loadActions(): Promise<{ rows: Row[]; unreachable: string[] }> {
  const rows: Row[] = [];
  const unreachable: string[] = [];
  for (const [file, load] of Object.entries(modules).sort()) {
    for (const [name, value] of Object.entries(await load())) {
      if (typeof value !== "function") continue;
      const described = describeFormAction(value) ?? NOT_FORM_ACTIONS[name];
      if (!described) unreachable.push(`${file}#${name}`);
      else
        rows.push({
          file,
          name,
          action: value as AnyAction,
          schema: described.schema,
          plain: "plain" in described ? Boolean(described.plain) : false,
        });
    }
  }
  return { rows, unreachable };
}

// ─── The data: both demo schools, every table's ids ────────────────────────────────────────

type Fixture = {
  actors: Actor[];
  idsByTable: Map<string, string[]>;
  allIds: string[];
  schoolIds: string[];
};

let fixture: Fixture;

async function loadFixture(): Promise<Fixture> {
  await seedDemo(db, { today: new Date("2026-11-21T00:00:00Z") });
  const memberships = await db.userSchoolRole.findMany({
    select: {
      role: true,
      user: { select: { id: true, name: true, email: true } },
      school: { select: { id: true, name: true, municipalityId: true } },
    },
  });
  const grouped = new Map<string, (typeof memberships)[number][]>();
  for (const membership of memberships) {
    const key = `${membership.user.id}/${membership.school.id}`;
    grouped.set(key, [...(grouped.get(key) ?? []), membership]);
  }
  const actors = [...grouped.values()].map((group) =>
    actorAt(
      group[0]!.user,
      group[0]!.school,
      group.map((membership) => membership.role as Role),
    ),
  );

  const tables = await db.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name::text AS table_name FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'id' AND data_type = 'uuid'`,
  );
  const idsByTable = new Map<string, string[]>();
  for (const { table_name } of tables) {
    const rows = await db.$queryRawUnsafe<{ id: string }[]>(
      `SELECT id::text FROM "${table_name}" ORDER BY random() LIMIT 40`,
    );
    idsByTable.set(
      table_name,
      rows.map((row) => row.id),
    );
  }
  const schoolIds = idsByTable.get("School") ?? [];
  return { actors, idsByTable, allIds: [...idsByTable.values()].flat(), schoolIds };
}

/** Every row an action wrote, with the row itself (a trigger on every table logs it). */
async function installWriteLog() {
  await db.$executeRawUnsafe(`CREATE TABLE test_writes (
    id bigserial PRIMARY KEY, tbl text NOT NULL, op text NOT NULL, new_row jsonb, old_row jsonb)`);
  await db.$executeRawUnsafe(`CREATE FUNCTION test_log_write() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO test_writes (tbl, op, new_row, old_row) VALUES (TG_TABLE_NAME, TG_OP,
        CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END,
        CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END);
      RETURN NULL;
    END $$`);
  const tables = await db.$queryRawUnsafe<{ tablename: string }[]>(
    `SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public'
      AND tablename NOT IN ('test_writes', '_prisma_migrations')`,
  );
  for (const { tablename } of tables)
    await db.$executeRawUnsafe(
      `CREATE TRIGGER test_log_write AFTER INSERT OR UPDATE OR DELETE ON "${tablename}"
        FOR EACH ROW EXECUTE FUNCTION test_log_write()`,
    );
}

type Write = {
  tbl: string;
  op: string;
  new_row: Record<string, unknown> | null;
  old_row: Record<string, unknown> | null;
};

/** Where the write log stood after the last run that was checked. */
type Mark = { value: bigint; pending: boolean };

async function expectNothingWrittenSince(mark: Mark, label: string) {
  const writes = await writesSince(mark);
  expect(
    writes.map((write) => `${write.op} ${write.tbl}`),
    `${label}: wrote without a valid input`,
  ).toEqual([]);
}

async function writeMark(): Promise<bigint> {
  const [row] = await db.$queryRawUnsafe<{ mark: bigint }[]>(
    `SELECT coalesce(max(id), 0)::bigint AS mark FROM test_writes`,
  );
  return row!.mark;
}

/** The rows written since the mark, which moves past them. */
async function writesSince(mark: Mark): Promise<Write[]> {
  const writes = await db.$queryRawUnsafe<(Write & { id: bigint })[]>(
    `SELECT id, tbl, op, new_row, old_row FROM test_writes WHERE id > $1 ORDER BY id`,
    mark.value,
  );
  if (writes.length > 0) mark.value = writes.at(-1)!.id;
  mark.pending = false;
  return writes;
}

// ─── Input: valid-looking values from each schema, and hostile ones ────────────────────────

type JsonSchema = {
  type?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
};

const hostileText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "\r\n\t",
    '\'; DROP TABLE "Pupil"; --',
    '=HYPERLINK("http://x.test")',
    "<script>alert(1)</script>",
    "__proto__",
    "NaN",
    "Infinity",
    "-1",
    "1e309",
    "9007199254740993",
    "2015-02-30",
    "0000-00-00",
    "99999-01-01",
    "00000000-0000-0000-0000-000000000000",
    "ffffffff-ffff-ffff-ffff-ffffffffffff",
    "on",
    "true",
    "null",
    "undefined",
    "{}",
    "[]",
  ),
  fc.nat({ max: 100_000 }).map((length) => "ø".repeat(length)),
  fc.uuid(),
);

const mass = fc.record(
  {
    schoolId: fc.oneof(fc.uuid(), fc.constant("SCHOOL")),
    role: fc.constantFrom("ADMIN", "LEADERSHIP"),
    roles: fc.constantFrom("ADMIN", "MUNICIPALITY"),
    authorId: fc.uuid(),
    createdById: fc.uuid(),
    raisedById: fc.uuid(),
    recordedById: fc.uuid(),
    userId: fc.uuid(),
    version: fc.constantFrom("1", "99", "0"),
    id: fc.uuid(),
    __proto__: fc.constantFrom("x", "y"),
    constructor: fc.constant("x"),
    toString: fc.constant("x"),
  },
  { requiredKeys: [] },
);

function idsFor(field: string, actionName: string): string[] {
  const tables = [...fixture.idsByTable.keys()];
  const stem = field.replace(/Ids?$/, "").toLowerCase();
  const users = fixture.idsByTable.get("User") ?? [];
  if (/^(leader|coordinator|followUpOwner|feedbackResponsible|responsible|user)$/i.test(stem))
    return users;
  let matches = tables.filter((table) => table.toLowerCase().endsWith(stem));
  if (stem === "" || matches.length === 0) {
    // `id`: the record the action is named after (updatePupilAction → Pupil).
    const action = actionName.toLowerCase();
    matches = tables.filter((table) =>
      action.includes(table.replace(/^(Case|Forum|ClassConference|Agenda)/, "").toLowerCase()),
    );
  }
  const ids = matches.flatMap((table) => fixture.idsByTable.get(table) ?? []);
  return ids.length > 0 ? ids : fixture.allIds;
}

function dayText(offsetDays: number): string {
  return new Date(Date.UTC(2026, 10, 21) + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

function plausible(schema: JsonSchema, field: string, actionName: string): fc.Arbitrary<unknown> {
  if (schema.anyOf) {
    const options = schema.anyOf.filter((option) => option.type !== "null");
    return fc.oneof(...options.map((option) => plausible(option, field, actionName)));
  }
  if (schema.const !== undefined) return fc.constant(String(schema.const));
  if (schema.enum) return fc.constantFrom(...schema.enum.map(String));
  switch (schema.type) {
    case "array":
      return fc.array(plausible(schema.items ?? {}, field, actionName), { maxLength: 4 });
    case "boolean":
      return fc.constantFrom("on", "true", "false");
    case "integer":
    case "number": {
      const min = Math.max(schema.minimum ?? 0, -1000);
      const max = Math.min(schema.maximum ?? 1000, Math.max(min, 0) + 50);
      return fc.integer({ min: min - 1, max: max + 1 }).map(String);
    }
  }
  // The agenda's order posts the pressed button's "<step>:<item id>" (lib/forum/schemas.ts).
  if (field === "arrange")
    return fc
      .tuple(
        fc.constantFrom("up", "down", "remove", "aside"),
        plausible({ format: "uuid" }, "agendaItemId", actionName),
      )
      .map(([step, itemId]) => `${step}:${String(itemId)}`);
  if (schema.format === "uuid" || /Ids?$/.test(field) || field === "responsible") {
    const ids = idsFor(field, actionName);
    return fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...ids) },
      { weight: 1, arbitrary: fc.constantFrom(...fixture.allIds) },
      { weight: 1, arbitrary: fc.uuid() },
      { weight: 1, arbitrary: fc.constantFrom("", "PARENTS", "PUPIL") },
    );
  }
  if (/Time$/.test(field))
    return fc.oneof(
      {
        weight: 8,
        arbitrary: fc
          .tuple(fc.integer({ min: 7, max: 16 }), fc.constantFrom("00", "30"))
          .map(([hour, minute]) => `${String(hour).padStart(2, "0")}:${minute}`),
      },
      { weight: 1, arbitrary: fc.constantFrom("", "24:00", "7.30") },
    );
  if (/(On|From|Until|^from|^to|^day|Date|Birth|At)$/.test(field))
    return fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: -400, max: 60 }).map(dayText) },
      { weight: 1, arbitrary: fc.constantFrom("", "2026-02-30", "21-11-2026") },
    );
  if (/email/i.test(field))
    return fc.oneof(
      fc.emailAddress(),
      fc.constantFrom("laerer@demoskolen.dk", "ledelse@demoskolen.dk", "ikke-en-mail"),
    );
  if (/phone/i.test(field)) return fc.constantFrom("+45 12 34 56 78", "12345678", "abc", "");
  if (/password/i.test(field)) return fc.constantFrom("et langt kodeord 123", "kort");
  if (field === "schoolYear") return fc.constantFrom("2026/27", "2025/26", "2026/28", "x");
  if (field === "lessons") return fc.integer({ min: -1, max: 12 }).map(String);
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? 200, min + 60);
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: "grapheme", minLength: min, maxLength: max }) },
    { weight: 1, arbitrary: fc.string({ minLength: min, maxLength: max }) },
    { weight: 1, arbitrary: fc.constant("x".repeat(schema.maxLength ?? 300) + "x") },
  );
}

type Input = Record<string, string | string[]>;

/** Every field name a schema reads, in any branch. */
function declaredFields(schema: JsonSchema): string[] {
  return [
    ...flatProperties(schema).map(([field]) => field),
    ...[...(schema.oneOf ?? []), ...(schema.allOf ?? []), ...(schema.anyOf ?? [])].flatMap(
      declaredFields,
    ),
  ];
}

/** The form is flat: a nested object (an entry's `details`) is filled from fields of its own. */
function flatProperties(schema: JsonSchema): [string, JsonSchema][] {
  return Object.entries(schema.properties ?? {}).flatMap(([field, property]) =>
    property.type === "object" && property.properties
      ? flatProperties(property)
      : [[field, property] as [string, JsonSchema]],
  );
}

function objectArbitrary(schema: JsonSchema, actionName: string): fc.Arbitrary<Input> {
  if (schema.oneOf)
    return fc.oneof(...schema.oneOf.map((branch) => objectArbitrary(branch, actionName)));
  if (schema.allOf)
    return fc
      .tuple(...schema.allOf.map((part) => objectArbitrary(part, actionName)))
      .map((parts) => Object.assign({}, ...parts) as Input);
  const properties = flatProperties(schema);
  const fields = Object.fromEntries(
    properties.map(([field, property]) => [field, plausible(property, field, actionName)]),
  );
  const valid = fc.record(fields, { requiredKeys: Object.keys(fields) }) as fc.Arbitrary<Input>;
  const sparse = fc.record(fields, { requiredKeys: [] }) as fc.Arbitrary<Input>;
  const names = properties.map(([field]) => field);
  const fieldName = names.length > 0 ? fc.constantFrom(...names) : fc.string();
  const broken = fc
    .tuple(valid, fieldName, fc.oneof(hostileText, fc.array(hostileText, { maxLength: 3 })))
    .map(([input, field, value]) => ({ ...input, [field]: value }) as Input);
  const random = fc.dictionary(
    fc.oneof(fieldName, fc.string({ maxLength: 8 }), fc.constantFrom("__proto__", "constructor")),
    fc.oneof(hostileText, fc.array(hostileText, { maxLength: 3 })),
    { maxKeys: 8 },
  ) as fc.Arbitrary<Input>;
  return fc
    .tuple(
      fc.oneof(
        { weight: 5, arbitrary: valid },
        { weight: 3, arbitrary: broken },
        { weight: 1, arbitrary: sparse },
        { weight: 1, arbitrary: random },
      ),
      fc.option(mass, { freq: 3 }),
    )
    .map(([input, extra]) => (extra ? { ...input, ...withMassFields(extra) } : input));
}

/** The extra fields go after the form's own, as a hand-made POST would send them. */
function withMassFields(extra: Record<string, string>): Input {
  const result: Input = {};
  for (const [key, value] of Object.entries(extra))
    Object.defineProperty(result, key, { value, enumerable: true, writable: true });
  return result;
}

function toFormData(input: Input): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(input))
    for (const item of Array.isArray(value) ? value : [value]) form.append(key, item);
  return form;
}

// ─── The checks ────────────────────────────────────────────────────────────────────────────

const AUTHOR_COLUMNS = ["authorId", "createdById", "raisedById", "recordedById", "enteredById"];

type Tally = Record<"invalid" | "refused" | "done", number>;

function isRedirect(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "digest" in error &&
    String((error as { digest: unknown }).digest).startsWith("NEXT_REDIRECT")
  );
}

async function callAction(row: Row, form: FormData): Promise<FormState | "redirected" | "void"> {
  try {
    if (row.plain) {
      await (row.action as unknown as (form: FormData) => Promise<void>)(form);
      return "void";
    }
    const action = row.action as unknown as (
      previous: FormState,
      form: FormData,
    ) => Promise<FormState>;
    return await action({ status: "idle" } as FormState, form);
  } catch (error) {
    if (isRedirect(error)) return "redirected";
    throw error;
  }
}

/** No row of another school, no row authored in someone else's name, no ownership moved. */
function expectNoMassAssignment(writes: Write[], actor: Actor, label: string) {
  // Creating a school creates its settings too: rows of the new school are the actor's doing.
  const ownSchools = new Set([
    actor.schoolId,
    ...writes
      .filter((write) => write.tbl === "School" && write.op === "INSERT")
      .map((write) => write.new_row?.id),
  ]);
  for (const write of writes) {
    const row = write.new_row ?? {};
    const old = write.old_row ?? {};
    if (write.op === "INSERT") {
      if ("schoolId" in row && row.schoolId !== null && write.tbl !== "AuditLog")
        expect(
          ownSchools.has(row.schoolId as string),
          `${label}: ${write.tbl}.schoolId ${String(row.schoolId)}`,
        ).toBe(true);
      for (const column of AUTHOR_COLUMNS)
        if (column in row && row[column] !== null)
          expect(row[column], `${label}: ${write.tbl}.${column}`).toBe(actor.userId);
    }
    if (write.op === "UPDATE") {
      for (const column of ["schoolId", "id"])
        if (column in row)
          expect(row[column], `${label}: ${write.tbl}.${column} changed`).toBe(old[column]);
      // An author may become the actor (a manual absence entry over an imported day), no one else.
      for (const column of AUTHOR_COLUMNS)
        if (column in row && row[column] !== old[column])
          expect(row[column], `${label}: ${write.tbl}.${column} changed`).toBe(actor.userId);
    }
  }
}

async function runAction(row: Row, tally: Tally) {
  const jsonSchema = z.toJSONSchema(row.schema, {
    io: "input",
    unrepresentable: "any",
  }) as JsonSchema;
  const actorArbitrary = fc.constantFrom(...fixture.actors);
  const errors = vi.spyOn(console, "error").mockImplementation(() => {});
  const mark: Mark = { value: await writeMark(), pending: false };
  try {
    await fc.assert(
      fc.asyncProperty(
        objectArbitrary(jsonSchema, row.name),
        actorArbitrary,
        async (input, actor) => {
          // fast-check prints the input that failed; the label only names the action.
          const label = row.name;
          request.actor = actor;
          request.cookies.clear();
          const form = toFormData(input);
          const parsed = row.schema.safeParse(formDataToObject(form));
          // Runs the schema refuses are checked in batches: the next run that reaches the domain
          // first proves that the refused runs before it wrote nothing (and so does the end).
          const reachesDomain = parsed.success || row.plain;
          if (reachesDomain && mark.pending) await expectNothingWrittenSince(mark, label);
          if (!reachesDomain) mark.pending = true;
          errors.mockClear();

          const result = await callAction(row, form);
          const writes = reachesDomain ? await writesSince(mark) : [];

          expect(errors, `${label}: logged an unexpected failure`).not.toHaveBeenCalled();
          if (!parsed.success && !row.plain) {
            // Refused by the schema: the handler never ran, so nothing at all was written.
            expect(result, label).toMatchObject({
              status: "error",
              fieldErrors: expect.any(Object),
            });
            expect(writes, label).toEqual([]);
          }
          if (typeof result === "object") {
            expect(result.message, label).not.toBe(t("common.errors.unexpected"));
          }
          const refused = typeof result === "object" && result.status === "error";
          if (refused) {
            const invalid = result.message === t("common.errors.fixFields") && !!result.fieldErrors;
            // A refusal writes nothing but, for a refused permission, its own DENIED audit line.
            for (const write of writes)
              expect(
                write.tbl === "AuditLog" && write.new_row?.outcome === "DENIED" && !invalid,
                `${label}: refused (${result.message}) but wrote ${write.op} ${write.tbl}`,
              ).toBe(true);
            if (invalid) tally.invalid++;
            else tally.refused++;
          } else {
            tally.done++;
          }
          expectNoMassAssignment(writes, actor, label);
        },
      ),
      { numRuns: NUM_RUNS, endOnFailure: true },
    );
    await expectNothingWrittenSince(mark, `${row.name}: the last refused inputs`);
  } finally {
    errors.mockRestore();
  }
}

// ─── The tests ─────────────────────────────────────────────────────────────────────────────

const { rows, unreachable } = await loadActions();
const tallies = new Map<string, Tally>();

beforeAll(async () => {
  fixture = await loadFixture();
  await installWriteLog();
}, 300_000);

afterAll(() => {
  const lines = [...tallies].map(
    ([name, tally]) =>
      `${name.padEnd(60)} invalid ${String(tally.invalid).padStart(4)}  refused ${String(tally.refused).padStart(4)}  done ${String(tally.done).padStart(4)}`,
  );
  console.log(
    `Random inputs per action: ${NUM_RUNS}, actions: ${tallies.size}\n${lines.join("\n")}`,
  );
});

describe("every server action, fed random input", () => {
  it("every exported action has a schema this test can reach", () => {
    expect(unreachable).toEqual([]);
    expect(rows.length).toBeGreaterThan(50);
  });

  it("no schema passes on a field the form does not have (schoolId, role, authorId …)", () => {
    // Mass assignment at the door: what the parse returns has only the form's own fields, so
    // a hand-made POST cannot set the school, a role or the author. Fields a form does have
    // (`id`, `version` of the record it edits) are checked against the actor's scope by the
    // domain, which the random runs above prove on the database.
    for (const row of rows) {
      if (row.plain) continue;
      const jsonSchema = z.toJSONSchema(row.schema, {
        io: "input",
        unrepresentable: "any",
      }) as JsonSchema;
      const declared = new Set(declaredFields(jsonSchema));
      fc.assert(
        fc.property(objectArbitrary(jsonSchema, row.name), mass, (input, extra) => {
          const parsed = row.schema.safeParse(
            formDataToObject(toFormData({ ...input, ...withMassFields(extra) })),
          );
          if (!parsed.success) return;
          const output = parsed.data as Record<string, unknown>;
          for (const key of Object.keys(extra))
            if (!declared.has(key) && key !== "details")
              expect(Object.hasOwn(output, key), `${row.name} passed ${key} on`).toBe(false);
          expect(Object.getPrototypeOf(output), row.name).toBe(Object.prototype);
        }),
        { numRuns: 200 },
      );
    }
  });

  it("a bad submission never reaches the domain: the schema refuses it before any query", () => {
    // The wrapper parses first; a parse failure returns before the handler (lib/actions).
    for (const row of rows) expect(row.schema.safeParse(undefined).success, row.name).toBe(false);
  });

  it("a refusal of the whole form, not of one field, says why in the form's message", async () => {
    const row = rows.find((one) => one.name === "arrangeItemAction")!;
    const item = await db.agendaItem.findFirstOrThrow({
      where: { minutes: { not: null } },
      select: { id: true, meeting: { select: { schoolId: true } } },
    });
    request.actor = fixture.actors.find(
      (actor) => actor.schoolId === item.meeting.schoolId && actor.roles.includes("TRIVSELSPERSON"),
    )!;
    const form = new FormData();
    form.set("arrange", `remove:${item.id}`);
    expect(await callAction(row, form)).toEqual({
      status: "error",
      message: t("forum.errors.itemHasMinutes"),
      values: { arrange: `remove:${item.id}` },
    });
    expect(await db.agendaItem.count({ where: { id: item.id } })).toBe(1);
  });

  describe.each(rows.map((row) => [`${row.file.replace("/app/", "")} ${row.name}`, row] as const))(
    "%s",
    (_label, row) => {
      it(`answers ${NUM_RUNS} random inputs with a validation error, a refusal or its work`, async () => {
        const tally: Tally = { invalid: 0, refused: 0, done: 0 };
        tallies.set(`${row.file.replace(/^\/app\/(\(app\)\/)?/, "")} ${row.name}`, tally);
        await runAction(row, tally);
        expect(tally.invalid + tally.refused + tally.done).toBe(NUM_RUNS);
      }, 600_000);
    },
  );
});
