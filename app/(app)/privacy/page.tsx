import { Link } from "@/components/ui/link";
import NextForm from "next/form";
import { titled } from "@/components/shell/section-home";
import { buttonClass } from "@/components/ui/button";
import { Badge, EmptyState, PageHeader } from "@/components/ui/layout";
import { inputClass } from "@/components/ui/styles";
import { Table, Td } from "@/components/ui/table";
import { can } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";
import { searchPupilsForPrivacy } from "@/lib/privacy/access-report";

export const generateMetadata = titled("privacy.title");

/** The school's data-protection function: find the pupil a request is about. */
export default async function PrivacyPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("audit:read");
  const [t, locale] = [await getT(), await getLocale()];
  const raw = (await searchParams).q;
  const q = (typeof raw === "string" ? raw : "").trim().slice(0, 100);
  const hits = q ? await searchPupilsForPrivacy(actor, q) : [];
  const mayExport = can(actor, "privacy:access-request");
  return (
    <>
      <PageHeader title={t("privacy.title")} intro={t("privacy.intro")} />
      <NextForm
        action="/privacy"
        role="search"
        aria-label={t("privacy.search.label")}
        className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4"
      >
        <div className="min-w-60 flex-1">
          <label htmlFor="privacy-q" className="block text-sm font-medium text-stone-800">
            {t("privacy.search.query")}
          </label>
          <input
            id="privacy-q"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={100}
            aria-describedby="privacy-q-hint"
            className={inputClass}
            autoComplete="off"
          />
          <p id="privacy-q-hint" className="mt-1 text-xs text-stone-500">
            {t("privacy.search.hint")}
          </p>
        </div>
        <button type="submit" className={buttonClass("primary", "mb-5")}>
          {t("privacy.search.submit")}
        </button>
      </NextForm>
      {!q ? (
        <EmptyState>{t("privacy.search.startHint")}</EmptyState>
      ) : hits.length === 0 ? (
        <EmptyState>{t("privacy.search.noHits")}</EmptyState>
      ) : (
        <Table
          caption={t("privacy.search.caption")}
          head={[
            t("privacy.search.name"),
            t("privacy.search.class"),
            t("privacy.search.status"),
            t("privacy.search.open"),
          ]}
        >
          {hits.map((pupil) => (
            <tr key={pupil.id}>
              <Td className="font-medium text-stone-900">{pupil.name}</Td>
              <Td>{pupil.className ?? "–"}</Td>
              <Td>
                <span className="flex flex-wrap gap-1">
                  {pupil.active ? (
                    <Badge tone="green">{t("privacy.search.active")}</Badge>
                  ) : (
                    <Badge>
                      {pupil.leftOn
                        ? t("privacy.search.left", { date: formatDate(pupil.leftOn, locale) })
                        : t("privacy.search.leftNoDate")}
                    </Badge>
                  )}
                  {pupil.legalHold ? (
                    <Badge tone="yellow">{t("privacy.search.legalHold")}</Badge>
                  ) : null}
                </span>
              </Td>
              <Td>
                <span className="flex flex-wrap gap-3">
                  <Link
                    href={`/privacy/pupils/${pupil.id}/access-log`}
                    className="text-brand-700 font-medium hover:underline"
                    aria-label={`${t("privacy.accessLog.link")}: ${pupil.name}`}
                  >
                    {t("privacy.accessLog.link")}
                  </Link>
                  {mayExport ? (
                    <Link
                      href={`/privacy/pupils/${pupil.id}/access-request`}
                      className="text-brand-700 font-medium hover:underline"
                      aria-label={`${t("privacy.accessRequest.link")}: ${pupil.name}`}
                    >
                      {t("privacy.accessRequest.link")}
                    </Link>
                  ) : null}
                </span>
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
