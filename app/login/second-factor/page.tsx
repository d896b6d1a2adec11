import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CenteredPage } from "@/components/auth/centered-page";
import { SecondFactorForm } from "@/components/auth/second-factor-form";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { safeCallbackUrl } from "@/lib/auth/redirect";
import { getPendingSecondFactor, getSignedInUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("auth.secondFactorTitle") };
}

/**
 * After signing in through the identity provider, a user with a second factor gives it here
 * before anything else opens (docs/decisions/0022).
 */
export default async function SecondFactorPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (!(await getPendingSecondFactor())) {
    redirect((await getSignedInUser()) ? callbackUrl : "/login");
  }
  const t = await getT();
  return (
    <CenteredPage title={t("auth.secondFactorTitle")} intro={t("auth.secondFactorIntro")}>
      <SecondFactorForm callbackUrl={callbackUrl} />
      <div className="mt-6">
        <SignOutButton />
      </div>
    </CenteredPage>
  );
}
