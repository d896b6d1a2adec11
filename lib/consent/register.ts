/**
 * The consent register of a pupil. Consent is never edited in place: a change or a withdrawal is
 * a new version that supersedes the current one, so the history of who agreed to what, and when
 * it ended, is kept whole.
 */
import "server-only";
import { z } from "zod";
import { auditedPupilRead, auditedWrite } from "@/lib/audit";
import { assertCan, pupilRecordScope, schoolScope, type Actor } from "@/lib/auth/policy";
import type { Tx } from "@/lib/db/client";
import { isoDay, todayInDenmark } from "@/lib/dates";
import { DomainValidationError, NotFoundError, StaleVersionError } from "@/lib/errors";
import type { ConsentDecision, ConsentForm, ConsentScope } from "@/lib/generated/prisma/enums";
import type { RecordConsentInput, WithdrawConsentInput } from "./schemas";

export type ConsentState =
  "VALID" | "NOT_YET_VALID" | "EXPIRED" | "WITHDRAWN" | "REFUSED" | "SUPERSEDED";

export type ConsentVersion = {
  id: string;
  state: ConsentState;
  decision: ConsentDecision;
  form: ConsentForm;
  givenOn: string;
  oralNote: string | null;
  guardians: { id: string; name: string }[];
  scopes: ConsentScope[];
  externalPartner: string | null;
  purpose: string;
  validFrom: string;
  validUntil: string;
  pupilView: string | null;
  withdrawnOn: string | null;
  withdrawnBy: string | null;
  recordedBy: string;
  recordedAt: string;
};

/** One consent through its versions: the current one first, then what it replaced. */
export type ConsentChain = { current: ConsentVersion; earlier: ConsentVersion[] };

export type ConsentRegister = {
  pupil: { id: string; name: string; className: string | null };
  /** Guardians who may consent: only those with parental authority. */
  guardians: { id: string; name: string; relation: string | null }[];
  /** Guardians without parental authority: to be informed, not asked. */
  informOnly: { id: string; name: string }[];
  chains: ConsentChain[];
};

const versionSelect = {
  id: true,
  decision: true,
  form: true,
  givenOn: true,
  oralNote: true,
  scopes: true,
  externalPartner: true,
  purpose: true,
  validFrom: true,
  validUntil: true,
  pupilView: true,
  withdrawnOn: true,
  supersedesId: true,
  createdAt: true,
  withdrawnByGuardian: { select: { name: true } },
  recordedBy: { select: { name: true } },
  guardians: { select: { guardian: { select: { id: true, name: true } } } },
  supersededBy: { select: { id: true } },
} as const;

type VersionRow = {
  id: string;
  decision: ConsentDecision;
  form: ConsentForm;
  givenOn: Date;
  oralNote: string | null;
  scopes: ConsentScope[];
  externalPartner: string | null;
  purpose: string;
  validFrom: Date;
  validUntil: Date;
  pupilView: string | null;
  withdrawnOn: Date | null;
  supersedesId: string | null;
  createdAt: Date;
  withdrawnByGuardian: { name: string } | null;
  recordedBy: { name: string };
  guardians: { guardian: { id: string; name: string } }[];
  supersededBy: { id: string } | null;
};

export function consentState(
  version: Pick<VersionRow, "decision" | "withdrawnOn" | "validFrom" | "validUntil"> & {
    superseded: boolean;
  },
  today: Date,
): ConsentState {
  if (version.superseded) return "SUPERSEDED";
  if (version.decision === "REFUSED") return "REFUSED";
  if (version.withdrawnOn) return "WITHDRAWN";
  if (version.validFrom > today) return "NOT_YET_VALID";
  if (version.validUntil < today) return "EXPIRED";
  return "VALID";
}

function toVersion(row: VersionRow, today: Date): ConsentVersion {
  return {
    id: row.id,
    state: consentState({ ...row, superseded: row.supersededBy !== null }, today),
    decision: row.decision,
    form: row.form,
    givenOn: isoDay(row.givenOn),
    oralNote: row.oralNote,
    guardians: row.guardians.map((link) => link.guardian),
    scopes: row.scopes,
    externalPartner: row.externalPartner,
    purpose: row.purpose,
    validFrom: isoDay(row.validFrom),
    validUntil: isoDay(row.validUntil),
    pupilView: row.pupilView,
    withdrawnOn: row.withdrawnOn ? isoDay(row.withdrawnOn) : null,
    withdrawnBy: row.withdrawnByGuardian?.name ?? null,
    recordedBy: row.recordedBy.name,
    recordedAt: row.createdAt.toISOString(),
  };
}

/** Versions → chains, each from its current (unsuperseded) version back to the first. */
function chainsOf(rows: VersionRow[], today: Date): ConsentChain[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return rows
    .filter((row) => row.supersededBy === null)
    .map((head) => {
      const earlier: ConsentVersion[] = [];
      for (let id = head.supersedesId; id; id = byId.get(id)?.supersedesId ?? null) {
        const row = byId.get(id);
        if (row) earlier.push(toVersion(row, today));
      }
      return { current: toVersion(head, today), earlier };
    })
    .sort((a, b) => b.current.recordedAt.localeCompare(a.current.recordedAt));
}

export async function getConsentRegister(actor: Actor, pupilId: string): Promise<ConsentRegister> {
  assertCan(actor, "consent:read");
  if (!z.uuid().safeParse(pupilId).success) throw new NotFoundError("pupil");
  const pupil = await auditedPupilRead(
    actor,
    {
      action: "consent.read",
      pupilId,
      entityType: "Pupil",
      entityId: pupilId,
      purpose: "consent",
    },
    (tx) =>
      tx.pupil.findFirst({
        where: { id: pupilId, ...pupilRecordScope(actor) },
        select: {
          id: true,
          firstName: true,
          lastName: true,
          class: { select: { grade: true, letter: true } },
          guardians: {
            select: { id: true, name: true, relation: true, hasParentalAuthority: true },
            orderBy: { name: "asc" },
          },
          consents: { select: versionSelect, orderBy: { createdAt: "asc" } },
        },
      }),
  );
  return {
    pupil: {
      id: pupil.id,
      name: `${pupil.firstName} ${pupil.lastName}`,
      className: pupil.class ? `${pupil.class.grade}.${pupil.class.letter}` : null,
    },
    guardians: pupil.guardians
      .filter((guardian) => guardian.hasParentalAuthority)
      .map(({ id, name, relation }) => ({ id, name, relation })),
    informOnly: pupil.guardians
      .filter((guardian) => !guardian.hasParentalAuthority)
      .map(({ id, name }) => ({ id, name })),
    chains: chainsOf(pupil.consents, todayInDenmark()),
  };
}

/** Only guardians of this pupil holding parental authority can consent or withdraw. */
async function assertGuardiansWithAuthority(
  tx: Tx,
  pupilId: string,
  guardianIds: string[],
  field: string,
) {
  const found = await tx.guardian.count({
    where: { id: { in: guardianIds }, pupilId, hasParentalAuthority: true },
  });
  if (found !== new Set(guardianIds).size)
    throw new DomainValidationError(field, "consent.errors.guardianAuthority");
}

/** A pupil of the actor's school whose record they may open. */
async function pupilInScope(tx: Tx, actor: Actor, pupilId: string) {
  const pupil = await tx.pupil.findFirst({
    where: { id: pupilId, ...pupilRecordScope(actor) },
    select: { id: true },
  });
  if (!pupil) throw new NotFoundError("pupil");
  return pupil;
}

/** The current version of a consent of the actor's school; a superseded one is stale. */
async function currentVersion(tx: Tx, actor: Actor, consentId: string) {
  const consent = await tx.consent.findFirst({
    where: { id: consentId, ...schoolScope(actor) },
    include: {
      supersededBy: { select: { id: true } },
      guardians: { select: { guardianId: true } },
    },
  });
  if (!consent) throw new NotFoundError("consent");
  if (consent.supersededBy) throw new StaleVersionError("consent");
  return consent;
}

/** A new consent (or refusal), or a new version of one: the old version stays, superseded. */
export async function recordConsent(
  actor: Actor,
  input: RecordConsentInput,
): Promise<{ id: string }> {
  assertCan(actor, "consent:manage");
  return auditedWrite(
    actor,
    (created) => ({
      action: input.supersedesId ? "consent.change" : "consent.record",
      pupilId: input.pupilId,
      entityType: "Consent",
      entityId: created.id,
      details: { decision: input.decision, scopes: input.scopes, supersedes: input.supersedesId },
    }),
    async (tx) => {
      await pupilInScope(tx, actor, input.pupilId);
      await assertGuardiansWithAuthority(tx, input.pupilId, input.guardianIds, "guardianIds");
      if (input.supersedesId) {
        const previous = await currentVersion(tx, actor, input.supersedesId);
        if (previous.pupilId !== input.pupilId) throw new NotFoundError("consent");
      }
      return tx.consent.create({
        data: {
          schoolId: actor.schoolId,
          pupilId: input.pupilId,
          supersedesId: input.supersedesId,
          decision: input.decision,
          form: input.form,
          givenOn: input.givenOn,
          oralNote: input.form === "ORAL" ? input.oralNote : null,
          recordedById: actor.userId,
          scopes: input.scopes,
          externalPartner: input.scopes.includes("EXTERNAL") ? input.externalPartner : null,
          purpose: input.purpose,
          validFrom: input.validFrom,
          // A refusal has no period of its own; it stands until a new decision.
          validUntil: input.validUntil ?? input.validFrom,
          pupilView: input.pupilView,
          guardians: { create: input.guardianIds.map((guardianId) => ({ guardianId })) },
        },
        select: { id: true },
      });
    },
  );
}

/** A guardian withdraws consent: a new version, the same as the current one but withdrawn. */
export async function withdrawConsent(
  actor: Actor,
  input: WithdrawConsentInput,
): Promise<{ id: string; pupilId: string }> {
  assertCan(actor, "consent:manage");
  return auditedWrite(
    actor,
    (created) => ({
      action: "consent.withdraw",
      pupilId: created.pupilId,
      entityType: "Consent",
      entityId: created.id,
      details: { supersedes: input.consentId },
    }),
    async (tx) => {
      const current = await currentVersion(tx, actor, input.consentId);
      await pupilInScope(tx, actor, current.pupilId);
      if (current.decision !== "GIVEN" || current.withdrawnOn)
        throw new DomainValidationError("withdrawnOn", "consent.errors.notWithdrawable");
      await assertGuardiansWithAuthority(
        tx,
        current.pupilId,
        [input.withdrawnByGuardianId],
        "withdrawnByGuardianId",
      );
      if (input.withdrawnOn < current.givenOn)
        throw new DomainValidationError("withdrawnOn", "consent.errors.withdrawnBeforeGiven");
      const {
        id: _id,
        createdAt: _createdAt,
        supersededBy: _supersededBy,
        guardians,
        ...rest
      } = current;
      return tx.consent.create({
        data: {
          ...rest,
          supersedesId: current.id,
          recordedById: actor.userId,
          withdrawnOn: input.withdrawnOn,
          withdrawnByGuardianId: input.withdrawnByGuardianId,
          guardians: { create: guardians.map(({ guardianId }) => ({ guardianId })) },
        },
        select: { id: true, pupilId: true },
      });
    },
  );
}
