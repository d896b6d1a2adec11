"use client";

import { usePathname } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { SignInAgain } from "@/components/auth/sign-in-again";
import { useLocale, useT } from "@/components/i18n-provider";
import { buttonClass } from "@/components/ui/button";
import type { SessionLifetime } from "@/lib/auth/session";
import { formatTime } from "@/lib/i18n";

/** The warning comes this long before the session ends (WCAG 2.2.1 asks for at least 20 s). */
export const WARN_SECONDS = 120;

export type Phase = "fine" | "ending" | "ended";

/** What the person is told, given how long the session has left (null: signed out). */
export function phaseOf(secondsLeft: number | null): Phase {
  if (secondsLeft === null || secondsLeft <= 0) return "ended";
  return secondsLeft <= WARN_SECONDS ? "ending" : "fine";
}

type Status = { phase: Phase; endsAt: number; renewable: boolean };

/** How long the session has left, as the server says (null: signed out; undefined: no answer). */
async function askServer(method: "GET" | "POST"): Promise<SessionLifetime | null | undefined> {
  try {
    const response = await fetch("/api/session", { method, cache: "no-store" });
    if (response.status === 401) return null;
    return response.ok ? ((await response.json()) as SessionLifetime) : undefined;
  } catch {
    return undefined;
  }
}

function statusOf(lifetime: SessionLifetime | null, now: number): Status {
  const secondsLeft = lifetime?.secondsLeft ?? null;
  return {
    phase: phaseOf(secondsLeft),
    endsAt: now + (secondsLeft ?? 0) * 1000,
    renewable: lifetime?.renewable ?? false,
  };
}

/**
 * The warning before a session ends for want of activity (SESSION_IDLE_MINUTES without a request:
 * writing a long note is no request). The signed-in frame tells it how long was left when the
 * page was drawn; it asks the server (/api/session, which does not renew the session) when a
 * warning is due, and when the tab is shown again — a page opened, a form saved or another tab
 * may have renewed it meanwhile, and it warns only if the server still says so. Two minutes
 * before the end it says when, and "Forbliv logget ind" renews it; at the end it says what to do,
 * and a form sent then keeps what was typed (decisions/0037). Never takes the focus: the person
 * may be typing.
 */
export function SessionTimeout({ secondsLeft }: { secondsLeft: number }) {
  const t = useT();
  const locale = useLocale();
  const pathname = usePathname();
  const [status, setStatus] = useState<Status | null>(null);

  const ask = useCallback((method: "GET" | "POST") => {
    void askServer(method).then((lifetime) => {
      // Not known (a hiccup, offline a moment): asked again at the next page or tab shown.
      if (lifetime !== undefined) setStatus(statusOf(lifetime, Date.now()));
    });
  }, []);

  // The page that drew the frame said how long was left — at most that: a renewal by that very
  // request is not in it — so the first question waits until a warning could be due.
  useEffect(() => {
    const timer = setTimeout(() => ask("GET"), Math.max(0, (secondsLeft - WARN_SECONDS) * 1000));
    return () => clearTimeout(timer);
  }, [secondsLeft, ask]);

  // Every page opened renews the session (the proxy does, on each request): a warning shown is
  // asked about again at once; otherwise the timer below asks when one is due.
  const shown = status !== null && status.phase !== "fine";
  const shownRef = useRef(shown);
  useEffect(() => {
    shownRef.current = shown;
  });
  useEffect(() => {
    if (shownRef.current) ask("GET");
  }, [pathname, ask]);

  // Back from a sleeping computer or another tab: timers may have waited far longer than set.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === "visible") ask("GET");
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, [ask]);

  // Ask again when the warning is due, and once more just after the end.
  useEffect(() => {
    if (!status || status.phase === "ended") return;
    const due =
      status.phase === "fine" ? status.endsAt - WARN_SECONDS * 1000 : status.endsAt + 1000;
    const timer = setTimeout(() => ask("GET"), Math.max(0, due - Date.now()));
    return () => clearTimeout(timer);
  }, [status, ask]);

  if (!status || status.phase === "fine") return null;
  const time = formatTime(new Date(status.endsAt), locale);
  return (
    <div
      role="alert"
      data-testid="session-timeout"
      className="no-print sticky bottom-0 z-50 border-t border-amber-300 bg-amber-50 px-4 py-3 shadow-lg"
    >
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 text-sm text-amber-950">
        {status.phase === "ending" ? (
          <>
            <p>
              {t(status.renewable ? "common.session.ending" : "common.session.endingForGood", {
                time,
              })}
            </p>
            {status.renewable ? (
              <button type="button" onClick={() => ask("POST")} className={buttonClass("primary")}>
                {t("common.session.stay")}
              </button>
            ) : null}
          </>
        ) : (
          <p>
            {t("common.session.ended")} <SignInAgain then="common.session.endedThen" />
          </p>
        )}
      </div>
    </div>
  );
}
