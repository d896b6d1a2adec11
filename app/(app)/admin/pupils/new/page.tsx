import { PupilForm } from "@/components/admin/pupil-form";
import { titled } from "@/components/shell/section-home";
import { LinkButton } from "@/components/ui/link";
import { Card, PageHeader } from "@/components/ui/layout";
import { listClassOptions } from "@/lib/admin/pupils";
import { requirePermission } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { createPupilAction } from "../actions";

export const generateMetadata = titled("adminPupils.newPupil");

export default async function NewPupilPage() {
  const actor = await requirePermission("admin:pupils");
  const t = await getT();
  const classes = await listClassOptions(actor);
  return (
    <>
      <PageHeader
        title={t("adminPupils.newPupil")}
        intro={t("adminPupils.newPupilIntro")}
        actions={<LinkButton href="/admin/pupils">{t("common.back")}</LinkButton>}
      />
      <Card className="max-w-2xl">
        <PupilForm action={createPupilAction} classes={classes} />
      </Card>
    </>
  );
}
