import { Link } from "@/components/ui/link";
import NextForm from "next/form";
import { titled } from "@/components/shell/section-home";
import { buttonClass } from "@/components/ui/button";
import { Badge, EmptyState, Notice, PageHeader } from "@/components/ui/layout";
import { inputClass } from "@/components/ui/styles";
import { Table, Td } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import {
  listClassChoices,
  PUPIL_SEARCH_LIMIT,
  pupilSearchInput,
  searchPupilRecords,
} from "@/lib/pupils/search";

export const generateMetadata = titled("pupils.title");

export default async function PupilsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("pupil:open-record");
  const t = await getT();
  const search = pupilSearchInput.parse(await searchParams);
  const [classes, hits] = await Promise.all([
    listClassChoices(actor),
    searchPupilRecords(actor, search),
  ]);
  const searched = Boolean(search.q || search.classId);
  return (
    <>
      <PageHeader title={t("pupils.title")} intro={t("pupils.intro")} />
      <NextForm
        action="/pupils"
        role="search"
        aria-label={t("pupils.searchLabel")}
        className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4"
      >
        <div className="min-w-60 flex-1">
          <label htmlFor="pupil-q" className="block text-sm font-medium text-stone-800">
            {t("pupils.query")}
          </label>
          <input
            id="pupil-q"
            name="q"
            type="search"
            defaultValue={search.q}
            aria-describedby="pupil-q-hint"
            className={inputClass}
            autoComplete="off"
          />
          <p id="pupil-q-hint" className="mt-1 text-xs text-stone-500">
            {t("pupils.queryHint")}
          </p>
        </div>
        <div>
          <label htmlFor="pupil-class" className="block text-sm font-medium text-stone-800">
            {t("pupils.class")}
          </label>
          <select
            id="pupil-class"
            name="classId"
            defaultValue={search.classId ?? ""}
            className={inputClass}
          >
            <option value="">{t("pupils.allClasses")}</option>
            {classes.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("primary", "mb-5")}>
          {t("pupils.searchButton")}
        </button>
      </NextForm>

      {!searched ? (
        <EmptyState>{t("pupils.startHint")}</EmptyState>
      ) : hits.length === 0 ? (
        <EmptyState>{t("pupils.noHits")}</EmptyState>
      ) : (
        <>
          {hits.length >= PUPIL_SEARCH_LIMIT ? (
            <div className="mb-3">
              <Notice>{t("pupils.tooMany", { count: PUPIL_SEARCH_LIMIT })}</Notice>
            </div>
          ) : null}
          <Table
            caption={t("pupils.caption")}
            head={[
              t("pupils.name"),
              t("pupils.class"),
              t("pupils.openConcerns"),
              t("pupils.consent"),
            ]}
          >
            {hits.map((pupil) => (
              <tr key={pupil.id}>
                <Td>
                  <Link
                    href={`/pupils/${pupil.id}`}
                    className="text-brand-700 font-medium hover:underline"
                  >
                    {pupil.name}
                  </Link>
                </Td>
                <Td>{pupil.className ?? "–"}</Td>
                <Td>{pupil.openConcerns || "–"}</Td>
                <Td>
                  {pupil.forumConsent ? (
                    <Badge tone="green">{t("pupils.consentYes")}</Badge>
                  ) : (
                    <span className="text-stone-500">{t("pupils.consentNo")}</span>
                  )}
                </Td>
              </tr>
            ))}
          </Table>
        </>
      )}
    </>
  );
}
