import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/language-switch";
import { getT } from "@/lib/i18n/server";

/** The frame of the pages outside the app: sign-in and the school picker. */
export async function CenteredPage({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  const t = await getT();
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center justify-between px-6 py-4">
        <span className="text-brand-800 text-lg font-semibold">{t("common.appName")}</span>
        <LanguageSwitch />
      </header>
      <main id="main" className="flex flex-1 items-start justify-center px-4 pt-10 pb-16 sm:pt-20">
        <div className="w-full max-w-md rounded-xl border border-stone-200 bg-white p-8 shadow-sm">
          <h1 className="text-xl font-semibold text-stone-900">{title}</h1>
          {intro ? (
            <p className="mt-1 mb-6 text-sm text-stone-600">{intro}</p>
          ) : (
            <div className="mb-6" />
          )}
          {children}
        </div>
      </main>
      <footer className="px-6 pb-6 text-center text-xs text-stone-500">
        {t("auth.privacyNote")}
      </footer>
    </div>
  );
}
