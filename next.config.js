/**
 * Next.js configuration. Environment variables are validated with zod when the server starts
 * (instrumentation.ts → lib/env.ts), so a bad configuration stops the app before it serves.
 *
 * @type {import("next").NextConfig}
 */
// The Content-Security-Policy of pages is set per request in proxy.ts (it carries a nonce).
// HSTS is sent always: browsers ignore it over plain http, and behind https it keeps them there
// (docs/decisions/0017).
const securityHeaders = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** next-auth's endpoints, which the proxy leaves alone: JSON and redirects, never cached. */
const authApiHeaders = [
  { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" },
  { key: "Cache-Control", value: "no-store, max-age=0" },
];

const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native modules stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2"],
  typedRoutes: false,
  // Browsers ask for /favicon.ico whatever the page links to.
  async rewrites() {
    return [{ source: "/favicon.ico", destination: "/icon.svg" }];
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/api/auth/:path*", headers: authApiHeaders },
    ];
  },
};

export default nextConfig;
