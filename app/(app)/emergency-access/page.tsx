import { Link } from "@/components/ui/link";
import { ReviewEmergencyAccessForm } from "@/components/emergency-access/forms";
import { clockTime } from "@/components/emergency-access/record-notices";
import { titled } from "@/components/shell/section-home";
import { Badge, EmptyState, Notice, PageHeader } from "@/components/ui/layout";
import { requirePermission } from "@/lib/auth/session";
import { listEmergencyAccess, type EmergencyAccessRow } from "@/lib/emergency-access/review";
import { formatDate, type Locale, type Translate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";
import { reviewEmergencyAccessAction } from "./actions";

export const generateMetadata = titled("emergencyAccess.review.title");

/**
 * The leadership's review list: every emergency access of the school, the ones waiting for review
 * first. Each is marked reviewed with a comment (audited); nobody reviews their own.
 */
export default async function EmergencyAccessReviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("emergency-access:review");
  const [rows, t, locale] = await Promise.all([listEmergencyAccess(actor), getT(), getLocale()]);
  const justReviewed = (await searchParams).reviewed === "1";
  const pending = rows.filter((row) => row.reviewedAt === null);
  const reviewed = rows.filter((row) => row.reviewedAt !== null);
  const props = { t, locale, actorId: actor.userId };
  return (
    <>
      <PageHeader
        title={t("emergencyAccess.review.title")}
        intro={t("emergencyAccess.review.intro")}
      />
      {justReviewed ? (
        <div className="mb-4">
          <Notice role="status">{t("emergencyAccess.review.done")}</Notice>
        </div>
      ) : null}
      {rows.length === 0 ? (
        <EmptyState>{t("emergencyAccess.review.empty")}</EmptyState>
      ) : (
        <div className="space-y-8">
          <section aria-labelledby="pending-heading" className="space-y-3">
            <h2 id="pending-heading" className="text-lg font-semibold text-stone-900">
              {t("emergencyAccess.review.pending")} ({pending.length})
            </h2>
            {pending.length === 0 ? (
              <EmptyState>{t("emergencyAccess.review.emptyPending")}</EmptyState>
            ) : (
              pending.map((row) => <AccessCard key={row.id} row={row} {...props} />)
            )}
          </section>
          {reviewed.length > 0 ? (
            <section aria-labelledby="reviewed-heading" className="space-y-3">
              <h2 id="reviewed-heading" className="text-lg font-semibold text-stone-900">
                {t("emergencyAccess.review.reviewed")} ({reviewed.length})
              </h2>
              {reviewed.map((row) => (
                <AccessCard key={row.id} row={row} {...props} />
              ))}
            </section>
          ) : null}
        </div>
      )}
    </>
  );
}

function when(value: string, locale: Locale): string {
  const instant = new Date(value);
  return `${formatDate(instant, locale)} ${clockTime(instant, locale)}`;
}

function AccessCard({
  row,
  t,
  locale,
  actorId,
}: {
  row: EmergencyAccessRow;
  t: Translate;
  locale: Locale;
  actorId: string;
}) {
  const start = when(row.startedAt, locale);
  const period =
    row.endedHow === "ENDED_BY_USER" && row.endedAt
      ? t("emergencyAccess.review.endedByUser", { start, end: when(row.endedAt, locale) })
      : row.endedHow === "EXPIRED" || new Date(row.expiresAt) <= new Date()
        ? t("emergencyAccess.review.expired", { start, end: when(row.expiresAt, locale) })
        : t("emergencyAccess.review.running", { start, end: when(row.expiresAt, locale) });
  const pupil = row.className ? `${row.pupilName} (${row.className})` : row.pupilName;
  return (
    <article
      data-testid="emergency-access-row"
      className="rounded-lg border border-stone-200 bg-white p-5 shadow-xs"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold text-stone-900">
          {t("emergencyAccess.review.by", {
            name: row.userName,
            roles: row.roles.map((role) => t(`roles.${role}`)).join(", "),
          })}
        </h3>
        {row.reviewedAt ? (
          <Badge tone="green">{t("emergencyAccess.review.reviewed")}</Badge>
        ) : (
          <Badge tone="yellow">{t("emergencyAccess.review.pending")}</Badge>
        )}
      </div>
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_minmax(0,1fr)]">
        <dt className="text-stone-500">{t("emergencyAccess.review.pupil")}</dt>
        <dd>
          <Link href={`/pupils/${row.pupilId}`} className="text-brand-700 underline">
            {pupil}
          </Link>
        </dd>
        <dt className="text-stone-500">{t("emergencyAccess.review.category")}</dt>
        <dd>{t(`emergencyAccess.categories.${row.category}`)}</dd>
        <dt className="text-stone-500">{t("emergencyAccess.review.reason")}</dt>
        <dd className="whitespace-pre-line">{row.reason}</dd>
        <dt className="text-stone-500">{t("emergencyAccess.review.period")}</dt>
        <dd>{period}</dd>
      </dl>
      <div className="mt-4 border-t border-stone-100 pt-4">
        {row.reviewedAt ? (
          <div className="text-sm">
            <p className="font-medium text-stone-800">
              {t("emergencyAccess.review.reviewedBy", {
                name: row.reviewerName ?? "–",
                date: when(row.reviewedAt, locale),
              })}
            </p>
            <p className="mt-1 whitespace-pre-line text-stone-700">{row.reviewComment}</p>
          </div>
        ) : row.userId === actorId ? (
          <p className="text-sm text-stone-600">{t("emergencyAccess.review.own")}</p>
        ) : (
          <ReviewEmergencyAccessForm
            action={reviewEmergencyAccessAction}
            id={row.id}
            version={row.version}
          />
        )}
      </div>
    </article>
  );
}
