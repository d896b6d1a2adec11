/**
 * The municipality's identity provider, for the e2e tests: a real OpenID Connect server
 * (`oidc-provider`) on loopback, with one client — the app under test. Anyone can sign in with
 * any login (its development login form); the login is used as the e-mail claim, so a test signs
 * in as a demo user by typing that user's e-mail. Consent is taken as given, as a municipality
 * does for its own applications. Started by playwright.config.ts beside the app.
 */
import Provider from "oidc-provider";

export const OIDC_CLIENT_ID = "trivsel-e2e";
export const OIDC_CLIENT_SECRET = "e2e-only-oidc-client-secret";

export function oidcPort(e2ePort: number): number {
  return e2ePort + 2000;
}

async function main() {
  const e2ePort = Number(process.env.E2E_PORT ?? 3100);
  const port = oidcPort(e2ePort);
  const issuer = `http://127.0.0.1:${port}`;
  const app = `http://localhost:${e2ePort}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT_ID,
        client_secret: OIDC_CLIENT_SECRET,
        redirect_uris: [`${app}/api/auth/callback/municipality`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // The e-mail in the ID token itself, as municipalities' providers send it (the app reads
    // the ID token, not the userinfo endpoint).
    conformIdTokenClaims: false,
    findAccount: (_ctx, accountId) => ({
      accountId,
      claims: () => ({ sub: accountId, email: accountId, email_verified: true, name: accountId }),
    }),
    async loadExistingGrant(ctx) {
      const existing =
        ctx.oidc.result?.consent?.grantId ??
        ctx.oidc.session?.grantIdFor(ctx.oidc.client!.clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId!,
      });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  });
  provider.listen(port, "127.0.0.1");
  console.log(`oidc-provider listening on ${issuer}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main();
}
