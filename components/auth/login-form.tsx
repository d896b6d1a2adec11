"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { signInWithPassword, signInWithProvider } from "@/components/auth/auth-client";
import { useT } from "@/components/i18n-provider";
import { buttonClass } from "@/components/ui/button";
import { inputClass } from "@/components/ui/styles";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useT();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Shown once the server says this user signs in with a second factor.
  const [askCode, setAskCode] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const code = await signInWithPassword({
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      code: String(form.get("code") ?? ""),
    }).catch(() => "SignInFailed");
    if (code === null) {
      router.replace(callbackUrl);
      router.refresh();
      return;
    }
    setPending(false);
    // The same words whether the email is unknown or the password wrong; throttling, too, comes
    // for unknown emails as for known ones.
    if (code === "TotpRequired" || code === "TotpInvalid") setAskCode(true);
    setError(
      code === "CredentialsSignin"
        ? t("auth.invalidCredentials")
        : code === "Throttled"
          ? t("auth.throttled")
          : code === "TotpRequired"
            ? t("auth.codeRequired")
            : code === "TotpInvalid"
              ? t("auth.codeInvalid")
              : t("auth.signInFailed"),
    );
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error ? (
        <p
          role="alert"
          data-testid="login-error"
          className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800"
        >
          {error}
        </p>
      ) : null}
      <div>
        <label htmlFor="email" className="block text-sm font-medium text-stone-800">
          {t("auth.email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          // The page's one task: the cursor is where the user starts typing.
          autoFocus
          required
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium text-stone-800">
          {t("auth.password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className={inputClass}
        />
      </div>
      {askCode ? (
        <div>
          <label htmlFor="code" className="block text-sm font-medium text-stone-800">
            {t("auth.codeLabel")}
          </label>
          <input
            id="code"
            name="code"
            type="text"
            inputMode="text"
            autoComplete="one-time-code"
            autoFocus
            aria-describedby="code-hint"
            required
            className={inputClass}
          />
          <p id="code-hint" className="mt-1 text-xs text-stone-600">
            {t("auth.codeHint")}
          </p>
        </div>
      ) : null}
      <button type="submit" disabled={pending} className={buttonClass("primary", "w-full")}>
        {pending ? t("auth.signingIn") : t("auth.signIn")}
      </button>
    </form>
  );
}

export function IdentityProviderButton({
  providerId,
  name,
  callbackUrl,
}: {
  providerId: string;
  name: string;
  callbackUrl: string;
}) {
  const t = useT();
  return (
    <button
      type="button"
      onClick={() => void signInWithProvider(providerId, callbackUrl)}
      className={buttonClass("secondary", "w-full")}
    >
      {t("auth.signInWith", { provider: name })}
    </button>
  );
}
