/**
 * The actor of the current request: the signed-in user, their active school and their roles
 * there, read fresh from the database once per request (React `cache`). A deactivated user or a
 * removed role stops working at the next request; a session older than SESSION_MAX_HOURS is over
 * whatever its activity.
 */
import "server-only";
import { getServerSession } from "next-auth";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Role } from "@/lib/generated/prisma/enums";
import { authOptions } from "./options";
import { recordDenied } from "@/lib/audit";
import { withEmergencyGrants } from "@/lib/emergency-access/grants";
import { can, type Actor, type Permission } from "./policy";
import { safeCallbackUrl } from "./redirect";
import { roleNeedsTotp } from "./two-factor";

/** Where a user sets up (or, when the school requires it, must set up) the second factor. */
export const TWO_FACTOR_PATH = "/account/two-factor";

export const SCHOOL_COOKIE = "trivsel-school";

/** How long after a meeting an ad-hoc participant can still open it (minutes, their actions). */
export const AD_HOC_ACCESS_DAYS = 60;

export type SchoolChoice = {
  schoolId: string;
  schoolName: string;
  municipalityId: string;
  roles: Role[];
};

/** The signed-in user and the schools they may work at; null when not (or no longer) signed in. */
export const getSignedInUser = cache(async () => {
  const session = await getServerSession(authOptions());
  const userId = session?.user?.id;
  if (!userId) return null;
  const maxAgeSeconds = env().SESSION_MAX_HOURS * 3600;
  if (!session.authTime || Date.now() / 1000 - session.authTime > maxAgeSeconds) return null;

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
            startsAt: { gte: new Date(Date.now() - AD_HOC_ACCESS_DAYS * 86_400_000) },
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
  if (!user) return null;

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
    id: user.id,
    name: user.name,
    email: user.email,
    schools: [...schools.values()],
    totpEnabled: !!user.totpEnabledAt,
    mustEnrolTotp,
  };
});

export type SignedInUser = NonNullable<Awaited<ReturnType<typeof getSignedInUser>>>;

/** The school the user works with now: their choice if still theirs, or their only school. */
export function activeSchoolOf(
  user: SignedInUser,
  chosenSchoolId: string | undefined,
): SchoolChoice | null {
  const chosen = user.schools.find((school) => school.schoolId === chosenSchoolId);
  if (chosen) return chosen;
  return user.schools.length === 1 ? user.schools[0]! : null;
}

export const getActor = cache(async (): Promise<Actor | null> => {
  const user = await getSignedInUser();
  // No actor until the required second factor is set up: pages and actions refuse alike.
  if (!user || user.mustEnrolTotp) return null;
  const school = activeSchoolOf(user, (await cookies()).get(SCHOOL_COOKIE)?.value);
  if (!school) return null;
  // A forum member's running emergency accesses (nødadgang) widen what the policy lets them read.
  return withEmergencyGrants({
    userId: user.id,
    name: user.name,
    email: user.email,
    schoolId: school.schoolId,
    schoolName: school.schoolName,
    municipalityId: school.municipalityId,
    roles: school.roles,
    requestId: (await headers()).get("x-request-id") ?? undefined,
  });
});

/**
 * For pages: the actor, or off to sign-in (not signed in) or the school picker (signed in, but
 * no school chosen yet).
 */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (actor) return actor;
  const user = await getSignedInUser();
  if (!user) {
    const back = safeCallbackUrl((await headers()).get("x-trivsel-path") ?? undefined);
    redirect(back === "/" ? "/login" : `/login?callbackUrl=${encodeURIComponent(back)}`);
  }
  if (user.mustEnrolTotp) redirect(TWO_FACTOR_PATH);
  redirect("/select-school");
}

/**
 * For pages: the actor if their roles grant `permission`; otherwise the attempt is logged and
 * the page answers "not found" (it does not confirm that something is there).
 */
export async function requirePermission(permission: Permission): Promise<Actor> {
  const actor = await requireActor();
  if (!can(actor, permission)) {
    // The path (never its query: it may hold a search) and, for a pupil's page, the pupil: the
    // attempt then shows in that pupil's access log.
    const path = ((await headers()).get("x-trivsel-path") ?? "").split("?")[0] ?? "";
    await recordDenied(actor, {
      action: "page.open",
      pupilId: pupilIdInPath(path),
      details: { permission, path },
    });
    notFound();
  }
  return actor;
}

/** "/pupils/<id>/…", "/privacy/pupils/<id>/…", "/admin/pupils/<id>" → the pupil's id. */
export function pupilIdInPath(path: string): string | null {
  const match = /^(?:\/privacy|\/admin)?\/pupils\/([0-9a-f-]{36})(?:\/|$)/i.exec(path);
  return match?.[1] ?? null;
}
