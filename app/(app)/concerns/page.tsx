import { SectionHome, titled } from "@/components/shell/section-home";
import { requirePermission } from "@/lib/auth/session";

export const generateMetadata = titled("home.concerns.title");

export default async function ConcernsPage() {
  await requirePermission("concern:create");
  return <SectionHome section="concerns" />;
}
