import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/language-switch";
import type { Actor } from "@/lib/auth/policy";
import { sessionLifetime } from "@/lib/auth/session";
import { isInvitedToForum } from "@/lib/forum/meetings";
import { getT } from "@/lib/i18n/server";
import { navItemsFor } from "./nav-items";
import { NavLinks } from "./nav-links";
import { SessionTimeout } from "./session-timeout";
import { SignOutButton } from "./sign-out-button";

export async function AppShell({
  actor,
  schoolCount,
  children,
}: {
  actor: Actor;
  schoolCount: number;
  children: ReactNode;
}) {
  const t = await getT();
  // How long the session had when this page was drawn: the warning before it ends starts there.
  const lifetime = await sessionLifetime();
  const items = navItemsFor(actor, await isInvitedToForum(actor)).map((item) => ({
    href: item.href,
    label: t(item.label),
  }));
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("common.skipToContent")}
      </a>
      <header className="no-print border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
          <div className="flex items-baseline gap-3">
            <Link href="/" className="text-brand-800 text-lg font-semibold">
              {t("common.appName")}
            </Link>
            <span className="text-sm text-stone-600" data-testid="active-school">
              {actor.schoolName}
            </span>
            {schoolCount > 1 ? (
              <Link
                href="/select-school"
                className="text-brand-700 text-sm underline-offset-2 hover:underline"
              >
                {t("common.switchSchool")}
              </Link>
            ) : null}
          </div>
          <div className="flex items-center gap-3">
            <span className="hidden text-sm text-stone-600 sm:inline" data-testid="signed-in-user">
              {actor.name} · {actor.roles.map((role) => t(`roles.${role}`)).join(", ")}
            </span>
            <LanguageSwitch />
            <SignOutButton />
          </div>
        </div>
      </header>
      <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6 sm:px-6 lg:flex-row">
        <aside className="no-print lg:w-52 lg:shrink-0">
          <NavLinks items={items} label={t("common.mainNavigation")} />
        </aside>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 outline-none">
          {children}
        </main>
      </div>
      <SessionTimeout secondsLeft={lifetime?.secondsLeft ?? 0} />
    </div>
  );
}
