import { StaffCreateForm } from "@/components/admin/staff-form";
import { titled } from "@/components/shell/section-home";
import { LinkButton } from "@/components/ui/link";
import { Card, PageHeader } from "@/components/ui/layout";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { requirePermission } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { createStaffAction } from "../actions";

export const generateMetadata = titled("adminStaff.newStaff");

export default async function NewStaffPage() {
  const actor = await requirePermission("admin:staff");
  const t = await getT();
  return (
    <>
      <PageHeader
        title={t("adminStaff.newStaff")}
        intro={t("adminStaff.newStaffIntro", { school: actor.schoolName })}
        actions={<LinkButton href="/admin/staff">{t("common.back")}</LinkButton>}
      />
      <Card className="max-w-2xl">
        <StaffCreateForm
          action={createStaffAction}
          schoolName={actor.schoolName}
          minPasswordLength={MIN_PASSWORD_LENGTH}
        />
      </Card>
    </>
  );
}
