import { titled } from "@/components/shell/section-home";
import { Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { requirePermission } from "@/lib/auth/session";
import type { MessageKey } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";

export const generateMetadata = titled("home.worklist.title");

const SECTIONS: MessageKey[] = [
  "home.worklist.newConcerns",
  "home.worklist.followUps",
  "home.worklist.absence",
  "home.worklist.consents",
  "home.worklist.myActions",
  "home.worklist.nextMeeting",
];

/** The trivselsperson's home. The sections fill as the case-work and forum features land. */
export default async function WorklistPage() {
  await requirePermission("worklist:view");
  const t = await getT();
  return (
    <>
      <PageHeader title={t("home.worklist.title")} intro={t("home.worklist.intro")} />
      <div className="grid gap-4 md:grid-cols-2">
        {SECTIONS.map((section) => (
          <Card key={section} title={t(section)}>
            <EmptyState>{t("home.worklist.emptySection")}</EmptyState>
          </Card>
        ))}
      </div>
    </>
  );
}
