import { GroupForm } from "@/components/groups/group-form";
import { titled } from "@/components/shell/section-home";
import { LinkButton } from "@/components/ui/link";
import { Card, PageHeader } from "@/components/ui/layout";
import { requirePermission } from "@/lib/auth/session";
import { isoDay, todayInDenmark } from "@/lib/dates";
import { GROUP_KINDS, listGroupLeaderOptions } from "@/lib/groups/groups";
import { getT } from "@/lib/i18n/server";
import { createGroupAction } from "../actions";

export const generateMetadata = titled("groups.newGroup");

export default async function NewGroupPage() {
  const actor = await requirePermission("group:manage");
  const t = await getT();
  const leaders = await listGroupLeaderOptions(actor);
  return (
    <>
      <PageHeader
        title={t("groups.newGroup")}
        intro={t("groups.newIntro")}
        actions={<LinkButton href="/groups">{t("common.back")}</LinkButton>}
      />
      <Card className="max-w-3xl">
        <GroupForm
          action={createGroupAction}
          kinds={GROUP_KINDS}
          leaders={leaders}
          defaultLeaderId={actor.userId}
          today={isoDay(todayInDenmark())}
        />
      </Card>
    </>
  );
}
