/**
 * Every refusal leaves exactly one DENIED audit row, written after the refused transaction has
 * rolled back (docs/decisions/0023): through the real action wrapper and a real action, against
 * PostgreSQL — a record of another school (scope), a permission the role lacks, and a pupil read
 * the domain has audited itself. The request around the action is stood in for, as in
 * action-inputs.test.ts; the database is real.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { FormState } from "@/lib/actions/form-state";
import type { Actor } from "@/lib/auth/policy";
import { recordRefusal } from "@/lib/audit";
import { getConsentRegister } from "@/lib/consent/register";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import da from "@/lib/i18n/messages/da/common";
import { createActor, createPupil, createSchool } from "../support/factories";

const request = vi.hoisted(() => ({ actor: null as Actor | null }));

vi.mock("@/lib/auth/session", () => ({
  getActor: async () => request.actor,
  // Without an actor, the session has ended: no user, no second factor pending.
  getSignedInUser: async () => null,
  getPendingSecondFactor: async () => null,
}));
vi.mock("@/lib/i18n/server", async () => {
  const i18n = await import("@/lib/i18n");
  return {
    getLocale: async () => "da",
    getT: async () => i18n.createTranslator(i18n.messagesFor("da")),
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const { manageConcernAction } = await import("@/app/(app)/concerns/actions");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

async function call(
  action: (previous: FormState, data: FormData) => Promise<FormState>,
  actor: Actor,
  fields: Record<string, string>,
) {
  request.actor = { ...actor, requestId: "refusal-request" };
  return action({ status: "idle" }, form(fields));
}

async function world() {
  const school = await createSchool();
  const other = await createSchool();
  const pupil = await createPupil(school.id);
  const trivsel = await createActor(school, ["TRIVSELSPERSON"]);
  const concern = await db.concern.create({
    data: {
      schoolId: school.id,
      pupilId: pupil.id,
      raisedById: trivsel.userId,
      source: "TEACHER",
      categories: ["SOCIAL"],
      level: "YELLOW",
      description: "Trist i frikvartererne",
    },
  });
  return { school, other, pupil, trivsel, concern };
}

beforeEach(() => {
  request.actor = null;
});

describe("a refusal through the action wrapper", () => {
  it("another school's record: not found, nothing changed, one DENIED row naming its pupil", async () => {
    const { other, pupil, concern } = await world();
    const stranger = await createActor(other, ["TRIVSELSPERSON"]);
    const state = await call(manageConcernAction, stranger, {
      id: concern.id,
      version: "1",
      status: "IN_PROGRESS",
    });
    expect(state).toMatchObject({ status: "error", message: da.errors.notFound });
    expect((await db.concern.findUniqueOrThrow({ where: { id: concern.id } })).status).toBe("NEW");
    const rows = await db.auditLog.findMany({ where: { actorId: stranger.userId } });
    expect(rows).toEqual([
      expect.objectContaining({
        outcome: "DENIED",
        action: "concern.update",
        schoolId: other.id,
        roles: ["TRIVSELSPERSON"],
        requestId: "refusal-request",
        // The refused record's pupil: the attempt shows in that pupil's access log.
        pupilId: pupil.id,
        entityType: "concern",
        entityId: concern.id,
        details: expect.objectContaining({ reason: "not-found" }),
      }),
    ]);
  });

  it("a permission the role lacks: forbidden, one DENIED row with the permission", async () => {
    const { school, concern } = await world();
    const teacher = await createActor(school, ["TEACHER"]);
    const state = await call(manageConcernAction, teacher, {
      id: concern.id,
      version: "1",
      status: "IN_PROGRESS",
    });
    expect(state.status).toBe("error");
    const rows = await db.auditLog.findMany({ where: { actorId: teacher.userId } });
    expect(rows).toEqual([
      expect.objectContaining({
        outcome: "DENIED",
        action: "concern.update",
        details: expect.objectContaining({ reason: "forbidden", permission: "concern:manage" }),
      }),
    ]);
  });

  it("a form sent after the session ran out: nothing changed, nothing read, what was typed kept", async () => {
    const { pupil, concern } = await world();
    request.actor = null;
    const typed = {
      id: concern.id,
      version: "1",
      status: "IN_PROGRESS",
      note: "Talt med klasselæreren; hun følger op i morgen.",
    };
    const state = await manageConcernAction({ status: "idle" }, form(typed));
    expect(state).toEqual({
      status: "error",
      message: da.errors.signedOut,
      signedOut: true,
      values: typed,
    });
    const after = await db.concern.findUniqueOrThrow({ where: { id: concern.id } });
    expect([after.status, after.version]).toEqual(["NEW", 1]);
    const audited = { OR: [{ pupilId: pupil.id }, { entityId: concern.id }] };
    expect(await db.auditLog.count({ where: audited })).toBe(0);
  });

  it("a refusal the domain audited itself is not written twice", async () => {
    const { other, pupil } = await world();
    const stranger = await createActor(other, ["TRIVSELSPERSON"]);
    // A page answers a refused pupil read as the pages do: the read wrote its DENIED row.
    const error = await getConsentRegister(stranger, pupil.id).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotFoundError);
    await recordRefusal(stranger, error as NotFoundError, { action: "page.open" });
    const rows = await db.auditLog.findMany({ where: { actorId: stranger.userId } });
    expect(rows.map((row) => [row.outcome, row.action, row.pupilId])).toEqual([
      ["DENIED", "consent.read", pupil.id],
    ]);
  });
});
