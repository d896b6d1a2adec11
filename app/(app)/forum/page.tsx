import { SectionHome, titled } from "@/components/shell/section-home";
import { requirePermission } from "@/lib/auth/session";

export const generateMetadata = titled("home.forum.title");

export default async function ForumPage() {
  await requirePermission("forum:participate");
  return <SectionHome section="forum" />;
}
