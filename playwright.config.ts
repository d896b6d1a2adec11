/**
 * End-to-end tests: a real Chromium against the production build, served by the same `npm start`
 * a user runs, on a fresh embedded PostgreSQL seeded with the demo school (tests/.tmp/e2e).
 */
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, oidcPort } from "./tests/e2e/support/oidc-provider";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;
// The municipality's identity provider (a real OpenID Connect server on loopback).
const OIDC_ISSUER = `http://127.0.0.1:${oidcPort(PORT)}`;
// Debian's Chromium when present (Playwright's own download is not reachable here).
const debianChromium = "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI
    ? [["list"]]
    : [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL,
    locale: "da-DK",
    timezoneId: "Europe/Copenhagen",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: existsSync(debianChromium) ? debianChromium : undefined,
          args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: "tsx tests/e2e/support/oidc-provider.ts",
      url: `${OIDC_ISSUER}/.well-known/openid-configuration`,
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "ignore",
      env: { E2E_PORT: String(PORT) },
    },
    {
      command: "rm -rf tests/.tmp/e2e && tsx --conditions=react-server lib/cli/start.ts",
      url: `${baseURL}/login`,
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      // SIGKILL (the default) would leave the embedded PostgreSQL behind, uncleanly stopped.
      gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
      env: {
        PORT: String(PORT),
        TRIVSEL_DATA_DIR: "tests/.tmp/e2e",
        EMBEDDED_POSTGRES_PORT: String(PORT + 1000),
        // Always the fresh embedded database, never a DATABASE_URL from the environment.
        DATABASE_URL: "",
        NEXTAUTH_SECRET: "",
        NEXTAUTH_URL: baseURL,
        NEXT_TELEMETRY_DISABLED: "1",
        // The app's own output, which security.spec.ts searches for passwords and note text.
        TRIVSEL_APP_LOG: "tests/.tmp/e2e/app.log",
        OIDC_ISSUER,
        OIDC_CLIENT_ID,
        OIDC_CLIENT_SECRET,
        OIDC_DISPLAY_NAME: "Kommunens login",
      },
    },
  ],
});
