import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { CenteredPage } from "@/components/auth/centered-page";
import { TwoFactorEnrolment } from "@/components/auth/two-factor-enrolment";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { getSignedInUser } from "@/lib/auth/session";
import { totpStatus } from "@/lib/auth/two-factor";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("auth.twoFactorTitle") };
}

/** Setting up the second factor; the first page a user sees when the school requires it. */
export default async function TwoFactorPage() {
  const user = await getSignedInUser();
  if (!user) redirect("/login?callbackUrl=%2Faccount%2Ftwo-factor");
  const t = await getT();
  const status = await totpStatus(user.id);
  return (
    <CenteredPage title={t("auth.twoFactorTitle")} intro={t("auth.twoFactorIntro")}>
      {user.mustEnrolTotp ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {t("auth.twoFactorRequired")}
        </p>
      ) : null}
      <TwoFactorEnrolment
        enabled={
          status.enabled ? (
            <div className="space-y-3 text-sm text-stone-700">
              <p data-testid="two-factor-status">{t("auth.twoFactorEnabled")}</p>
              <p>{t("auth.twoFactorRecoveryLeft", { count: status.recoveryCodesLeft })}</p>
              <p>{t("auth.twoFactorLostPhone")}</p>
              <Link href="/" className="text-brand-700 inline-block underline">
                {t("common.goHome")}
              </Link>
            </div>
          ) : null
        }
      />
      {user.mustEnrolTotp ? (
        <div className="mt-6">
          <SignOutButton />
        </div>
      ) : null}
    </CenteredPage>
  );
}
