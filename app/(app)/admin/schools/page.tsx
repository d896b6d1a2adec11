import { Link } from "@/components/ui/link";
import { SchoolForm } from "@/components/admin/school-form";
import { titled } from "@/components/shell/section-home";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { Table, Td } from "@/components/ui/table";
import { listSchools } from "@/lib/admin/schools";
import { requirePermission } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { createSchoolAction } from "./actions";

export const generateMetadata = titled("adminSchools.title");

export default async function AdminSchoolsPage() {
  const actor = await requirePermission("admin:schools");
  const t = await getT();
  const schools = await listSchools(actor);
  const municipality = schools.find((school) => school.isActiveSchool)?.municipalityName;
  return (
    <>
      <PageHeader title={t("adminSchools.title")} intro={t("adminSchools.intro")} />
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        {schools.length === 0 ? (
          <EmptyState>{t("adminSchools.empty")}</EmptyState>
        ) : (
          <Table
            caption={t("adminSchools.caption")}
            head={[
              t("adminSchools.name"),
              t("adminSchools.code"),
              t("adminSchools.municipality"),
              t("common.status"),
            ]}
          >
            {schools.map((school) => (
              <tr key={school.id}>
                <Td>
                  <Link
                    href={`/admin/schools/${school.id}`}
                    className="text-brand-700 font-medium hover:underline"
                  >
                    {school.name}
                  </Link>
                  {school.isActiveSchool ? (
                    <span className="ml-2">
                      <Badge tone="brand">{t("adminSchools.activeSchool")}</Badge>
                    </span>
                  ) : null}
                </Td>
                <Td className="tabular-nums">{school.code ?? "–"}</Td>
                <Td className="text-stone-600">{school.municipalityName}</Td>
                <Td>
                  {school.active ? (
                    <Badge tone="green">{t("common.active")}</Badge>
                  ) : (
                    <Badge>{t("common.inactive")}</Badge>
                  )}
                </Td>
              </tr>
            ))}
          </Table>
        )}
        <Card title={t("adminSchools.newSchool")}>
          {municipality ? (
            <p className="mb-4 text-sm text-stone-600">
              {t("adminSchools.newSchoolIntro", { municipality })}
            </p>
          ) : null}
          <SchoolForm action={createSchoolAction} />
        </Card>
      </div>
    </>
  );
}
