import { ConferenceForm } from "@/components/class-conferences/conference-form";
import { titled } from "@/components/shell/section-home";
import { LinkButton } from "@/components/ui/link";
import { Card, PageHeader } from "@/components/ui/layout";
import { requirePermission } from "@/lib/auth/session";
import { defaultConferenceTitle } from "@/lib/class-conferences/title";
import { isoDay, todayInDenmark } from "@/lib/dates";
import { getT } from "@/lib/i18n/server";
import { createConferenceAction } from "../actions";

export const generateMetadata = titled("conferences.newConference");

export default async function NewClassConferencePage() {
  await requirePermission("class-conference:manage");
  const t = await getT();
  const today = todayInDenmark();
  return (
    <>
      <PageHeader
        title={t("conferences.newConference")}
        intro={t("conferences.newIntro")}
        actions={<LinkButton href="/class-conferences">{t("common.back")}</LinkButton>}
      />
      <Card className="max-w-2xl">
        <ConferenceForm
          action={createConferenceAction}
          today={isoDay(today)}
          exampleTitle={defaultConferenceTitle(today, t)}
        />
      </Card>
    </>
  );
}
