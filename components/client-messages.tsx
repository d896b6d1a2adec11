/**
 * Sends the browser the namespaces of the catalogue that the client components inside it use,
 * and nothing else: the whole catalogue (about 80 kB, 25 kB gzip) would otherwise ride in every
 * page's HTML for a few labels. The root layout sends `common`; a page sends its own. A unit
 * test (client-messages.test.ts) checks each page against the keys its client components ask
 * for, and a key missing in the browser is said on the console (i18n-provider.tsx).
 */
import type { ReactNode } from "react";
import { I18nProvider, type ClientCatalogue } from "@/components/i18n-provider";
import { messagesFor, type Messages } from "@/lib/i18n";
import { getLocale } from "@/lib/i18n/server";

export type Namespace = keyof Messages;

export function pickNamespaces(messages: Messages, namespaces: readonly Namespace[]) {
  const picked: ClientCatalogue = {};
  for (const namespace of namespaces) Object.assign(picked, { [namespace]: messages[namespace] });
  return picked;
}

export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly Namespace[];
  children: ReactNode;
}) {
  const locale = await getLocale();
  return (
    <I18nProvider locale={locale} messages={pickNamespaces(messagesFor(locale), namespaces)}>
      {children}
    </I18nProvider>
  );
}

/**
 * A layout that only sends its pages' namespaces, for a part of the app whose pages' client
 * components share them: `export default messagesLayout(["forum"])`.
 */
export function messagesLayout(namespaces: readonly Namespace[]) {
  return function MessagesLayout({ children }: { children: ReactNode }) {
    return <ClientMessages namespaces={namespaces}>{children}</ClientMessages>;
  };
}
