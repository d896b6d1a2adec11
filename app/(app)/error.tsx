"use client";

import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";

/** A failure inside the app shows a calm message, never a stack trace. */
export default function AppError({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useT();
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-6">
      <h1 className="text-lg font-semibold text-red-900">{t("common.errorTitle")}</h1>
      <p className="mt-1 text-sm text-red-800">{t("common.errors.unexpected")}</p>
      <Button variant="secondary" className="mt-4" onClick={reset}>
        {t("common.tryAgain")}
      </Button>
    </div>
  );
}
