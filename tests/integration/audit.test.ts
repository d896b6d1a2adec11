import { describe, expect, it } from "vitest";
import { auditedRead, auditedWrite, recordAudit } from "@/lib/audit";
import { db } from "@/lib/db/client";
import { createActor, createPupil, createSchool } from "../support/factories";

describe("the audit trail", () => {
  it("refuses UPDATE, DELETE and TRUNCATE in PostgreSQL itself", async () => {
    const school = await createSchool();
    const actor = await createActor(school, ["TRIVSELSPERSON"]);
    await recordAudit(db, actor, { action: "pupil.read", purpose: "case-work" });
    const before = await db.auditLog.findMany({ orderBy: { id: "asc" } });
    expect(before).toHaveLength(1);

    await expect(db.$executeRawUnsafe(`UPDATE "AuditLog" SET action = 'tampered'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
    await expect(db.auditLog.updateMany({ data: { action: "tampered" } })).rejects.toThrow();
    await expect(db.auditLog.deleteMany({})).rejects.toThrow();

    expect(await db.auditLog.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("records actor, roles, school, pupil, request id and purpose", async () => {
    const school = await createSchool();
    const actor = await createActor(school, ["TRIVSELSPERSON", "SSP"]);
    const pupil = await createPupil(school.id);
    await auditedRead(
      actor,
      { action: "pupil.read", pupilId: pupil.id, purpose: "case-work" },
      async () => null,
    );
    const [row] = await db.auditLog.findMany({ where: { actorId: actor.userId } });
    expect(row).toMatchObject({
      actorId: actor.userId,
      roles: ["TRIVSELSPERSON", "SSP"],
      schoolId: school.id,
      pupilId: pupil.id,
      action: "pupil.read",
      purpose: "case-work",
      outcome: "ALLOWED",
      requestId: actor.requestId,
    });
  });

  it("rolls a write back when its audit entry cannot be written", async () => {
    const school = await createSchool();
    const actor = await createActor(school, ["ADMIN"]);
    const brokenActor = { ...actor, roles: ["NOT_A_ROLE" as never] };
    await expect(
      auditedWrite(brokenActor, { action: "admin.class.create" }, (tx) =>
        tx.class.create({
          data: { schoolId: school.id, grade: 1, letter: "Z", schoolYear: "2026/27" },
        }),
      ),
    ).rejects.toThrow();
    expect(await db.class.count({ where: { letter: "Z" } })).toBe(0);
  });

  it("fails a read closed when its audit entry cannot be written", async () => {
    const school = await createSchool();
    const actor = await createActor(school, ["TRIVSELSPERSON"]);
    let read = false;
    await expect(
      auditedRead(
        { ...actor, roles: ["NOT_A_ROLE" as never] },
        { action: "pupil.read", purpose: "case-work" },
        async () => {
          read = true;
          return "secret";
        },
      ),
    ).rejects.toThrow();
    expect(read).toBe(false);
  });
});
