/**
 * What a session cookie's claims amount to, decided against the database on every request:
 * signed out (no user, an inactive one, past the absolute lifetime), a second factor still to
 * give (docs/decisions/0022), or signed in — with the schools the user may work at. Apart from
 * the request-bound lookup (session.ts), so the rule can be tested against PostgreSQL directly.
 */
import "server-only";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { withinAbsoluteLifetime, type SessionClaims } from "./session-token";
import { roleNeedsTotp } from "./two-factor";

/** How long after a meeting an ad-hoc participant can still open it (minutes, their actions). */
export const AD_HOC_ACCESS_DAYS = 60;

export type SchoolChoice = {
  schoolId: string;
  schoolName: string;
  municipalityId: string;
  roles: Role[];
};

export type SignedInUser = {
  id: string;
  name: string;
  email: string;
  schools: SchoolChoice[];
  totpEnabled: boolean;
  /** Holds a role that must use a second factor at a school that requires it, and has none yet. */
  mustEnrolTotp: boolean;
};

/** Someone who has proved who they are, but not yet given the second factor they have. */
export type PendingSecondFactorUser = { id: string; name: string; email: string };

export type SessionState =
  | { kind: "signed-out" }
  | { kind: "second-factor-pending"; user: PendingSecondFactorUser }
  | { kind: "signed-in"; user: SignedInUser };

export async function sessionStateFor(
  claims: SessionClaims,
  options: { maxAgeSeconds: number; now?: number },
): Promise<SessionState> {
  const signedOut = { kind: "signed-out" } as const;
  const userId = claims.sub;
  if (!userId) return signedOut;
  const now = options.now ?? Date.now() / 1000;
  if (!withinAbsoluteLifetime(claims, options.maxAgeSeconds, now)) return signedOut;

  const user = await db.user.findFirst({
    where: { id: userId, active: true },
    select: {
      id: true,
      name: true,
      email: true,
      totpEnabledAt: true,
      roles: {
        where: { school: { active: true } },
        select: {
          role: true,
          school: { select: { id: true, name: true, municipalityId: true, requireTotp: true } },
        },
        orderBy: { school: { name: "asc" } },
      },
      // An ad-hoc forum participant may have no role at the school: the meeting is their way in.
      forumParticipation: {
        where: {
          adHoc: true,
          meeting: {
            startsAt: { gte: new Date(now * 1000 - AD_HOC_ACCESS_DAYS * 86_400_000) },
            school: { active: true },
          },
        },
        select: {
          meeting: {
            select: { school: { select: { id: true, name: true, municipalityId: true } } },
          },
        },
      },
    },
  });
  if (!user) return signedOut;

  // A user with a second factor uses it in every session: one signed in through the identity
  // provider (or before she enrolled elsewhere) gives it before anything else opens.
  if (user.totpEnabledAt && typeof claims.secondFactorAt !== "number") {
    return {
      kind: "second-factor-pending",
      user: { id: user.id, name: user.name, email: user.email },
    };
  }

  const schools = new Map<string, SchoolChoice>();
  for (const { role, school } of user.roles) {
    const choice = schools.get(school.id) ?? {
      schoolId: school.id,
      schoolName: school.name,
      municipalityId: school.municipalityId,
      roles: [],
    };
    choice.roles.push(role);
    schools.set(school.id, choice);
  }
  for (const { meeting } of user.forumParticipation) {
    if (!schools.has(meeting.school.id)) {
      schools.set(meeting.school.id, {
        schoolId: meeting.school.id,
        schoolName: meeting.school.name,
        municipalityId: meeting.school.municipalityId,
        roles: [],
      });
    }
  }
  // A role with notes of its own at a school that requires a second factor: enrol first.
  const mustEnrolTotp =
    !user.totpEnabledAt &&
    user.roles.some(({ role, school }) => school.requireTotp && roleNeedsTotp(role));
  return {
    kind: "signed-in",
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      schools: [...schools.values()],
      totpEnabled: !!user.totpEnabledAt,
      mustEnrolTotp,
    },
  };
}
