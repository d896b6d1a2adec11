"use client";

import { ErrorNotice } from "@/components/error-notice";

/**
 * A failure the app's own boundary cannot catch: in the signed-in frame itself (its layout reads
 * the session from the database, so a database that is away fails there), or on a page outside
 * it (sign-in, the school picker). Without this, Next.js's own error page would answer, in
 * English.
 */
export default function RootError(props: { error: unknown; retry: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-20">
      <ErrorNotice {...props} />
    </main>
  );
}
