import { notFound } from "next/navigation";
import { SchoolForm } from "@/components/admin/school-form";
import { titled } from "@/components/shell/section-home";
import { LinkButton } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/layout";
import { getSchool } from "@/lib/admin/schools";
import { requirePermission } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import { updateSchoolAction } from "../actions";

export const generateMetadata = titled("adminSchools.title");

export default async function AdminSchoolPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("admin:schools");
  const t = await getT();
  const school = await getSchool(actor, (await params).id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
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
