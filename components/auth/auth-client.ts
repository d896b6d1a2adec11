/**
 * The browser's half of signing in and out: next-auth's own HTTP endpoints (/api/auth/*), asked
 * the way `next-auth/react` asks them — a CSRF token, then a form post with `json=true`, answered
 * with the URL to go to. In place of `next-auth/react`, whose session client (and the async
 * runtime it is compiled with) the shell's sign-out button sent with every page, 8 kB gzip,
 * for two requests; Trivsel reads the session on the server only (docs/decisions/0027).
 */
const AUTH = "/api/auth";

async function csrfToken(): Promise<string> {
  const response = await fetch(`${AUTH}/csrf`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return csrfToken;
}

/** Posts to next-auth as its own client does; its answer names where to go next. */
async function post(
  endpoint: string,
  fields: Record<string, string>,
): Promise<{ ok: boolean; url: string | null }> {
  const response = await fetch(`${AUTH}/${endpoint}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...fields, csrfToken: await csrfToken(), json: "true" }),
  });
  const { url } = (await response.json()) as { url?: string };
  return { ok: response.ok, url: url ?? null };
}

/**
 * Email and password (and the second factor's code): null when signed in, otherwise the error
 * next-auth put in its answer's URL ("CredentialsSignin", "Throttled", "TotpRequired", …).
 */
export async function signInWithPassword(credentials: {
  email: string;
  password: string;
  code: string;
}): Promise<string | null> {
  // Where the answer would send a browser that follows it; the form decides for itself.
  const callbackUrl = window.location.href;
  const { ok, url } = await post("callback/credentials", { ...credentials, callbackUrl });
  const error = url ? new URL(url, window.location.origin).searchParams.get("error") : null;
  return ok && !error ? null : (error ?? "SignInFailed");
}

/** Off to the identity provider (OpenID Connect): next-auth answers with its address. */
export async function signInWithProvider(providerId: string, callbackUrl: string): Promise<void> {
  const { url } = await post(`signin/${providerId}`, { callbackUrl });
  window.location.href = url ?? `${AUTH}/error`;
}

/** Ends the session (next-auth clears its cookie) and goes to `callbackUrl`. */
export async function signOut(callbackUrl: string): Promise<void> {
  const { url } = await post("signout", { callbackUrl });
  window.location.href = url ?? callbackUrl;
}
