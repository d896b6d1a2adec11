"use client";

import { Link } from "@/components/ui/link";
import { useState, type FormEvent, type ReactNode } from "react";
import {
  confirmEnrolmentAction,
  startEnrolmentAction,
  type EnrolmentStart,
} from "@/app/account/two-factor/actions";
import { useT } from "@/components/i18n-provider";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/styles";

/**
 * Enrolment in three steps: a new secret (QR code and key, shown this once), a code from the app
 * to confirm it, and the recovery codes (shown this once). Nothing is in force until confirmed.
 * `enabled` is what the page shows once a second factor is in force; the recovery codes stay on
 * screen above it even when confirming re-renders the page (the action re-issues the session
 * cookie, and Next.js then refreshes the route).
 */
export function TwoFactorEnrolment({ enabled }: { enabled: ReactNode }) {
  const t = useT();
  const [started, setStarted] = useState<Extract<EnrolmentStart, { secret: string }> | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function start() {
    setPending(true);
    setError(null);
    const result = await startEnrolmentAction();
    setPending(false);
    if ("secret" in result) setStarted(result);
    else window.location.reload();
  }

  async function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get("code") ?? "");
    setPending(true);
    setError(null);
    const result = await confirmEnrolmentAction(code);
    setPending(false);
    if ("recoveryCodes" in result) setRecoveryCodes(result.recoveryCodes);
    else setError(t("auth.twoFactorConfirmFailed"));
  }

  if (recoveryCodes) {
    return (
      <div className="space-y-3">
        <p role="status" className="text-sm font-medium text-green-800">
          {t("auth.twoFactorEnabled")}
        </p>
        <h2 className="text-base font-semibold text-stone-900">
          {t("auth.twoFactorRecoveryTitle")}
        </h2>
        <p className="text-sm text-stone-700">{t("auth.twoFactorRecoveryIntro")}</p>
        <ul
          data-testid="recovery-codes"
          className="grid grid-cols-2 gap-2 rounded-md bg-stone-50 p-3 font-mono text-sm"
        >
          {recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        {/* The home page reads the session's "must enrol" afresh on the server. */}
        <Link href="/" className={buttonClass("primary", "block w-full text-center")}>
          {t("auth.twoFactorContinue")}
        </Link>
      </div>
    );
  }

  if (enabled) return enabled;

  if (!started) {
    return (
      <button
        type="button"
        onClick={start}
        disabled={pending}
        className={buttonClass("primary", "w-full")}
      >
        {t("auth.twoFactorStart")}
      </button>
    );
  }

  return (
    <form onSubmit={confirm} className="space-y-4" noValidate>
      <p className="text-sm text-stone-700">{t("auth.twoFactorScan")}</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data: URI made on the server */}
      <img src={started.qr} alt={t("auth.qrAlt")} width={200} height={200} className="mx-auto" />
      <p className="text-sm">
        <span className="font-medium text-stone-800">{t("auth.twoFactorSecret")}: </span>
        <code data-testid="totp-secret" className="font-mono break-all">
          {started.secret}
        </code>
      </p>
      {error ? (
        <p
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {error}
        </p>
      ) : null}
      <div>
        <label htmlFor="code" className="block text-sm font-medium text-stone-800">
          {t("auth.twoFactorConfirmLabel")}
        </label>
        <input
          id="code"
          name="code"
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          className={inputClass}
        />
      </div>
      <button type="submit" disabled={pending} className={buttonClass("primary", "w-full")}>
        {t("auth.twoFactorConfirm")}
      </button>
    </form>
  );
}
