import { SectionHome, titled } from "@/components/shell/section-home";
import { requirePermission } from "@/lib/auth/session";

export const generateMetadata = titled("home.dashboard.title");

export default async function DashboardPage() {
  await requirePermission("dashboard:view");
  return <SectionHome section="dashboard" />;
}
