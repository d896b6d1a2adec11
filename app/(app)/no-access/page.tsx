import { PageHeader } from "@/components/ui/layout";
import { requireActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";

export default async function NoAccessPage() {
  await requireActor();
  const t = await getT();
  return <PageHeader title={t("auth.noAccessTitle")} intro={t("auth.noAccessBody")} />;
}
