import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CenteredPage } from "@/components/auth/centered-page";
import { IdentityProviderButton, LoginForm } from "@/components/auth/login-form";
import { OIDC_PROVIDER_ID } from "@/lib/auth/options";
import { safeCallbackUrl } from "@/lib/auth/redirect";
import { getPendingSecondFactor, getSignedInUser, SECOND_FACTOR_PATH } from "@/lib/auth/session";
import { env, oidcEnabled } from "@/lib/env";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("auth.signInTitle") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  if (await getSignedInUser()) redirect("/");
  // Signed in through the identity provider, the second factor still to give.
  if (await getPendingSecondFactor()) redirect(SECOND_FACTOR_PATH);
  const t = await getT();
  const config = env();
  return (
    <CenteredPage title={t("auth.signInTitle")} intro={t("auth.signInIntro")}>
      {params.expired ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {t("auth.sessionExpired")}
        </p>
      ) : null}
      <LoginForm callbackUrl={safeCallbackUrl(params.callbackUrl)} />
      {oidcEnabled(config) ? (
        <div className="mt-6 space-y-3">
          <p className="text-center text-xs tracking-wide text-stone-500 uppercase">
            {t("auth.or")}
          </p>
          <IdentityProviderButton
            providerId={OIDC_PROVIDER_ID}
            name={config.OIDC_DISPLAY_NAME ?? "Kommunens login"}
            callbackUrl={safeCallbackUrl(params.callbackUrl)}
          />
        </div>
      ) : null}
    </CenteredPage>
  );
}
