import { Link, LinkButton } from "@/components/ui/link";
import { titled } from "@/components/shell/section-home";
import { EmptyState, PageHeader } from "@/components/ui/layout";
import { Table, Td } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { listConferences } from "@/lib/class-conferences/conferences";
import { formatDate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";

export const generateMetadata = titled("conferences.title");

export default async function ClassConferencesPage() {
  const actor = await requirePermission("class-conference:manage");
  const [t, locale] = [await getT(), await getLocale()];
  const conferences = await listConferences(actor);
  return (
    <>
      <PageHeader
        title={t("conferences.title")}
        intro={t("conferences.intro")}
        actions={
          <LinkButton href="/class-conferences/new" variant="primary">
            {t("conferences.newConference")}
          </LinkButton>
        }
      />
      {conferences.length === 0 ? (
        <EmptyState>{t("conferences.empty")}</EmptyState>
      ) : (
        <Table
          caption={t("conferences.caption")}
          head={[
            t("conferences.columns.title"),
            t("conferences.columns.heldOn"),
            t("conferences.columns.schoolYear"),
            t("conferences.columns.reviewed"),
            t("conferences.columns.focusPupils"),
            t("conferences.columns.openTasks"),
          ]}
        >
          {conferences.map((row) => (
            <tr key={row.id}>
              <Td>
                <Link
                  href={`/class-conferences/${row.id}`}
                  className="text-brand-700 font-medium hover:underline"
                >
                  {row.title}
                </Link>
              </Td>
              <Td>{formatDate(row.heldOn, locale)}</Td>
              <Td>{row.schoolYear}</Td>
              <Td className="tabular-nums">
                {t("conferences.reviewedOf", {
                  reviewed: row.reviewedCount,
                  total: row.classCount,
                })}
              </Td>
              <Td className="tabular-nums">{row.focusPupilCount}</Td>
              <Td className="tabular-nums">{row.openTaskCount}</Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
