/**
 * The policy table, role by role, stated a second time on purpose: a change to who may do what
 * has to be made here too, deliberately. Then the confidentiality rules of DESIGN.md §3 as a
 * matrix over every role, level and consent state.
 */
import { describe, expect, it } from "vitest";
import type { Confidentiality, Role } from "@/lib/generated/prisma/enums";
import {
  ALL_ROLES,
  allowedConfidentialities,
  assertCan,
  assertCanCreateEntry,
  assignableStaffScope,
  authoringRole,
  can,
  canReadEntryContent,
  caseEntryContentScope,
  classConferenceReviewScope,
  classConferenceScope,
  classConferenceTaskScope,
  classWorkScope,
  concernCoordinatorScope,
  concernScope,
  consentScope,
  creatableKinds,
  dashboardSchoolScope,
  defaultConfidentiality,
  ForbiddenError,
  forumMeetingScope,
  groupScope,
  homePathOf,
  myActionScope,
  municipalitySchoolsScope,
  myFollowUpScope,
  PERMISSIONS,
  permissionsOf,
  pupilRecordScope,
  pupilScope,
  ROLE_PERMISSIONS,
  type Actor,
  type Permission,
} from "./policy";

const SCHOOL = "00000000-0000-7000-8000-000000000001";
const OTHER_SCHOOL = "00000000-0000-7000-8000-000000000002";

function actor(roles: Role[], userId = "user-1"): Actor {
  return {
    userId,
    name: "Test",
    email: "t@test.dk",
    schoolId: SCHOOL,
    schoolName: "Skolen",
    municipalityId: "m",
    roles,
  };
}

const FORUM_MEMBER_BASE: Permission[] = [
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

const EXPECTED: Record<Role, Permission[]> = {
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
    ...FORUM_MEMBER_BASE,
    "concern:read:all",
    "dashboard:view",
    "absence:import",
    "audit:read",
    "emergency-access:review",
    "privacy:access-request",
  ],
  PPR: [...FORUM_MEMBER_BASE, "case-entry:create:profession"],
  HEALTH_NURSE: [...FORUM_MEMBER_BASE, "case-entry:create:profession"],
  FAMILY_COUNSELLOR: [...FORUM_MEMBER_BASE, "case-entry:create:profession"],
  SSP: [...FORUM_MEMBER_BASE, "case-entry:create:profession"],
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

describe("the role → permission table", () => {
  it.each(ALL_ROLES)("%s has exactly its permissions", (role) => {
    expect([...permissionsOf([role])].sort()).toEqual([...EXPECTED[role]].sort());
  });

  it("covers every role of the schema and names only known permissions", () => {
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual([...ALL_ROLES].sort());
    for (const permissions of Object.values(ROLE_PERMISSIONS)) {
      for (const permission of permissions) expect(PERMISSIONS).toContain(permission);
    }
  });

  it("keeps administrators away from case content (separation of duties)", () => {
    const admin = actor(["ADMIN"]);
    for (const permission of [
      "pupil:open-record",
      "concern:read:all",
      "case-entry:create",
      "forum:participate",
      "dashboard:view",
      "privacy:access-request",
    ] as const) {
      expect(can(admin, permission)).toBe(false);
    }
  });

  it("gives the access report to leadership and administrators, indsigt to leadership alone", () => {
    const who = (permission: Permission) =>
      ALL_ROLES.filter((role) => can(actor([role]), permission)).sort();
    expect(who("audit:read")).toEqual(["ADMIN", "LEADERSHIP"]);
    // Indsigt holds case content: leadership answers for it, administrators never see it.
    expect(who("privacy:access-request")).toEqual(["LEADERSHIP"]);
    expect(who("privacy:legal-hold")).toEqual(["ADMIN"]);
  });

  it("lets teachers raise concerns and see only their own", () => {
    const teacher = actor(["TEACHER"]);
    expect(can(teacher, "concern:create")).toBe(true);
    expect(can(teacher, "concern:read:own")).toBe(true);
    expect(can(teacher, "concern:read:all")).toBe(false);
    expect(can(teacher, "pupil:open-record")).toBe(false);
  });

  it("unites the permissions of several roles at one school", () => {
    const both = actor(["TEACHER", "SSP"]);
    expect(can(both, "forum:participate")).toBe(true);
    expect(can(both, "concern:create")).toBe(true);
  });

  it("assertCan throws ForbiddenError naming the permission, and can() is false without an actor", () => {
    expect(() => assertCan(actor(["TEACHER"]), "admin:pupils")).toThrow(ForbiddenError);
    expect(() => assertCan(actor(["ADMIN"]), "admin:pupils")).not.toThrow();
    expect(can(null, "pupil:search")).toBe(false);
    expect(can(actor([]), "pupil:search")).toBe(false);
    // An ad-hoc forum guest without a role at the school: their own tasks, nothing else.
    expect(PERMISSIONS.filter((permission) => can(actor([]), permission))).toEqual([
      "action:read:own",
    ]);
  });
});

describe("who may read a case entry's content (DESIGN.md §3)", () => {
  const AUTHOR = "author-1";
  const levels: Confidentiality[] = ["CASE", "FORUM", "PROFESSION", "PRIVATE"];

  /** The rule, written out independently of the implementation. */
  function expected(
    role: Role,
    level: Confidentiality,
    authorRole: Role,
    isAuthor: boolean,
    consent: boolean,
  ): boolean {
    const opensRecords = !["TEACHER", "ADMIN", "MUNICIPALITY"].includes(role);
    if (!opensRecords) return false;
    if (level === "PRIVATE") return isAuthor;
    if (level === "PROFESSION") return role === authorRole;
    if (level === "CASE") return role === "TRIVSELSPERSON";
    return (
      role === "TRIVSELSPERSON" ||
      (consent && ["LEADERSHIP", "PPR", "HEALTH_NURSE", "FAMILY_COUNSELLOR", "SSP"].includes(role))
    );
  }

  for (const role of ALL_ROLES) {
    for (const level of levels) {
      for (const authorRole of ["TRIVSELSPERSON", "HEALTH_NURSE", "PPR"] as Role[]) {
        for (const isAuthor of [true, false]) {
          for (const consent of [true, false]) {
            const name = `${role} reading ${level} by ${authorRole}${isAuthor ? " (own)" : ""}${consent ? " with forum consent" : ""}`;
            it(name, () => {
              const reader = actor([role], isAuthor ? AUTHOR : "someone-else");
              const entry = {
                schoolId: SCHOOL,
                confidentiality: level,
                authorId: AUTHOR,
                authorRole,
              };
              expect(canReadEntryContent(reader, entry, { forumConsentActive: consent })).toBe(
                expected(role, level, authorRole, isAuthor, consent),
              );
            });
          }
        }
      }
    }
  }

  it("never lets anyone read another school's entries, whatever the level", () => {
    for (const role of ALL_ROLES) {
      for (const level of levels) {
        const entry = {
          schoolId: OTHER_SCHOOL,
          confidentiality: level,
          authorId: "user-1",
          authorRole: role,
        };
        expect(canReadEntryContent(actor([role]), entry, { forumConsentActive: true })).toBe(false);
      }
    }
  });

  it("gives the nurse's note to the other nurse of the school but not to the trivselsperson, PPR or leadership", () => {
    const note = {
      schoolId: SCHOOL,
      confidentiality: "PROFESSION" as const,
      authorId: "nurse-1",
      authorRole: "HEALTH_NURSE" as const,
    };
    const share = { forumConsentActive: true };
    expect(canReadEntryContent(actor(["HEALTH_NURSE"], "nurse-2"), note, share)).toBe(true);
    for (const role of ["TRIVSELSPERSON", "PPR", "LEADERSHIP"] as const) {
      expect(canReadEntryContent(actor([role]), note, share)).toBe(false);
    }
  });

  it("defaults new entries to CASE for the trivselsperson and PROFESSION for the other professions", () => {
    expect(defaultConfidentiality(actor(["TRIVSELSPERSON"]))).toBe("CASE");
    expect(defaultConfidentiality(actor(["HEALTH_NURSE"]))).toBe("PROFESSION");
  });
});

describe("scopes", () => {
  it("limits a teacher's pupils to their own classes and everyone to their school", () => {
    expect(pupilScope(actor(["TEACHER"]))).toEqual({
      schoolId: SCHOOL,
      class: { teachers: { some: { userId: "user-1" } } },
    });
    expect(pupilScope(actor(["TRIVSELSPERSON"]))).toEqual({ schoolId: SCHOOL });
    expect(pupilScope(actor(["TEACHER", "LEADERSHIP"]))).toEqual({ schoolId: SCHOOL });
    expect(pupilScope(actor([]))).toEqual({ id: { in: [] } });
  });

  it("opens pupil records only to case and forum roles", () => {
    expect(pupilRecordScope(actor(["ADMIN"]))).toEqual({ id: { in: [] } });
    expect(pupilRecordScope(actor(["TEACHER"]))).toEqual({ id: { in: [] } });
    expect(pupilRecordScope(actor(["PPR"]))).toEqual({ schoolId: SCHOOL });
  });

  it("gives teachers their own concerns and the trivselsperson and leadership all of the school's", () => {
    expect(concernScope(actor(["TEACHER"]))).toEqual({ schoolId: SCHOOL, raisedById: "user-1" });
    expect(concernScope(actor(["TRIVSELSPERSON"]))).toEqual({ schoolId: SCHOOL });
    expect(concernScope(actor(["LEADERSHIP"]))).toEqual({ schoolId: SCHOOL });
    expect(concernScope(actor(["ADMIN"]))).toEqual({ id: { in: [] } });
  });

  it("builds no readable-entry query for roles that cannot open records", () => {
    expect(caseEntryContentScope(actor(["ADMIN"]), new Date())).toEqual({ id: { in: [] } });
    expect(caseEntryContentScope(actor(["TEACHER"]), new Date())).toEqual({ id: { in: [] } });
  });

  it("gives class work, groups and class conferences of the school to the trivselsperson only", () => {
    const trivsel = actor(["TRIVSELSPERSON"]);
    expect(classWorkScope(trivsel)).toEqual({ schoolId: SCHOOL });
    expect(groupScope(trivsel)).toEqual({ schoolId: SCHOOL });
    expect(classConferenceScope(trivsel)).toEqual({ schoolId: SCHOOL });
    expect(classConferenceReviewScope(trivsel)).toEqual({
      conference: { schoolId: SCHOOL },
      class: { schoolId: SCHOOL },
    });
    expect(classConferenceTaskScope(trivsel)).toEqual({
      schoolId: SCHOOL,
      review: { is: { conference: { schoolId: SCHOOL }, class: { schoolId: SCHOOL } } },
    });
    for (const role of ALL_ROLES.filter((role) => role !== "TRIVSELSPERSON")) {
      const other = actor([role]);
      expect(classWorkScope(other), role).toEqual({ id: { in: [] } });
      expect(groupScope(other), role).toEqual({ id: { in: [] } });
      expect(classConferenceScope(other), role).toEqual({ id: { in: [] } });
      expect(classConferenceReviewScope(other), role).toEqual({ id: { in: [] } });
      expect(classConferenceTaskScope(other), role).toEqual({ id: { in: [] } });
    }
  });

  it("hands work only to active staff of the school who are not only administrators", () => {
    expect(assignableStaffScope(actor(["TRIVSELSPERSON"]))).toEqual({
      active: true,
      roles: { some: { schoolId: SCHOOL, role: { not: "ADMIN" } } },
    });
  });
});

describe("home pages", () => {
  it.each([
    [["TRIVSELSPERSON"], "/worklist"],
    [["LEADERSHIP"], "/dashboard"],
    [["PPR"], "/forum"],
    [["HEALTH_NURSE"], "/forum"],
    [["FAMILY_COUNSELLOR"], "/forum"],
    [["SSP"], "/forum"],
    [["TEACHER"], "/concerns"],
    [["ADMIN"], "/admin"],
    [["MUNICIPALITY"], "/municipality"],
    [[], "/forum"],
  ] as [Role[], string][])("%s lands on %s", (roles, path) => {
    expect(homePathOf(actor(roles))).toBe(path);
  });
});

describe("writing on the timeline", () => {
  it.each([
    [
      ["TRIVSELSPERSON"],
      [
        "CONVERSATION",
        "ABSENCE_FOLLOW_UP",
        "SCHOOL_HOME_CONVERSATION",
        "REFERRAL",
        "HANDOVER",
        "NOTE",
        "NOTIFICATION",
      ],
    ],
    [["HEALTH_NURSE"], ["CONVERSATION", "REFERRAL", "NOTE", "NOTIFICATION"]],
    [["PPR"], ["CONVERSATION", "REFERRAL", "NOTE", "NOTIFICATION"]],
    [["LEADERSHIP"], ["NOTIFICATION"]],
    [["TEACHER"], []],
    [["ADMIN"], []],
  ] as [Role[], string[]][])("%s may write %s", (roles, kinds) => {
    expect(creatableKinds(actor(roles))).toEqual(kinds);
    for (const kind of kinds)
      expect(() => assertCanCreateEntry(actor(roles), kind as never)).not.toThrow();
  });

  it("refuses a teacher a notification entry through the timeline and a nurse an absence follow-up", () => {
    expect(() => assertCanCreateEntry(actor(["TEACHER"]), "NOTIFICATION")).toThrow(ForbiddenError);
    expect(() => assertCanCreateEntry(actor(["HEALTH_NURSE"]), "ABSENCE_FOLLOW_UP")).toThrow(
      ForbiddenError,
    );
  });

  it("writes as the trivselsperson first, then the profession", () => {
    expect(authoringRole(actor(["SSP", "TRIVSELSPERSON"]))).toBe("TRIVSELSPERSON");
    expect(authoringRole(actor(["HEALTH_NURSE"]))).toBe("HEALTH_NURSE");
    expect(authoringRole(actor(["LEADERSHIP"]))).toBe("LEADERSHIP");
    expect(() => authoringRole(actor(["TEACHER"]))).toThrow(ForbiddenError);
  });

  it("offers each author their default, the forum and a private note", () => {
    expect(allowedConfidentialities(actor(["TRIVSELSPERSON"]))).toEqual([
      "CASE",
      "FORUM",
      "PRIVATE",
    ]);
    expect(allowedConfidentialities(actor(["PPR"]))).toEqual(["PROFESSION", "FORUM", "PRIVATE"]);
  });
});

describe("scopes of concerns, the worklist and my actions", () => {
  const DAY = new Date("2026-11-21T00:00:00Z");

  it("offers only the school's active trivselspersons as a concern's tovholder", () => {
    expect(concernCoordinatorScope(actor(["TRIVSELSPERSON"]))).toEqual({
      active: true,
      roles: { some: { schoolId: SCHOOL, role: "TRIVSELSPERSON" } },
    });
  });

  it("puts on the worklist the follow-ups assigned to me, and unassigned ones I may read", () => {
    const trivsel = actor(["TRIVSELSPERSON"]);
    expect(myFollowUpScope(trivsel, DAY)).toEqual({
      schoolId: SCHOOL,
      followUpOn: { not: null },
      followUpDoneAt: null,
      OR: [
        { followUpOwnerId: "user-1" },
        { AND: [{ followUpOwnerId: null }, caseEntryContentScope(trivsel, DAY)] },
      ],
    });
    expect(myFollowUpScope(actor(["TEACHER"]), DAY)).toEqual({ id: { in: [] } });
    expect(myFollowUpScope(actor(["ADMIN"]), DAY)).toEqual({ id: { in: [] } });
  });

  it("gives each user their own actions only, and administrators and municipal consultants none", () => {
    for (const role of ALL_ROLES.filter((role) => role !== "ADMIN" && role !== "MUNICIPALITY")) {
      expect(myActionScope(actor([role])), role).toEqual({
        schoolId: SCHOOL,
        responsibleKind: "USER",
        responsibleUserId: "user-1",
      });
    }
    expect(myActionScope(actor(["ADMIN"]))).toEqual({ id: { in: [] } });
    expect(myActionScope(actor(["MUNICIPALITY"]))).toEqual({ id: { in: [] } });
  });

  it("shows consents to those who read them, never to teachers or administrators", () => {
    expect(consentScope(actor(["TRIVSELSPERSON"]))).toEqual({ schoolId: SCHOOL });
    expect(consentScope(actor(["PPR"]))).toEqual({ schoolId: SCHOOL });
    expect(consentScope(actor(["TEACHER"]))).toEqual({ id: { in: [] } });
    expect(consentScope(actor(["ADMIN"]))).toEqual({ id: { in: [] } });
  });

  it("shows the forum's meetings to the trivselsperson, one's own meetings to members, none to others", () => {
    expect(forumMeetingScope(actor(["TRIVSELSPERSON"]))).toEqual({ schoolId: SCHOOL });
    expect(forumMeetingScope(actor(["PPR"]))).toEqual({
      schoolId: SCHOOL,
      participants: { some: { userId: "user-1" } },
    });
    expect(forumMeetingScope(actor(["LEADERSHIP"]))).toEqual({ schoolId: SCHOOL });
    // A teacher (or anyone) invited ad hoc sees the meetings they take part in, and no other.
    for (const roles of [["TEACHER"], ["ADMIN"], []] as Role[][]) {
      expect(forumMeetingScope(actor(roles))).toEqual({
        schoolId: SCHOOL,
        participants: { some: { userId: "user-1" } },
      });
    }
  });
});

describe("scopes of the dashboards", () => {
  it("opens the active school's dashboard to leadership only", () => {
    expect(dashboardSchoolScope(actor(["LEADERSHIP"]))).toEqual({ id: SCHOOL, active: true });
    for (const role of ALL_ROLES.filter((role) => role !== "LEADERSHIP")) {
      expect(dashboardSchoolScope(actor([role])), role).toEqual({ id: { in: [] } });
    }
    expect(dashboardSchoolScope(actor([]))).toEqual({ id: { in: [] } });
  });

  it("gives the municipal consultant every active school of their municipality, and nobody else any", () => {
    expect(municipalitySchoolsScope(actor(["MUNICIPALITY"]))).toEqual({
      municipalityId: "m",
      active: true,
    });
    for (const role of ALL_ROLES.filter((role) => role !== "MUNICIPALITY")) {
      expect(municipalitySchoolsScope(actor([role])), role).toEqual({ id: { in: [] } });
    }
    expect(municipalitySchoolsScope(actor([]))).toEqual({ id: { in: [] } });
  });
});
