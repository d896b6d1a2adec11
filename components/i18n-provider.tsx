"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import { createTranslator, type Locale, type Messages, type Translate } from "@/lib/i18n";

/**
 * The part of the catalogue that was sent to the browser: the namespaces the client components
 * of a page use, never the whole catalogue (ClientMessages, components/client-messages.tsx).
 */
export type ClientCatalogue = Partial<Messages>;

type I18n = { locale: Locale; messages: ClientCatalogue; t: Translate };

const I18nContext = createContext<I18n | null>(null);

const reported = new Set<string>();

/**
 * A key whose namespace the page did not send: shown as the key, and said on the console, where
 * the end-to-end tests (which fail on console errors) see it.
 */
function reportMissing(key: string) {
  if (reported.has(key)) return;
  reported.add(key);
  console.error(
    `Message "${key}" was not sent to the browser: add its namespace to ClientMessages`,
  );
}

/** Nested providers add namespaces to those of the providers around them. */
export function I18nProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: ClientCatalogue;
  children: ReactNode;
}) {
  const outer = useContext(I18nContext);
  const value = useMemo(() => {
    const merged = outer ? { ...outer.messages, ...messages } : messages;
    return { locale, messages: merged, t: createTranslator(merged, reportMissing) };
  }, [outer, locale, messages]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error("useT() outside <I18nProvider>");
  return context;
}

/** The translator for client components; server components use getT() from lib/i18n/server. */
export function useT(): Translate {
  return useI18n().t;
}

export function useLocale(): Locale {
  return useI18n().locale;
}
