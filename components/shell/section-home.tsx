import type { Metadata } from "next";
import { EmptyState, PageHeader } from "@/components/ui/layout";
import type { MessageKey } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";

type Section = "dashboard" | "forum" | "concerns" | "actions";

/** A section's home before its feature has data: its title, what it is for, an empty state. */
export async function SectionHome({ section }: { section: Section }) {
  const t = await getT();
  return (
    <>
      <PageHeader title={t(`home.${section}.title`)} intro={t(`home.${section}.intro`)} />
      <EmptyState>{t(`home.${section}.empty`)}</EmptyState>
    </>
  );
}

/** `export const generateMetadata = titled("home.forum.title")` */
export function titled(key: MessageKey) {
  return async (): Promise<Metadata> => ({ title: (await getT())(key) });
}
