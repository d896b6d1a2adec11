"use client";

import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";

/**
 * What a page that failed shows, in the app's words: a calm message, never a stack trace; the
 * error's reference, which the server's log prints beside the error (Next.js's digest), for the
 * administrator; and "Prøv igen", which asks the server for the page again (`retry`: a database
 * that was away a moment ago answers now — `reset` would only draw the same failure again).
 */
export function ErrorNotice({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useT();
  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : null;
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-6">
      <h1 className="text-lg font-semibold text-red-900">{t("common.errorTitle")}</h1>
      <p className="mt-1 text-sm text-red-800">{t("common.errors.unexpected")}</p>
      {digest ? (
        <p className="mt-2 text-xs text-red-800">{t("common.errorReference", { digest })}</p>
      ) : null}
      <Button variant="secondary" className="mt-4" onClick={retry}>
        {t("common.tryAgain")}
      </Button>
    </div>
  );
}
