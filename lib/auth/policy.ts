/**
 * Who may do and see what (DESIGN.md §3). The one place these rules live: the role → permission
 * table, `can()` for the UI to hide controls, `assertCan()` for the server, and the `*Scope()`
 * functions that return the Prisma `where` for what an actor may see. Every domain function in
 * lib/ calls `assertCan` and builds its query from a scope, so a forgotten check shows up in
 * review as a query without one.
 *
 * Pure: no database, no Next.js. Unit-tested role by role in policy.test.ts.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseEntryKind, Confidentiality, Role } from "@/lib/generated/prisma/enums";

/** Who is acting: a signed-in user at their active school, with their roles there. */
export type Actor = {
  userId: string;
  name: string;
  email: string;
  schoolId: string;
  schoolName: string;
  municipalityId: string;
  /** Every role the user holds at the active school (one person can be both SSP and trivselsperson). */
  roles: readonly Role[];
  /** Correlates the audit entries of one request. */
  requestId?: string;
  /**
   * The actor's emergency access grants at this school that had not run out when the request
   * began (lib/emergency-access/grants.ts reads them). Absent means none.
   */
  emergencyAccess?: readonly EmergencyGrant[];
};

/** A time-limited reading access to one pupil's record beyond one's scope (nødadgang). */
export type EmergencyGrant = { id: string; pupilId: string; expiresAt: Date };

export const ALL_ROLES = [
  "TRIVSELSPERSON",
  "LEADERSHIP",
  "PPR",
  "HEALTH_NURSE",
  "FAMILY_COUNSELLOR",
  "SSP",
  "TEACHER",
  "ADMIN",
  "MUNICIPALITY",
] as const satisfies readonly Role[];

/** The school's Trivselsforum members besides the trivselsperson (the seed text's fixed members). */
export const FORUM_MEMBER_ROLES = [
  "LEADERSHIP",
  "PPR",
  "HEALTH_NURSE",
  "FAMILY_COUNSELLOR",
  "SSP",
] as const satisfies readonly Role[];

/** Roles whose notes form a compartment of their own (PROFESSION entries). */
export const PROFESSION_ROLES = [
  "TRIVSELSPERSON",
  "PPR",
  "HEALTH_NURSE",
  "FAMILY_COUNSELLOR",
  "SSP",
] as const satisfies readonly Role[];

/** Permissions, `area:verb[:scope]`. */
export const PERMISSIONS = [
  // Pupils
  "pupil:search", // find pupils by name or class (names, classes; no case content)
  "pupil:open-record", // open a pupil's page: header and timeline, content filtered by confidentiality
  // Concerns (bekymringer)
  "concern:create",
  "concern:read:own", // the status of concerns one raised
  "concern:read:all", // every concern of the school, with its description
  "concern:manage", // status, coordinator, linking to case work
  // Case work on the pupil's timeline
  "case-entry:create",
  "case-entry:create:profession", // write notes in one's own profession's compartment
  "notification:create", // underretning: the duty to notify is personal and never gated
  "class-work:manage",
  "group:manage",
  "class-conference:manage",
  // Consent and Trivselsforum
  "consent:manage",
  "consent:read",
  "forum:manage", // meetings, agenda, participants
  "forum:participate", // see meetings one takes part in, write minutes and action plans
  "action:read:own",
  // Overview
  "worklist:view",
  "dashboard:view",
  "dashboard:municipality", // the municipality's aggregates across its schools, never pupil-level
  "absence:import",
  // Emergency access (nødadgang, docs/decisions/0019-emergency-access.md)
  "emergency-access:request", // open one pupil's record beyond one's scope, with a reason, for a while
  "emergency-access:review", // the leadership's list of every emergency access, marked reviewed
  "audit:read", // the per-pupil access report (adgangslog): who looked, when, why, as which role
  // Privacy operations (the school's data-protection function)
  "privacy:access-request", // indsigt: everything held on one pupil, printable and as JSON
  "privacy:legal-hold", // set or lift a legal hold that stops the retention job for a pupil
  // Administration (no case content)
  "admin:schools",
  "admin:classes",
  "admin:pupils",
  "admin:staff",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const FORUM_MEMBER: readonly Permission[] = [
  "pupil:search",
  "pupil:open-record",
  "concern:create",
  "concern:read:own",
  "consent:read",
  "forum:participate",
  "action:read:own",
  "notification:create",
  "emergency-access:request",
];

/** The role → permission table. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  TRIVSELSPERSON: [
    "pupil:search",
    "pupil:open-record",
    "concern:create",
    "concern:read:own",
    "concern:read:all",
    "concern:manage",
    "case-entry:create",
    "case-entry:create:profession",
    "notification:create",
    "class-work:manage",
    "group:manage",
    "class-conference:manage",
    "consent:manage",
    "consent:read",
    "forum:manage",
    "forum:participate",
    "action:read:own",
    "worklist:view",
    "absence:import",
  ],
  LEADERSHIP: [
    ...FORUM_MEMBER,
    "concern:read:all",
    "dashboard:view",
    "absence:import",
    "audit:read",
    "emergency-access:review",
    "privacy:access-request",
  ],
  PPR: [...FORUM_MEMBER, "case-entry:create:profession"],
  HEALTH_NURSE: [...FORUM_MEMBER, "case-entry:create:profession"],
  FAMILY_COUNSELLOR: [...FORUM_MEMBER, "case-entry:create:profession"],
  SSP: [...FORUM_MEMBER, "case-entry:create:profession"],
  TEACHER: ["pupil:search", "concern:create", "concern:read:own", "action:read:own"],
  ADMIN: [
    "pupil:search",
    "admin:schools",
    "admin:classes",
    "admin:pupils",
    "admin:staff",
    "absence:import",
    "audit:read",
    "privacy:legal-hold",
  ],
  MUNICIPALITY: ["dashboard:municipality"],
};

export class ForbiddenError extends Error {
  constructor(readonly permission: Permission | "scope") {
    super(`Forbidden: ${permission}`);
    this.name = "ForbiddenError";
  }
}

export function permissionsOf(roles: readonly Role[]): ReadonlySet<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
}

/** For the UI: whether to show a control. Never the only check. */
/**
 * A user with no role at the school: an ad-hoc participant of a forum meeting, reaching the school
 * through the meeting. Beyond that meeting (forumMeetingScope) they see only their own tasks.
 */
export const GUEST_PERMISSIONS: readonly Permission[] = ["action:read:own"];

export function can(
  actor: Pick<Actor, "roles"> | null | undefined,
  permission: Permission,
): boolean {
  if (!actor) return false;
  if (actor.roles.length === 0) return GUEST_PERMISSIONS.includes(permission);
  return actor.roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}

/** For the server: at the top of every domain function. */
export function assertCan(actor: Pick<Actor, "roles">, permission: Permission): void {
  if (!can(actor, permission)) throw new ForbiddenError(permission);
}

export function hasRole(actor: Pick<Actor, "roles">, ...roles: Role[]): boolean {
  return actor.roles.some((role) => roles.includes(role));
}

// ─── Scopes: the Prisma `where` for what an actor may see ─────────────────────────────────────

/** Matches nothing: what a scope returns for an actor without the permission. */
const NOTHING = { id: { in: [] as string[] } };

/** Records of the actor's active school. Every scope below starts from it. */
export function schoolScope(actor: Actor): { schoolId: string } {
  return { schoolId: actor.schoolId };
}

/**
 * The pupils an actor may find: teachers only the pupils of their own classes, other staff with
 * `pupil:search` the whole school.
 */
export function pupilScope(actor: Actor): Prisma.PupilWhereInput {
  if (!can(actor, "pupil:search")) return NOTHING;
  const onlyOwnClasses = !actor.roles.some(
    (role) => role !== "TEACHER" && ROLE_PERMISSIONS[role].includes("pupil:search"),
  );
  if (onlyOwnClasses) {
    return { ...schoolScope(actor), class: { teachers: { some: { userId: actor.userId } } } };
  }
  return schoolScope(actor);
}

/** The pupils whose record (page and timeline) an actor may open. */
export function pupilRecordScope(actor: Actor): Prisma.PupilWhereInput {
  return can(actor, "pupil:open-record") ? schoolScope(actor) : NOTHING;
}

/** Concerns: all of the school's for those who handle them, otherwise one's own. */
export function concernScope(actor: Actor): Prisma.ConcernWhereInput {
  if (can(actor, "concern:read:all")) return schoolScope(actor);
  if (can(actor, "concern:read:own")) return { ...schoolScope(actor), raisedById: actor.userId };
  return NOTHING;
}

/** Staff of the active school: users with at least one role there. */
export function staffScope(actor: Actor): Prisma.UserWhereInput {
  return { roles: { some: schoolScope(actor) } };
}

/**
 * The schools an actor administers — every one where they hold ADMIN, not only the active school:
 * the admin pages for schools and account-wide changes to a user (password, email, deactivation)
 * are decided against all of them (docs/decisions/0010-account-wide-admin-changes.md).
 */
export function administeredSchoolScope(actor: Pick<Actor, "userId">): Prisma.SchoolWhereInput {
  return { roles: { some: { userId: actor.userId, role: "ADMIN" } } };
}

/** The school's classes, for anyone working at it. */
export function classScope(actor: Actor): Prisma.ClassWhereInput {
  return schoolScope(actor);
}

// ─── The trivselsperson's class work, groups and class conferences ────────────────────────────

/** The school's class work log, for those who do class work. */
export function classWorkScope(actor: Actor): Prisma.ClassWorkWhereInput {
  return can(actor, "class-work:manage") ? schoolScope(actor) : NOTHING;
}

/** The school's groups (quiet-youth, grief, divorce …) and, through them, who takes part. */
export function groupScope(actor: Actor): Prisma.GroupWhereInput {
  return can(actor, "group:manage") ? schoolScope(actor) : NOTHING;
}

/** The school's class conferences. */
export function classConferenceScope(actor: Actor): Prisma.ClassConferenceWhereInput {
  return can(actor, "class-conference:manage") ? schoolScope(actor) : NOTHING;
}

/** The reviews of the classes in the school's class conferences. */
export function classConferenceReviewScope(actor: Actor): Prisma.ClassConferenceReviewWhereInput {
  return can(actor, "class-conference:manage")
    ? { conference: schoolScope(actor), class: schoolScope(actor) }
    : NOTHING;
}

/** The trivselsperson's tasks from the school's class conferences (actions with a review). */
export function classConferenceTaskScope(actor: Actor): Prisma.ActionWhereInput {
  return can(actor, "class-conference:manage")
    ? { ...schoolScope(actor), review: { is: classConferenceReviewScope(actor) } }
    : NOTHING;
}

/**
 * Staff who can be given work at the school — lead a group, own a class conference task: active
 * users with a role here other than administrator. Administrators have no case content and no
 * "my actions" (separation of duties), so work is never handed to them.
 */
export function assignableStaffScope(actor: Actor): Prisma.UserWhereInput {
  return {
    active: true,
    roles: { some: { ...schoolScope(actor), role: { not: "ADMIN" } } },
  };
}

// ─── Confidentiality of case entries (DESIGN.md §3) ───────────────────────────────────────────

/** The facts about an entry that decide who may read its content. */
export type EntryAccessFacts = {
  schoolId: string;
  confidentiality: Confidentiality;
  authorId: string;
  authorRole: Role;
};

export type ForumShareFacts = {
  /** The pupil has valid consent covering the forum today, or the guardians attend the meeting. */
  forumConsentActive: boolean;
};

/**
 * Whether an actor may read an entry's content. Whoever may not still sees that the entry
 * exists (date, kind, profession) — the timeline shows a placeholder, never the content.
 */
export function canReadEntryContent(
  actor: Actor,
  entry: EntryAccessFacts,
  share: ForumShareFacts,
): boolean {
  if (entry.schoolId !== actor.schoolId || !can(actor, "pupil:open-record")) return false;
  switch (entry.confidentiality) {
    case "PRIVATE":
      return entry.authorId === actor.userId;
    case "PROFESSION":
      return actor.roles.includes(entry.authorRole);
    case "CASE":
      return actor.roles.includes("TRIVSELSPERSON");
    case "FORUM":
      return (
        actor.roles.includes("TRIVSELSPERSON") ||
        (share.forumConsentActive && actor.roles.some((role) => isForumMemberRole(role)))
      );
  }
}

export function isForumMemberRole(role: Role): boolean {
  return (FORUM_MEMBER_ROLES as readonly Role[]).includes(role);
}

/** A consent that covers the forum while it runs: the current version, given, not withdrawn. */
const FORUM_CONSENT_IN_FORCE: Prisma.ConsentWhereInput = {
  supersededBy: { is: null },
  decision: "GIVEN",
  withdrawnOn: null,
  scopes: { has: "FORUM" },
};

/**
 * A consent that covers the forum on `day`: the current version (not superseded), given, not
 * withdrawn, valid on that day.
 */
export function validForumConsentWhere(day: Date): Prisma.ConsentWhereInput {
  return { ...FORUM_CONSENT_IN_FORCE, validFrom: { lte: day }, validUntil: { gte: day } };
}

/**
 * The consents that cover the forum on some day from `from` to `to`, for checking several days
 * at once: a day is covered when one of them `coversDay` it (the same rule as
 * `validForumConsentWhere`, one query for many pupils and days).
 */
export function forumConsentOverlappingWhere(from: Date, to: Date): Prisma.ConsentWhereInput {
  return { ...FORUM_CONSENT_IN_FORCE, validFrom: { lte: to }, validUntil: { gte: from } };
}

export function coversDay(consent: { validFrom: Date; validUntil: Date }, day: Date): boolean {
  return (
    consent.validFrom.getTime() <= day.getTime() && day.getTime() <= consent.validUntil.getTime()
  );
}

/** Pupils whose consent covers the forum on `day`. */
export function forumConsentWhere(day: Date): Prisma.PupilWhereInput {
  return { consents: { some: validForumConsentWhere(day) } };
}

/**
 * The case entries whose content an actor may read, as a Prisma `where` — the query form of
 * `canReadEntryContent`, kept beside it so the two cannot drift (an integration test runs both
 * over the same rows). `day` is today for the consent check.
 */
export function caseEntryContentScope(actor: Actor, day: Date): Prisma.CaseEntryWhereInput {
  if (!can(actor, "pupil:open-record")) return NOTHING;
  const readable: Prisma.CaseEntryWhereInput[] = [
    { confidentiality: "PRIVATE", authorId: actor.userId },
    { confidentiality: "PROFESSION", authorRole: { in: [...actor.roles] } },
  ];
  if (actor.roles.includes("TRIVSELSPERSON")) {
    readable.push({ confidentiality: { in: ["CASE", "FORUM"] } });
  } else if (actor.roles.some((role) => isForumMemberRole(role))) {
    readable.push({ confidentiality: "FORUM", pupil: forumConsentWhere(day) });
  }
  return { ...schoolScope(actor), OR: readable };
}

// ─── Writing on the timeline ──────────────────────────────────────────────────────────────────

/** The trivselsperson's own kinds of work; other professions write conversations, notes, referrals. */
const TRIVSELSPERSON_KINDS: readonly CaseEntryKind[] = [
  "CONVERSATION",
  "ABSENCE_FOLLOW_UP",
  "SCHOOL_HOME_CONVERSATION",
  "REFERRAL",
  "HANDOVER",
  "NOTE",
];
const PROFESSION_KINDS: readonly CaseEntryKind[] = ["CONVERSATION", "REFERRAL", "NOTE"];

/**
 * The kinds of entry an actor may add to a pupil's timeline. A notification (underretning) is
 * open to every role with the duty to notify and is never held back by consent.
 */
export function creatableKinds(actor: Pick<Actor, "roles">): CaseEntryKind[] {
  const kinds = new Set<CaseEntryKind>();
  if (can(actor, "case-entry:create")) TRIVSELSPERSON_KINDS.forEach((kind) => kinds.add(kind));
  if (can(actor, "case-entry:create:profession"))
    PROFESSION_KINDS.forEach((kind) => kinds.add(kind));
  if (can(actor, "notification:create")) kinds.add("NOTIFICATION");
  return [...TRIVSELSPERSON_KINDS, "NOTIFICATION" as const].filter((kind) => kinds.has(kind));
}

export function assertCanCreateEntry(actor: Pick<Actor, "roles">, kind: CaseEntryKind): void {
  if (!creatableKinds(actor).includes(kind)) {
    throw new ForbiddenError(kind === "NOTIFICATION" ? "notification:create" : "case-entry:create");
  }
}

/**
 * The role an actor writes as: it decides the PROFESSION compartment of their entries. The
 * trivselsperson's role first; then their profession; leadership writes notifications as itself.
 */
export function authoringRole(actor: Pick<Actor, "roles">): Role {
  const order: Role[] = [
    "TRIVSELSPERSON",
    "HEALTH_NURSE",
    "PPR",
    "FAMILY_COUNSELLOR",
    "SSP",
    "LEADERSHIP",
  ];
  const role = order.find((candidate) => actor.roles.includes(candidate));
  if (!role) throw new ForbiddenError("case-entry:create");
  return role;
}

/** The confidentiality a new entry gets unless its author chooses otherwise. */
export function defaultConfidentiality(actor: Pick<Actor, "roles">): Confidentiality {
  return actor.roles.includes("TRIVSELSPERSON") ? "CASE" : "PROFESSION";
}

/**
 * The levels an author may choose: their default (CASE for the trivselsperson, their
 * profession's compartment for the others), sharing with the forum, or a private working note.
 */
export function allowedConfidentialities(actor: Pick<Actor, "roles">): Confidentiality[] {
  return [defaultConfidentiality(actor), "FORUM", "PRIVATE"];
}

/** The roles an actor may write PROFESSION entries as. */
export function professionRolesOf(actor: Pick<Actor, "roles">): Role[] {
  return actor.roles.filter((role) => (PROFESSION_ROLES as readonly Role[]).includes(role));
}

// ─── Concerns, the worklist and my actions ───────────────────────────────────────────────────

/** Who can be a concern's tovholder: the school's active trivselspersons. */
export function concernCoordinatorScope(actor: Actor): Prisma.UserWhereInput {
  return { active: true, roles: { some: { ...schoolScope(actor), role: "TRIVSELSPERSON" } } };
}

/**
 * The open follow-ups that are the actor's to do: assigned to them, or unassigned on an entry
 * whose content they may read. An unassigned follow-up on another profession's note or on
 * someone else's private note is not theirs, and does not show up on their worklist.
 */
export function myFollowUpScope(actor: Actor, day: Date): Prisma.CaseEntryWhereInput {
  if (!can(actor, "pupil:open-record")) return NOTHING;
  return {
    ...schoolScope(actor),
    followUpOn: { not: null },
    followUpDoneAt: null,
    OR: [
      { followUpOwnerId: actor.userId },
      { AND: [{ followUpOwnerId: null }, caseEntryContentScope(actor, day)] },
    ],
  };
}

/** The actions an actor is responsible for at the active school (never a plan's other actions). */
export function myActionScope(actor: Actor): Prisma.ActionWhereInput {
  if (!can(actor, "action:read:own")) return NOTHING;
  return { ...schoolScope(actor), responsibleKind: "USER", responsibleUserId: actor.userId };
}

/** The school's consents, for those who read or record them. */
export function consentScope(actor: Actor): Prisma.ConsentWhereInput {
  return can(actor, "consent:read") ? schoolScope(actor) : NOTHING;
}

/**
 * Forum meetings: every meeting of the school for those who run the forum and for leadership
 * (who see minutes and plans); for everyone else the meetings they take part in — the fixed
 * members are invited to each meeting, and an ad-hoc participant sees that meeting and no other.
 */
export function forumMeetingScope(actor: Actor): Prisma.ForumMeetingWhereInput {
  if (can(actor, "forum:manage") || actor.roles.includes("LEADERSHIP")) return schoolScope(actor);
  return { ...schoolScope(actor), participants: { some: { userId: actor.userId } } };
}

/**
 * In a meeting, for an agenda item about a named pupil that the consent gate lets through: the
 * pupil's entries shared with the forum (DESIGN.md §3: FORUM entries reach the forum while the
 * pupil's consent covers it, or when the guardians attend that item). Never anything below FORUM.
 */
export function forumItemEntryScope(actor: Actor, pupilId: string): Prisma.CaseEntryWhereInput {
  return { ...schoolScope(actor), pupilId, confidentiality: "FORUM" };
}

// ─── Dashboards ──────────────────────────────────────────────────────────────────────────────

/** The school whose dashboard an actor may open: the active school, for leadership. */
export function dashboardSchoolScope(actor: Actor): Prisma.SchoolWhereInput {
  return can(actor, "dashboard:view") ? { id: actor.schoolId, active: true } : NOTHING;
}

/**
 * The schools of the municipal view: every active school of the actor's municipality, for the
 * municipal role. Aggregates only — never a pupil (DESIGN.md §3, docs/decisions/0013).
 */
export function municipalitySchoolsScope(actor: Actor): Prisma.SchoolWhereInput {
  return can(actor, "dashboard:municipality")
    ? { municipalityId: actor.municipalityId, active: true }
    : NOTHING;
}

// ─── Navigation ──────────────────────────────────────────────────────────────────────────────

/** Where an actor lands after sign-in: the home of their first role in this order. */
export function homePathOf(actor: Pick<Actor, "roles">): string {
  if (actor.roles.includes("TRIVSELSPERSON")) return "/worklist";
  if (actor.roles.includes("LEADERSHIP")) return "/dashboard";
  if (actor.roles.some((role) => isForumMemberRole(role))) return "/forum";
  if (actor.roles.includes("TEACHER")) return "/concerns";
  if (actor.roles.includes("ADMIN")) return "/admin";
  if (actor.roles.includes("MUNICIPALITY")) return "/municipality";
  // No role at the school: an ad-hoc participant of a forum meeting.
  return "/forum";
}

// ─── Emergency access (nødadgang, docs/decisions/0019-emergency-access.md) ───────────────────

/** What an emergency access lets its holder read on the pupil's timeline besides their own. */
export const EMERGENCY_READABLE: readonly Confidentiality[] = ["CASE", "FORUM"];

/**
 * Whether an actor may ask for emergency access at all: a fixed forum member of the active
 * school. A trivselsperson already reads CASE and FORUM entries, so gains nothing by it.
 */
export function canRequestEmergencyAccess(actor: Pick<Actor, "roles">): boolean {
  return can(actor, "emergency-access:request") && !actor.roles.includes("TRIVSELSPERSON");
}

/**
 * The pupils an actor may ask emergency access to: the pupils of the active school they can
 * already find (so the form never confirms more than the search would). Nothing for others.
 */
export function emergencyAccessRequestScope(actor: Actor): Prisma.PupilWhereInput {
  return canRequestEmergencyAccess(actor) ? pupilScope(actor) : NOTHING;
}

/** The actor's grants still running at `now`, at the active school. */
export function activeEmergencyGrants(actor: Actor, now = new Date()): EmergencyGrant[] {
  if (!canRequestEmergencyAccess(actor)) return [];
  return (actor.emergencyAccess ?? []).filter((grant) => grant.expiresAt > now);
}

/** The running grant that covers `pupilId`, if any (the one that runs longest). */
export function emergencyGrantFor(
  actor: Actor,
  pupilId: string,
  now = new Date(),
): EmergencyGrant | null {
  const grants = activeEmergencyGrants(actor, now).filter((grant) => grant.pupilId === pupilId);
  grants.sort((a, b) => b.expiresAt.getTime() - a.expiresAt.getTime());
  return grants[0] ?? null;
}

/**
 * The case entries an actor may read on a pupil's record: `caseEntryContentScope`, widened by a
 * running emergency access to the CASE and FORUM entries of that pupil — never another
 * profession's PROFESSION notes, never someone else's PRIVATE note. For reads only: writes,
 * follow-ups and worklists keep using `caseEntryContentScope`, so a grant widens no write.
 */
export function caseEntryReadScope(
  actor: Actor,
  day: Date,
  now = new Date(),
): Prisma.CaseEntryWhereInput {
  const base = caseEntryContentScope(actor, day);
  const pupilIds = activeEmergencyGrants(actor, now).map((grant) => grant.pupilId);
  if (pupilIds.length === 0) return base;
  return {
    OR: [
      base,
      {
        ...schoolScope(actor),
        pupilId: { in: pupilIds },
        confidentiality: { in: [...EMERGENCY_READABLE] },
      },
    ],
  };
}

/** The predicate form of `caseEntryReadScope`, for one entry of a known pupil. */
export function canReadEntryOnRecord(
  actor: Actor,
  entry: EntryAccessFacts & { pupilId: string },
  share: ForumShareFacts,
  now = new Date(),
): boolean {
  if (canReadEntryContent(actor, entry, share)) return true;
  return (
    entry.schoolId === actor.schoolId &&
    EMERGENCY_READABLE.includes(entry.confidentiality) &&
    emergencyGrantFor(actor, entry.pupilId, now) !== null
  );
}

/** Every emergency access of the active school, for the leadership that reviews them. */
export function emergencyAccessReviewScope(actor: Actor): Prisma.EmergencyAccessWhereInput {
  return can(actor, "emergency-access:review") ? schoolScope(actor) : NOTHING;
}

/** One's own emergency accesses at the active school (to end one early). */
export function ownEmergencyAccessScope(actor: Actor): Prisma.EmergencyAccessWhereInput {
  return can(actor, "emergency-access:request")
    ? { ...schoolScope(actor), userId: actor.userId }
    : NOTHING;
}
