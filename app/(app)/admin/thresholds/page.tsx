import { ThresholdsForm } from "@/components/admin/thresholds-form";
import { titled } from "@/components/shell/section-home";
import { Card, Notice, PageHeader } from "@/components/ui/layout";
import { getThresholds } from "@/lib/admin/thresholds";
import { requirePermission } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { saveThresholdsAction } from "./actions";

export const generateMetadata = titled("thresholds.title");

export default async function ThresholdsPage() {
  const actor = await requirePermission("admin:schools");
  const t = await getT();
  const values = await getThresholds(actor);
  return (
    <>
      <PageHeader title={t("thresholds.title")} intro={t("thresholds.intro")} />
      {values.version === 0 ? (
        <div className="mb-4 max-w-3xl">
          <Notice>{t("thresholds.defaults")}</Notice>
        </div>
      ) : null}
      <Card className="max-w-3xl">
        <ThresholdsForm action={saveThresholdsAction} values={values} />
      </Card>
    </>
  );
}
