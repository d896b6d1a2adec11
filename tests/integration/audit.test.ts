import { describe, expect, it } from "vitest";
import { auditedRead, auditedWrite, recordAudit, recordPupilReads } from "@/lib/audit";
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

  it("writes one row per pupil shown, each with the whole event, in the reader's transaction", async () => {
    const school = await createSchool();
    const actor = await createActor(school, ["TRIVSELSPERSON", "SSP"]);
    const [first, second] = [await createPupil(school.id), await createPupil(school.id)];
    const event = {
      action: "group.read",
      entityType: "Group",
      entityId: "group-1",
      purpose: "case-work",
      details: { participants: 2, note: 'Ærø & "Bø"' },
    } as const;
    await recordPupilReads(db, actor, event, [first.id, second.id, first.id]);
    const rows = await db.auditLog.findMany({
      where: { actorId: actor.userId },
      orderBy: { pupilId: "asc" },
    });
    expect(rows.map((row) => row.pupilId)).toEqual([first.id, second.id].sort());
    for (const row of rows)
      expect(row).toMatchObject({
        roles: ["TRIVSELSPERSON", "SSP"],
        schoolId: school.id,
        requestId: actor.requestId,
        action: "group.read",
        entityType: "Group",
        entityId: "group-1",
        purpose: "case-work",
        outcome: "ALLOWED",
        details: { participants: 2, note: 'Ærø & "Bø"' },
      });
    expect(Math.abs(rows[0]!.at.getTime() - Date.now())).toBeLessThan(60_000);

    // Without details the column is NULL (not JSON null); in a transaction that fails, no row.
    const third = await createPupil(school.id);
    await recordPupilReads(db, actor, { action: "pupil.read", purpose: "case-work" }, [third.id]);
    expect((await db.auditLog.findFirst({ where: { pupilId: third.id } }))?.details).toBeNull();
    await expect(
      db.$transaction(async (tx) => {
        await recordPupilReads(tx, actor, event, [third.id]);
        throw new Error("the read failed");
      }),
    ).rejects.toThrow("the read failed");
    expect(await db.auditLog.count({ where: { pupilId: third.id } })).toBe(1);
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
