import { SchoolForm } from "@/components/admin/school-form";
import { titled } from "@/components/shell/section-home";
import { LinkButton } from "@/components/ui/link";
import { Card, PageHeader } from "@/components/ui/layout";
import { getSchool } from "@/lib/admin/schools";
import { orNotFound, requirePermission } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { updateSchoolAction } from "../actions";

export const generateMetadata = titled("adminSchools.title");

export default async function AdminSchoolPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("admin:schools");
  const t = await getT();
  const school = await orNotFound(getSchool(actor, (await params).id));
  return (
    <>
      <PageHeader
        title={t("adminSchools.editSchool", { name: school.name })}
        intro={school.municipalityName}
        actions={<LinkButton href="/admin/schools">{t("common.back")}</LinkButton>}
      />
      <Card className="max-w-2xl">
        <SchoolForm action={updateSchoolAction} values={school} />
      </Card>
    </>
  );
}
