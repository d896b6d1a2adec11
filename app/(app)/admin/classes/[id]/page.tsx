import { ClassForm } from "@/components/admin/class-form";
import { LinkButton } from "@/components/ui/link";
import { Card, PageHeader } from "@/components/ui/layout";
import { className, currentSchoolYear, getClass } from "@/lib/admin/classes";
import { orNotFound, requirePermission } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { updateClassAction } from "../actions";

export default async function AdminClassPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("admin:classes");
  const t = await getT();
  const row = await orNotFound(getClass(actor, (await params).id));
  return (
    <>
      <PageHeader
        title={t("adminClasses.editClass", { name: className(row) })}
        actions={<LinkButton href="/admin/classes">{t("common.back")}</LinkButton>}
      />
      <Card className="max-w-2xl">
        <ClassForm
          action={updateClassAction}
          values={row}
          defaultSchoolYear={currentSchoolYear()}
        />
      </Card>
    </>
  );
}
