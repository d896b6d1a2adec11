import { AbsenceImport } from "@/components/absence/absence-import";
import { titled } from "@/components/shell/section-home";
import { Card, PageHeader } from "@/components/ui/layout";
import { requirePermission } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";

export const generateMetadata = titled("absence.import.title");

export default async function AbsencePage() {
  await requirePermission("absence:import");
  const t = await getT();
  return (
    <>
      <PageHeader title={t("absence.import.title")} intro={t("absence.import.intro")} />
      <Card className="max-w-4xl">
        <AbsenceImport />
      </Card>
      <section className="mt-6 max-w-4xl text-sm text-stone-600">
        <h2 className="font-medium text-stone-800">{t("absence.import.exampleTitle")}</h2>
        <pre className="mt-2 overflow-x-auto rounded-md bg-stone-100 p-3 font-mono text-xs text-stone-800">
          {t("absence.import.example")}
        </pre>
      </section>
    </>
  );
}
