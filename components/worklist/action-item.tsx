import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/layout";
import type { MyTaskRow } from "@/lib/action-plans/my-actions";
import { formatDate, type Locale, type Translate } from "@/lib/i18n";

const linkClass = "text-brand-700 font-medium hover:underline";

/** What a task is: an action's own words, or feedback to the parents. */
export function taskTitle(row: MyTaskRow, t: Translate): string {
  return row.type === "action" ? row.description : t("worklist.actions.feedback.title");
}

/** Where a task comes from, naming the pupil only when the DTO carries the name. */
export function ActionSourceText({
  row,
  t,
  locale,
}: {
  row: MyTaskRow;
  t: Translate;
  locale: Locale;
}): ReactNode {
  const item = row.forumItem ? (
    <>
      {" "}
      ·{" "}
      <Link
        href={`/forum/${row.forumItem.meetingId}/items/${row.forumItem.itemId}`}
        className={linkClass}
      >
        {t("worklist.actions.openItem")}
      </Link>
    </>
  ) : null;
  return (
    <>
      <SourceText row={row} t={t} locale={locale} />
      {item}
    </>
  );
}

function SourceText({ row, t, locale }: { row: MyTaskRow; t: Translate; locale: Locale }) {
  const source = row.source;
  if (source.kind === "conference") {
    return t("worklist.actions.sources.conference", {
      title: source.title,
      date: formatDate(source.heldOn, locale),
      class: source.className,
    });
  }
  const date = source.meetingStartsAt ? formatDate(source.meetingStartsAt, locale) : "";
  if (source.pupil) {
    const name = source.pupil.className
      ? `${source.pupil.name} (${source.pupil.className})`
      : source.pupil.name;
    const text = t(
      source.meetingStartsAt
        ? "worklist.actions.sources.forumPupil"
        : "worklist.actions.sources.planPupil",
      { name, date },
    );
    return source.canOpenPupil ? (
      <>
        {text} ·{" "}
        <Link href={`/pupils/${source.pupil.id}`} className={linkClass}>
          {t("worklist.actions.openPupil")}
        </Link>
      </>
    ) : (
      text
    );
  }
  if (source.pupilHidden && source.meetingStartsAt)
    return t("worklist.actions.sources.forumHiddenPupil", { date });
  if (source.item === "ANONYMOUS_CASE")
    return t("worklist.actions.sources.forumAnonymous", { date });
  if (source.item === "THEME" && source.theme)
    return t("worklist.actions.sources.forumTheme", { theme: source.theme, date });
  return t("worklist.actions.sources.plan");
}

export function ActionDueBadges({
  row,
  t,
  locale,
}: {
  row: MyTaskRow;
  t: Translate;
  locale: Locale;
}) {
  if (row.status === "DONE") {
    return (
      <Badge tone="green">
        {row.type === "feedback" && row.givenOn
          ? t("worklist.actions.feedback.givenOn", { date: formatDate(row.givenOn, locale) })
          : row.completedAt
            ? t("worklist.actions.completedOn", { date: formatDate(row.completedAt, locale) })
            : t("worklist.actions.doneBadge")}
      </Badge>
    );
  }
  return (
    <>
      {row.overdue ? <Badge tone="red">{t("worklist.actions.overdueBadge")}</Badge> : null}
      <span className="text-sm text-stone-600 tabular-nums">
        {row.dueOn
          ? t("worklist.actions.due", { date: formatDate(row.dueOn, locale) })
          : t("worklist.actions.noDue")}
      </span>
    </>
  );
}
