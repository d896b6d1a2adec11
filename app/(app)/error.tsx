"use client";

import { ErrorNotice } from "@/components/error-notice";

/** A page inside the app that failed: the notice in the page's place, the menu around it. */
export default function AppError(props: { error: unknown; retry: () => void }) {
  return <ErrorNotice {...props} />;
}
