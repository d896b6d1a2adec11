import { Link, LinkButton } from "@/components/ui/link";
import { PupilSearchForm } from "@/components/admin/pupil-form";
import { titled } from "@/components/shell/section-home";
import { Badge, EmptyState, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td } from "@/components/ui/table";
import { listClassOptions, pupilSearchInput, searchPupils } from "@/lib/admin/pupils";
import { requirePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";

export const generateMetadata = titled("adminPupils.title");

export default async function AdminPupilsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("admin:pupils");
  const [t, locale] = [await getT(), await getLocale()];
  const search = pupilSearchInput.parse(await searchParams);
  const [result, classes] = await Promise.all([
    searchPupils(actor, search),
    listClassOptions(actor),
  ]);
  return (
    <>
      <PageHeader
        title={t("adminPupils.title")}
        intro={t("adminPupils.intro")}
        actions={
          <LinkButton href="/admin/pupils/new" variant="primary">
            {t("adminPupils.newPupil")}
          </LinkButton>
        }
      />
      <PupilSearchForm classes={classes} search={search} />
      {result.rows.length === 0 ? (
        <EmptyState>{t("adminPupils.empty")}</EmptyState>
      ) : (
        <Table
          caption={t("adminPupils.caption")}
          head={[
            t("adminPupils.fields.name"),
            t("adminPupils.fields.class"),
            t("adminPupils.fields.dateOfBirth"),
            t("adminPupils.fields.externalId"),
            t("adminPupils.fields.status"),
          ]}
        >
          {result.rows.map((row) => (
            <tr key={row.id}>
              <Td>
                <Link
                  href={`/admin/pupils/${row.id}`}
                  className="text-brand-700 font-medium hover:underline"
                >
                  {row.lastName}, {row.firstName}
                </Link>
              </Td>
              <Td>{row.className ?? "–"}</Td>
              <Td>{formatDate(row.dateOfBirth, locale)}</Td>
              <Td className="text-stone-600 tabular-nums">{row.externalId}</Td>
              <Td>
                {row.active ? (
                  <Badge tone="green">{t("common.active")}</Badge>
                ) : (
                  <Badge>
                    {t("adminPupils.status.left", {
                      date: row.leftOn ? formatDate(row.leftOn, locale) : "",
                    })}
                  </Badge>
                )}
              </Td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination
        label={t("adminPupils.pagination")}
        path="/admin/pupils"
        params={{ q: search.q, classId: search.classId, status: search.status }}
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
      />
    </>
  );
}
