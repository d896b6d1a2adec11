"use server";

/**
 * Preferences any visitor may set: the language, and (signed in) which of one's own schools to
 * work with. Neither reads or changes pupil data.
 */
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { recordAudit } from "@/lib/audit";
import { homePathOf } from "@/lib/auth/policy";
import { getSignedInUser, SCHOOL_COOKIE } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n";

const YEAR = 60 * 60 * 24 * 365;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function setLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: YEAR,
    sameSite: "lax",
    httpOnly: true,
  });
}

export async function selectSchool(formData: FormData): Promise<void> {
  const user = await getSignedInUser();
  if (!user) redirect("/login");
  const school = user.schools.find((choice) => choice.schoolId === formData.get("schoolId"));
  if (!school) {
    // Before any school is chosen there is no school or role to name: the school tried is the
    // entity, and the request id ties the row to the rest of the request.
    const tried = formData.get("schoolId");
    await recordAudit(
      db,
      { userId: user.id, requestId: (await headers()).get("x-request-id") ?? undefined },
      {
        action: "auth.select-school",
        outcome: "DENIED",
        entityType: "School",
        // Only an id: the form can carry anything, a NUL byte included.
        entityId: typeof tried === "string" && UUID.test(tried) ? tried : undefined,
      },
    );
    redirect("/select-school");
  }
  (await cookies()).set(SCHOOL_COOKIE, school.schoolId, {
    path: "/",
    sameSite: "lax",
    httpOnly: true,
  });
  redirect(homePathOf({ roles: school.roles }));
}
