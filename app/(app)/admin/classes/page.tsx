import { Link } from "@/components/ui/link";
import { ClassForm } from "@/components/admin/class-form";
import { titled } from "@/components/shell/section-home";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { Table, Td } from "@/components/ui/table";
import { className, currentSchoolYear, listClasses } from "@/lib/admin/classes";
import { requirePermission } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { createClassAction } from "./actions";

export const generateMetadata = titled("adminClasses.title");

export default async function AdminClassesPage() {
  const actor = await requirePermission("admin:classes");
  const t = await getT();
  const classes = await listClasses(actor);
  return (
    <>
      <PageHeader title={t("adminClasses.title")} intro={t("adminClasses.intro")} />
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        {classes.length === 0 ? (
          <EmptyState>{t("adminClasses.empty")}</EmptyState>
        ) : (
          <Table
            caption={t("adminClasses.caption")}
            head={[
              t("adminClasses.grade"),
              t("adminClasses.schoolYear"),
              t("adminClasses.pupils"),
              t("adminClasses.teachers"),
              t("common.status"),
            ]}
          >
            {classes.map((row) => (
              <tr key={row.id}>
                <Td>
                  <Link
                    href={`/admin/classes/${row.id}`}
                    className="text-brand-700 font-medium hover:underline"
                  >
                    {className(row)}
                  </Link>
                </Td>
                <Td>{row.schoolYear}</Td>
                <Td>{row.pupilCount}</Td>
                <Td className="text-stone-600">{row.teachers.join(", ") || "–"}</Td>
                <Td>
                  {row.active ? (
                    <Badge tone="green">{t("common.active")}</Badge>
                  ) : (
                    <Badge>{t("common.inactive")}</Badge>
                  )}
                </Td>
              </tr>
            ))}
          </Table>
        )}
        <Card title={t("adminClasses.newClass")}>
          <ClassForm action={createClassAction} defaultSchoolYear={currentSchoolYear()} />
        </Card>
      </div>
    </>
  );
}
