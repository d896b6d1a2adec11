import { Link } from "@/components/ui/link";
import { titled } from "@/components/shell/section-home";
import { PageHeader } from "@/components/ui/layout";
import { can } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import type { MessageKey } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";

export const generateMetadata = titled("admin.title");

const SECTIONS = [
  {
    href: "/admin/pupils",
    title: "admin.pupils",
    hint: "admin.pupilsHint",
    permission: "admin:pupils",
  },
  {
    href: "/admin/classes",
    title: "admin.classes",
    hint: "admin.classesHint",
    permission: "admin:classes",
  },
  {
    href: "/admin/staff",
    title: "admin.staff",
    hint: "admin.staffHint",
    permission: "admin:staff",
  },
  {
    href: "/admin/schools",
    title: "admin.schools",
    hint: "admin.schoolsHint",
    permission: "admin:schools",
  },
] as const satisfies { href: string; title: MessageKey; hint: MessageKey; permission: string }[];

export default async function AdminPage() {
  const actor = await requirePermission("admin:pupils");
  const t = await getT();
  return (
    <>
      <PageHeader title={t("admin.title")} intro={t("admin.intro")} />
      <ul className="grid gap-4 sm:grid-cols-2">
        {SECTIONS.filter((section) => can(actor, section.permission)).map((section) => (
          <li key={section.href}>
            <Link
              href={section.href}
              className="hover:border-brand-500 block rounded-lg border border-stone-200 bg-white p-5 hover:shadow-sm"
            >
              <span className="block font-semibold text-stone-900">{t(section.title)}</span>
              <span className="mt-1 block text-sm text-stone-600">{t(section.hint)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
