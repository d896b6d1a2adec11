import { Link, LinkButton } from "@/components/ui/link";
import type { Metadata } from "next";
import { ConcernFilters } from "@/components/concerns/concern-filters";
import { categoryList, LevelBadge, StatusBadge } from "@/components/concerns/concern-badges";
import { EmptyState, Notice, PageHeader } from "@/components/ui/layout";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td } from "@/components/ui/table";
import { can, type Actor } from "@/lib/auth/policy";
import { getActor, requirePermission } from "@/lib/auth/session";
import {
  listConcernClassFilter,
  listMyConcerns,
  listSchoolConcerns,
  type ConcernStatusRow,
} from "@/lib/concerns";
import { concernFilterInput } from "@/lib/concerns/schemas";
import { formatDate, type Locale, type Translate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata(): Promise<Metadata> {
  const [actor, t] = [await getActor(), await getT()];
  return { title: t(can(actor, "concern:read:all") ? "concerns.title" : "concerns.myTitle") };
}

/**
 * Those who handle or oversee concerns see the school's list; everyone else who may raise one
 * sees their own ("mine bekymringer").
 */
export default async function ConcernsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const actor = await requirePermission("concern:read:own");
  const params = await searchParams;
  const created = params.notice === "created";
  return can(actor, "concern:read:all") ? (
    <SchoolConcerns actor={actor} params={params} created={created} />
  ) : (
    <MyConcerns actor={actor} created={created} />
  );
}

function RaiseButton({ actor, t }: { actor: Actor; t: Translate }) {
  return can(actor, "concern:create") ? (
    <LinkButton href="/concerns/new" variant="primary">
      {t("concerns.raise")}
    </LinkButton>
  ) : null;
}

function CreatedNotice({ t }: { t: Translate }) {
  return (
    <div className="mb-6">
      <Notice role="status">{t("concerns.notices.created")}</Notice>
    </div>
  );
}

function ConcernLink({ row }: { row: ConcernStatusRow }) {
  return (
    <Link href={`/concerns/${row.id}`} className="text-brand-700 font-medium hover:underline">
      {row.pupil.name}
    </Link>
  );
}

function commonCells(row: ConcernStatusRow, t: Translate, locale: Locale) {
  return (
    <>
      <Td className="whitespace-nowrap tabular-nums">{formatDate(row.raisedAt, locale)}</Td>
      <Td>
        <ConcernLink row={row} />
      </Td>
      <Td>{row.pupil.className ?? "–"}</Td>
      <Td>
        <LevelBadge level={row.level} t={t} />
      </Td>
      <Td>{categoryList(row.categories, t)}</Td>
      <Td>
        <StatusBadge status={row.status} t={t} />
      </Td>
    </>
  );
}

async function SchoolConcerns({
  actor,
  params,
  created,
}: {
  actor: Actor;
  params: SearchParams;
  created: boolean;
}) {
  const [t, locale] = [await getT(), await getLocale()];
  const filter = concernFilterInput.parse(params);
  const [result, classes] = await Promise.all([
    listSchoolConcerns(actor, filter),
    listConcernClassFilter(actor),
  ]);
  return (
    <>
      <PageHeader
        title={t("concerns.title")}
        intro={t("concerns.intro")}
        actions={<RaiseButton actor={actor} t={t} />}
      />
      {created ? <CreatedNotice t={t} /> : null}
      <ConcernFilters classes={classes} filter={filter} />
      {result.rows.length === 0 ? (
        <EmptyState>{t("concerns.empty")}</EmptyState>
      ) : (
        <Table
          caption={t("concerns.caption")}
          head={[
            t("concerns.fields.raisedAt"),
            t("concerns.fields.pupil"),
            t("concerns.fields.class"),
            t("concerns.fields.level"),
            t("concerns.fields.categories"),
            t("concerns.fields.status"),
            t("concerns.fields.coordinator"),
            t("concerns.fields.raisedBy"),
          ]}
        >
          {result.rows.map((row) => (
            <tr key={row.id}>
              {commonCells(row, t, locale)}
              <Td>{row.coordinatorName ?? "–"}</Td>
              <Td>{row.raisedByName}</Td>
            </tr>
          ))}
        </Table>
      )}
      <Pagination
        label={t("concerns.pagination")}
        path="/concerns"
        params={{
          status: filter.status,
          level: filter.level,
          category: filter.category,
          classId: filter.classId,
        }}
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
      />
    </>
  );
}

async function MyConcerns({ actor, created }: { actor: Actor; created: boolean }) {
  const [t, locale] = [await getT(), await getLocale()];
  const rows = await listMyConcerns(actor);
  return (
    <>
      <PageHeader
        title={t("concerns.myTitle")}
        intro={t("concerns.myIntro")}
        actions={<RaiseButton actor={actor} t={t} />}
      />
      {created ? <CreatedNotice t={t} /> : null}
      {rows.length === 0 ? (
        <EmptyState>{t("concerns.myEmpty")}</EmptyState>
      ) : (
        <Table
          caption={t("concerns.myCaption")}
          head={[
            t("concerns.fields.raisedAt"),
            t("concerns.fields.pupil"),
            t("concerns.fields.class"),
            t("concerns.fields.level"),
            t("concerns.fields.categories"),
            t("concerns.fields.status"),
            t("concerns.fields.coordinator"),
          ]}
        >
          {rows.map((row) => (
            <tr key={row.id}>
              {commonCells(row, t, locale)}
              <Td>{row.coordinatorName ?? t("concerns.noCoordinator")}</Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
