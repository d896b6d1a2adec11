import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { selectSchool } from "@/app/actions";
import { CenteredPage } from "@/components/auth/centered-page";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { getSignedInUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("auth.selectSchoolTitle") };
}

export default async function SelectSchoolPage() {
  const user = await getSignedInUser();
  if (!user) redirect("/login");
  const t = await getT();
  if (user.schools.length === 0) {
    return (
      <CenteredPage title={t("auth.noSchoolsTitle")} intro={t("auth.noSchoolsBody")}>
        <SignOutButton />
      </CenteredPage>
    );
  }
  return (
    <CenteredPage title={t("auth.selectSchoolTitle")} intro={t("auth.selectSchoolIntro")}>
      <ul className="space-y-2">
        {user.schools.map((school) => (
          <li key={school.schoolId}>
            <form action={selectSchool}>
              <input type="hidden" name="schoolId" value={school.schoolId} />
              <button
                type="submit"
                className="hover:border-brand-500 hover:bg-brand-50 w-full rounded-lg border border-stone-200 px-4 py-3 text-left"
              >
                <span className="block font-medium text-stone-900">{school.schoolName}</span>
                <span className="block text-sm text-stone-600">
                  {school.roles.map((role) => t(`roles.${role}`)).join(", ")}
                </span>
              </button>
            </form>
          </li>
        ))}
      </ul>
    </CenteredPage>
  );
}
