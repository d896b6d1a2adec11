import { Link } from "@/components/ui/link";
import { titled } from "@/components/shell/section-home";
import { Badge, EmptyState, PageHeader } from "@/components/ui/layout";
import { Table, Td } from "@/components/ui/table";
import { currentSchoolYear } from "@/lib/admin/classes";
import { requirePermission } from "@/lib/auth/session";
import { listClassOverview } from "@/lib/classes/classes";
import { todayInDenmark } from "@/lib/dates";
import { formatDate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";

export const generateMetadata = titled("classes.title");

export default async function ClassesPage() {
  const actor = await requirePermission("class-work:manage");
  const [t, locale] = [await getT(), await getLocale()];
  const classes = await listClassOverview(actor);
  return (
    <>
      <PageHeader title={t("classes.title")} intro={t("classes.intro")} />
      {classes.length === 0 ? (
        <EmptyState>
          {t("classes.empty", { schoolYear: currentSchoolYear(todayInDenmark()) })}
        </EmptyState>
      ) : (
        <Table
          caption={t("classes.caption")}
          head={[
            t("classes.columns.class"),
            t("classes.columns.pupils"),
            t("classes.columns.teachers"),
            t("classes.columns.latestClassWork"),
            t("classes.columns.focusPupils"),
          ]}
        >
          {classes.map((row) => (
            <tr key={row.id}>
              <Td>
                <Link
                  href={`/classes/${row.id}`}
                  className="text-brand-700 font-medium hover:underline"
                >
                  {row.name}
                </Link>
              </Td>
              <Td className="tabular-nums">{row.pupilCount}</Td>
              <Td className="text-stone-600">{row.teachers.join(", ") || "–"}</Td>
              <Td>
                {row.latestClassWorkOn ? (
                  formatDate(row.latestClassWorkOn, locale)
                ) : (
                  <span className="text-stone-500">{t("classes.noClassWorkYet")}</span>
                )}
              </Td>
              <Td>
                {row.focusPupilCount > 0 ? (
                  <Badge tone="yellow">
                    {t("classes.focusCount", { count: row.focusPupilCount })}
                  </Badge>
                ) : (
                  <span className="text-stone-500">{t("classes.noFocus")}</span>
                )}
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
