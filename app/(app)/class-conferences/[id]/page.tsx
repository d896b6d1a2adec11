import { Link, LinkButton } from "@/components/ui/link";
import { titled } from "@/components/shell/section-home";
import { ReviewStatus } from "@/components/class-conferences/review-status";
import { Notice, PageHeader } from "@/components/ui/layout";
import { Table, Td } from "@/components/ui/table";
import { orNotFound, requirePermission } from "@/lib/auth/session";
import { getConference } from "@/lib/class-conferences/conferences";
import { formatDate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";

export const generateMetadata = titled("conferences.title");

export default async function ClassConferencePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("class-conference:manage");
  const [t, locale] = [await getT(), await getLocale()];
  const conference = await orNotFound(getConference(actor, (await params).id));
  const notice = (await searchParams).notice === "created";
  const reviewed = conference.reviews.filter((review) => review.reviewedAt).length;
  const nextUp = conference.reviews.find((review) => !review.reviewedAt);
  const path = (classId: string) => `/class-conferences/${conference.id}/classes/${classId}`;
  return (
    <>
      <PageHeader
        title={conference.title}
        intro={t("conferences.overview.intro", {
          date: formatDate(conference.heldOn, locale),
          schoolYear: conference.schoolYear,
          name: conference.createdByName,
        })}
        actions={
          <>
            <LinkButton href="/class-conferences">
              {t("conferences.overview.backToList")}
            </LinkButton>
            {nextUp ? (
              <LinkButton href={path(nextUp.classId)} variant="primary">
                {reviewed === 0 && !nextUp.started
                  ? t("conferences.overview.start")
                  : t("conferences.overview.continue")}
              </LinkButton>
            ) : null}
          </>
        }
      />
      {notice ? (
        <div className="mb-6">
          <Notice role="status">{t("conferences.notices.created")}</Notice>
        </div>
      ) : null}
      <p className="mb-4 text-sm text-stone-700">
        {t("conferences.overview.progress", { reviewed, total: conference.reviews.length })}
      </p>
      <Table
        caption={conference.title}
        head={[
          t("conferences.columns.class"),
          t("conferences.columns.status"),
          t("conferences.columns.focusPupils"),
          t("conferences.columns.tasks"),
          <span key="actions" className="sr-only">
            {t("common.actions")}
          </span>,
        ]}
      >
        {conference.reviews.map((review) => (
          <tr key={review.id}>
            <Td>
              <Link
                href={path(review.classId)}
                className="text-brand-700 font-medium hover:underline"
              >
                {review.className}
              </Link>
            </Td>
            <Td>
              <ReviewStatus review={review} t={t} locale={locale} />
            </Td>
            <Td className="tabular-nums">{review.focusPupilCount}</Td>
            <Td className="tabular-nums">{review.taskCount}</Td>
            <Td className="text-right">
              <Link href={path(review.classId)} className="text-brand-700 text-sm hover:underline">
                {t("conferences.overview.open")}
                <span className="sr-only">
                  {" "}
                  {t("conferences.overview.openFor", { name: review.className })}
                </span>
              </Link>
            </Td>
          </tr>
        ))}
      </Table>
    </>
  );
}
