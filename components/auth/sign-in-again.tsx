"use client";

import { useT } from "@/components/i18n-provider";

/**
 * After a session has ended: a link to sign in in a new tab — this one keeps the page and what
 * was typed on it — and what to do then (`then`: a catalogue key, ", og tryk så …").
 */
export function SignInAgain({
  then,
}: {
  then: "common.signedOutThen" | "common.session.endedThen";
}) {
  const t = useT();
  return (
    <>
      <a href="/login" target="_blank" rel="noopener" className="font-medium underline">
        {t("common.signInInNewTab")}
      </a>
      {t(then)}
    </>
  );
}
