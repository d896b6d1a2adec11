/**
 * Bulk loading for the generator. Rows are typed by the Prisma models, so a schema change that the
 * generator misses fails the type check. They go first into temporary staging tables, in batches
 * of multi-row inserts (`INSERT … SELECT FROM unnest($1::uuid[], $2::text[], …)`), while the next
 * batch is being generated. At the end each table is filled from its stage in one statement, in
 * order of time, so that the heap looks like a year of real use: schools interleaved, a pupil's
 * timeline spread over the table, the audit trail's and absence register's serial ids rising with
 * time. The migrations' indexes, foreign keys and triggers stay in place throughout.
 */
import type pg from "pg";
import type {
  AbsenceImport,
  AbsenceRecord,
  Action,
  ActionPlan,
  AgendaItem,
  AuditLog,
  CaseEntry,
  CaseEntryRevision,
  Class,
  ClassConference,
  ClassConferenceFocusPupil,
  ClassConferenceReview,
  ClassTeacher,
  ClassWork,
  Concern,
  Consent,
  ConsentGuardian,
  ForumMeeting,
  ForumParticipant,
  Group,
  GroupParticipant,
  GroupSession,
  Guardian,
  Municipality,
  Notification,
  ParentFeedback,
  Pupil,
  School,
  SchoolHoliday,
  ThresholdSettings,
  User,
  UserSchoolRole,
} from "@/lib/generated/prisma/client";
import { isoDay } from "@/lib/dates";

/** Every table the generator fills, with the row it takes (serial ids are left to PostgreSQL). */
export type Rows = {
  Municipality: Municipality;
  School: School;
  SchoolHoliday: SchoolHoliday;
  ThresholdSettings: ThresholdSettings;
  User: User;
  UserSchoolRole: UserSchoolRole;
  Class: Class;
  ClassTeacher: ClassTeacher;
  Pupil: Pupil;
  Guardian: Guardian;
  Concern: Concern;
  Consent: Consent;
  ConsentGuardian: ConsentGuardian;
  CaseEntry: CaseEntry;
  CaseEntryRevision: CaseEntryRevision;
  Notification: Notification;
  ClassWork: ClassWork;
  Group: Group;
  GroupParticipant: GroupParticipant;
  GroupSession: GroupSession;
  ClassConference: ClassConference;
  ClassConferenceReview: ClassConferenceReview;
  ClassConferenceFocusPupil: ClassConferenceFocusPupil;
  ForumMeeting: ForumMeeting;
  ForumParticipant: ForumParticipant;
  AgendaItem: AgendaItem;
  ActionPlan: ActionPlan;
  Action: Action;
  ParentFeedback: ParentFeedback;
  AbsenceImport: AbsenceImport;
  AbsenceRecord: Omit<AbsenceRecord, "id">;
  AuditLog: Omit<AuditLog, "id">;
};
export type TableName = keyof Rows;

/**
 * The order the tables are filled in (each after those it refers to) and the column that orders
 * a table's rows in time; rows of the same moment keep the order they were generated in.
 */
const LOAD_ORDER: [TableName, string | null][] = [
  ["Municipality", "createdAt"],
  ["School", "createdAt"],
  ["SchoolHoliday", "createdAt"],
  ["ThresholdSettings", "updatedAt"],
  ["User", "createdAt"],
  ["UserSchoolRole", "createdAt"],
  ["Class", "createdAt"],
  ["ClassTeacher", null],
  ["Pupil", "createdAt"],
  ["Guardian", "createdAt"],
  ["Concern", "createdAt"],
  ["Consent", "createdAt"],
  ["ConsentGuardian", null],
  ["CaseEntry", "createdAt"],
  ["CaseEntryRevision", "editedAt"],
  ["Notification", "createdAt"],
  ["ClassWork", "createdAt"],
  ["Group", "createdAt"],
  ["GroupParticipant", "joinedOn"],
  ["GroupSession", "createdAt"],
  ["ClassConference", "createdAt"],
  ["ClassConferenceReview", "updatedAt"],
  ["ClassConferenceFocusPupil", null],
  ["ForumMeeting", "createdAt"],
  ["ForumParticipant", null],
  ["AgendaItem", "createdAt"],
  ["ActionPlan", "createdAt"],
  ["Action", "createdAt"],
  ["ParentFeedback", "createdAt"],
  ["AbsenceImport", "createdAt"],
  ["AbsenceRecord", "createdAt"],
  ["AuditLog", "at"],
];

const BATCH_ROWS = 10_000;
/** Batches on their way to PostgreSQL while the next one is generated. */
const IN_FLIGHT = 2;

type Column = { name: string; type: string; isArray: boolean };
type Table = {
  name: TableName;
  stage: string;
  columns: Column[];
  buffer: unknown[][];
  count: number;
};

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A PostgreSQL array literal for an array column ("{FORUM,PPR}"), passed as text. */
function arrayLiteral(values: readonly unknown[]): string {
  const items = values.map((value) =>
    value === null ? "NULL" : `"${String(value).replace(/["\\]/g, (ch) => `\\${ch}`)}"`,
  );
  return `{${items.join(",")}}`;
}

function serialise(column: Column, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (column.isArray) return arrayLiteral(value as unknown[]);
  if (value instanceof Date) return column.type === "date" ? isoDay(value) : value.toISOString();
  if (column.type === "jsonb") return JSON.stringify(value);
  return value;
}

export class BulkWriter {
  private readonly tables = new Map<TableName, Table>();
  private readonly inFlight: Promise<void>[] = [];
  private sequence = 0;

  private constructor(private readonly client: pg.Client) {}

  /** Creates the staging tables on `client`'s session (they vanish with it). */
  static async open(client: pg.Client): Promise<BulkWriter> {
    const writer = new BulkWriter(client);
    await client.query("SET temp_buffers = '256MB'");
    for (const [name] of LOAD_ORDER) {
      const { rows } = await client.query<{ name: string; type: string; isArray: boolean }>(
        `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
                t.typcategory = 'A' AS "isArray"
           FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
          WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped
            AND NOT EXISTS (SELECT 1 FROM pg_attrdef d WHERE d.adrelid = a.attrelid
                              AND d.adnum = a.attnum AND pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%')
          ORDER BY a.attnum`,
        [quote(name)],
      );
      const stage = quote(`stage_${name}`);
      const list = rows.map((column) => quote(column.name)).join(", ");
      await client.query(
        `CREATE TEMP TABLE ${stage} AS SELECT ${list} FROM ${quote(name)} WITH NO DATA`,
      );
      await client.query(`ALTER TABLE ${stage} ADD COLUMN "_seq" bigint`);
      writer.tables.set(name, { name, stage, columns: rows, buffer: [], count: 0 });
    }
    return writer;
  }

  /** Queues one row; every column of the table must be there (checked on the first row). */
  add<T extends TableName>(name: T, row: Rows[T]): void {
    const table = this.tables.get(name)!;
    const values = row as Record<string, unknown>;
    if (table.count === 0) this.checkColumns(table, values);
    const record = table.columns.map((column) => serialise(column, values[column.name]));
    record.push(++this.sequence);
    table.buffer.push(record);
    table.count++;
    if (table.buffer.length >= BATCH_ROWS) this.send(table);
  }

  /** Waits until PostgreSQL has caught up, so generation does not run ahead of it without bound. */
  async drain(): Promise<void> {
    while (this.inFlight.length > IN_FLIGHT) await this.inFlight.shift();
  }

  /** Rows queued per table so far. */
  counts(): Record<TableName, number> {
    return Object.fromEntries(
      [...this.tables.values()].map((table) => [table.name, table.count]),
    ) as Record<TableName, number>;
  }

  /** Fills every table from its stage, in time order, in one transaction; then ANALYZE. */
  async load(log: (line: string) => void): Promise<void> {
    for (const table of this.tables.values()) if (table.buffer.length > 0) this.send(table);
    while (this.inFlight.length > 0) await this.inFlight.shift();
    await this.client.query("SET work_mem = '256MB'");
    await this.client.query("BEGIN");
    for (const [name, orderBy] of LOAD_ORDER) {
      const table = this.tables.get(name)!;
      if (table.count === 0) continue;
      const started = Date.now();
      const list = table.columns.map((column) => quote(column.name)).join(", ");
      const order = orderBy ? `${quote(orderBy)}, "_seq"` : `"_seq"`;
      await this.client.query(
        `INSERT INTO ${quote(name)} (${list}) SELECT ${list} FROM ${table.stage} ORDER BY ${order}`,
      );
      await this.client.query(`DROP TABLE ${table.stage}`);
      if (table.count >= 100_000)
        log(`  ${name}: ${table.count} rows in ${Date.now() - started} ms`);
    }
    await this.client.query("COMMIT");
    await this.client.query("ANALYZE");
  }

  private checkColumns(table: Table, row: Record<string, unknown>) {
    const expected = table.columns.map((column) => column.name).sort();
    const given = Object.keys(row).sort();
    if (expected.join() !== given.join())
      throw new Error(
        `Generator row for ${table.name} has columns [${given.join(", ")}], the table [${expected.join(", ")}]`,
      );
  }

  private send(table: Table) {
    const rows = table.buffer;
    table.buffer = [];
    const columns = [...table.columns, { name: "_seq", type: "bigint", isArray: false }];
    const params = columns.map((_, index) => rows.map((row) => row[index]));
    const casts = columns.map((column, index) =>
      column.isArray ? `$${index + 1}::text[]` : `$${index + 1}::${column.type}[]`,
    );
    const names = columns.map((column) => quote(column.name));
    const select = columns.map((column) =>
      column.isArray ? `u.${quote(column.name)}::${column.type}` : `u.${quote(column.name)}`,
    );
    // One query at a time on the session (its staging tables are its own), each sent as soon as
    // the one before has finished, while the generator goes on with the next batch.
    const previous = this.inFlight.at(-1) ?? Promise.resolve();
    const sent = previous.then(async () => {
      await this.client.query(
        `INSERT INTO ${table.stage} (${names.join(", ")})
         SELECT ${select.join(", ")} FROM unnest(${casts.join(", ")}) AS u(${names.join(", ")})`,
        params,
      );
    });
    // Awaited later (drain/load); this only keeps an early failure from going unhandled.
    sent.catch(() => undefined);
    this.inFlight.push(sent);
  }
}
