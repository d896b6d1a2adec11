"use server";

/**
 * The second factor of a session signed in through the identity provider (docs/decisions/0022).
 * The only action such a session reaches: every other one sees it as signed out.
 */
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/actions/form-state";
import { safeCallbackUrl } from "@/lib/auth/redirect";
import {
  getPendingSecondFactor,
  getSignedInUser,
  recordSecondFactorInSession,
} from "@/lib/auth/session";
import { clientIp } from "@/lib/auth/throttle";
import { giveSecondFactor } from "@/lib/auth/two-factor";
import { getT } from "@/lib/i18n/server";

export async function giveSecondFactorAction(
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const back = safeCallbackUrl(String(formData.get("callbackUrl") ?? "/"));
  const user = await getPendingSecondFactor();
  if (!user) redirect((await getSignedInUser()) ? back : "/login");
  const code = formData.get("code");
  const t = await getT();
  const requestHeaders = await headers();
  const outcome = await giveSecondFactor(user, typeof code === "string" ? code : "", {
    ip: clientIp(requestHeaders),
    requestId: requestHeaders.get("x-request-id") ?? undefined,
  });
  if (outcome === "throttled") return { status: "error", message: t("auth.throttled") };
  if (outcome === "invalid") return { status: "error", message: t("auth.codeInvalid") };
  await recordSecondFactorInSession();
  redirect(back);
}
