import { Badge } from "@/components/ui/layout";
import { formatDate, type Locale, type Translate } from "@/lib/i18n";

/** Not started, in progress (something written) or reviewed on a date. */
export function ReviewStatus({
  review,
  t,
  locale,
}: {
  review: { reviewedAt: string | null; started: boolean };
  t: Translate;
  locale: Locale;
}) {
  if (review.reviewedAt)
    return (
      <Badge tone="green">
        {t("conferences.status.reviewedOn", { date: formatDate(review.reviewedAt, locale) })}
      </Badge>
    );
  if (review.started) return <Badge tone="yellow">{t("conferences.status.started")}</Badge>;
  return <Badge>{t("conferences.status.notStarted")}</Badge>;
}
