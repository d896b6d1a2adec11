import { SectionHome, titled } from "@/components/shell/section-home";
import { requirePermission } from "@/lib/auth/session";

export const generateMetadata = titled("home.actions.title");

export default async function ActionsPage() {
  await requirePermission("action:read:own");
  return <SectionHome section="actions" />;
}
