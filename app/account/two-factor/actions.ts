"use server";

/**
 * The signed-in user's own second factor. Needs a session, not an active school: a user whom the
 * school requires to enrol has no actor until she has (lib/auth/session.ts).
 */
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import QRCode from "qrcode";
import { getSignedInUser, recordSecondFactorInSession } from "@/lib/auth/session";
import { confirmTotpEnrolment, startTotpEnrolment } from "@/lib/auth/two-factor";

export type EnrolmentStart = { secret: string; qr: string } | { error: "already-enabled" };

export async function startEnrolmentAction(): Promise<EnrolmentStart> {
  const user = await getSignedInUser();
  if (!user) redirect("/login");
  const started = await startTotpEnrolment(user.id);
  if (!started) return { error: "already-enabled" };
  const svg = await QRCode.toString(started.uri, { type: "svg", margin: 1 });
  return {
    secret: started.secret,
    qr: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
  };
}

export async function confirmEnrolmentAction(
  code: string,
): Promise<{ recoveryCodes: string[] } | { error: "wrong-code" }> {
  const user = await getSignedInUser();
  if (!user) redirect("/login");
  if (typeof code !== "string" || code.length > 16) return { error: "wrong-code" };
  const requestId = (await headers()).get("x-request-id") ?? undefined;
  const recoveryCodes = await confirmTotpEnrolment(user.id, code, { requestId });
  if (!recoveryCodes) return { error: "wrong-code" };
  // The code just confirmed is this session's second factor: without it in the cookie, the
  // session would be asked for one at once (docs/decisions/0022).
  await recordSecondFactorInSession();
  return { recoveryCodes };
}
