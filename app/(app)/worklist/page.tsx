import { Link, LinkButton } from "@/components/ui/link";
import { categoryList, LevelBadge } from "@/components/concerns/concern-badges";
import { titled } from "@/components/shell/section-home";
import { EmergencyReviewNotice } from "@/components/emergency-access/review-notice";
import { Badge, PageHeader } from "@/components/ui/layout";
import { ActionDueBadges, ActionSourceText, taskTitle } from "@/components/worklist/action-item";
import { WorklistItem, WorklistSection } from "@/components/worklist/worklist-section";
import { can } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import type { PupilLabel } from "@/lib/concerns";
import { formatDate, formatDateTime, type Locale, type Translate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";
import { getWorklist, type Worklist } from "@/lib/worklist";

export const generateMetadata = titled("worklist.title");

const linkClass = "text-brand-700 font-medium hover:underline";

/** The trivselsperson's home: what waits today, each item one click from the pupil or itself. */
export default async function WorklistPage() {
  const actor = await requirePermission("worklist:view");
  const [t, locale] = [await getT(), await getLocale()];
  const worklist = await getWorklist(actor);
  return (
    <>
      <PageHeader
        title={t("worklist.title")}
        intro={t("worklist.intro", { date: formatDate(worklist.today, locale, "long") })}
        actions={
          can(actor, "concern:create") ? (
            <LinkButton href="/concerns/new">{t("concerns.raise")}</LinkButton>
          ) : null
        }
      />
      <EmergencyReviewNotice actor={actor} t={t} />
      <div className="grid gap-4 xl:grid-cols-2">
        <NewConcerns worklist={worklist} t={t} />
        <FollowUps worklist={worklist} t={t} locale={locale} />
        <Absence worklist={worklist} t={t} locale={locale} />
        <Consents worklist={worklist} t={t} locale={locale} />
        <MyActions worklist={worklist} t={t} locale={locale} />
        <NextMeeting worklist={worklist} t={t} locale={locale} />
      </div>
    </>
  );
}

type SectionProps = { worklist: Worklist; t: Translate; locale: Locale };

function PupilLink({ pupil, hash = "" }: { pupil: PupilLabel; hash?: string }) {
  return (
    <Link href={`/pupils/${pupil.id}${hash}`} className={linkClass}>
      {pupil.name}
      {pupil.className ? (
        <span className="font-normal text-stone-600"> · {pupil.className}</span>
      ) : null}
    </Link>
  );
}

function NewConcerns({ worklist, t }: Omit<SectionProps, "locale">) {
  const { items, total } = worklist.newConcerns;
  const age = (days: number) =>
    days === 0
      ? t("worklist.newConcerns.today")
      : days === 1
        ? t("worklist.newConcerns.oneDay")
        : t("worklist.newConcerns.days", { count: days });
  return (
    <WorklistSection
      id="new-concerns"
      title={t("worklist.newConcerns.title")}
      count={total}
      shown={items.length}
      empty={t("worklist.newConcerns.empty")}
      footer={
        total > 0 ? (
          <Link href="/concerns?status=NEW" className={linkClass}>
            {t("worklist.newConcerns.seeAll")}
          </Link>
        ) : null
      }
      t={t}
    >
      {items.map((item) => (
        <WorklistItem
          key={item.id}
          main={<PupilLink pupil={item.pupil} />}
          badges={<LevelBadge level={item.level} t={t} />}
          details={
            <>
              {categoryList(item.categories, t)} ·{" "}
              {t("worklist.newConcerns.raisedBy", { name: item.raisedByName })}, {age(item.ageDays)}{" "}
              ·{" "}
              <Link href={`/concerns/${item.id}`} className={linkClass}>
                {t("worklist.newConcerns.open")}
              </Link>
            </>
          }
        />
      ))}
    </WorklistSection>
  );
}

function FollowUps({ worklist, t, locale }: SectionProps) {
  const { items, total } = worklist.followUps;
  return (
    <WorklistSection
      id="follow-ups"
      title={t("worklist.followUps.title")}
      intro={t("worklist.followUps.intro")}
      count={total}
      shown={items.length}
      empty={t("worklist.followUps.empty")}
      t={t}
    >
      {items.map((item) => (
        <WorklistItem
          key={item.entryId}
          main={
            <PupilLink pupil={item.pupil} hash={`?entry=${item.entryId}#entry-${item.entryId}`} />
          }
          badges={
            item.overdue ? (
              <Badge tone="red">{t("worklist.followUps.overdue")}</Badge>
            ) : item.followUpOn === worklist.today ? (
              <Badge tone="yellow">{t("worklist.followUps.today")}</Badge>
            ) : null
          }
          details={
            <>
              {t(`worklist.followUps.kinds.${item.kind}`)} ·{" "}
              <span className="tabular-nums">{formatDate(item.followUpOn, locale)}</span>
              {item.assignedToMe ? null : <> · {t("worklist.followUps.unassigned")}</>}
            </>
          }
        />
      ))}
    </WorklistSection>
  );
}

function Absence({ worklist, t, locale }: SectionProps) {
  const { items, total, holidaysKnown } = worklist.absence;
  const intro = t("worklist.absence.intro");
  return (
    <WorklistSection
      id="absence"
      title={t("worklist.absence.title")}
      intro={holidaysKnown ? intro : `${intro} ${t("worklist.absence.noHolidays")}`}
      count={total}
      shown={items.length}
      empty={t("worklist.absence.empty")}
      t={t}
    >
      {items.map((item) => (
        <WorklistItem
          key={item.pupil.id}
          main={<PupilLink pupil={item.pupil} />}
          details={
            <>
              {item.pattern ? (
                <p>
                  {t("worklist.absence.pattern", {
                    days: item.pattern.days,
                    window: item.pattern.windowDays,
                    threshold: item.pattern.threshold,
                    since: formatDate(item.pattern.since, locale),
                  })}
                </p>
              ) : null}
              {item.unauthorised ? (
                <p
                  className={
                    item.unauthorised.level === "NOTIFY" ? "font-medium text-red-800" : undefined
                  }
                >
                  {t(
                    item.unauthorised.level === "NOTIFY"
                      ? "worklist.absence.unauthorisedNotify"
                      : "worklist.absence.unauthorised",
                    {
                      pct: item.unauthorised.pct,
                      days: item.unauthorised.days,
                      schoolDays: item.unauthorised.schoolDays,
                      threshold: item.unauthorised.threshold,
                      since: formatDate(item.unauthorised.since, locale),
                    },
                  )}
                </p>
              ) : null}
              {item.consecutive ? (
                <p>
                  {t("worklist.absence.consecutive", {
                    days: item.consecutive.days,
                    threshold: item.consecutive.threshold,
                    since: formatDate(item.consecutive.since, locale),
                  })}
                </p>
              ) : null}
            </>
          }
        />
      ))}
    </WorklistSection>
  );
}

function Consents({ worklist, t, locale }: SectionProps) {
  const { items, total } = worklist.consents;
  const expiry = (daysLeft: number, validUntil: string) => {
    const date = formatDate(validUntil, locale);
    if (daysLeft < 0) return t("worklist.consents.expired", { date });
    if (daysLeft === 0) return t("worklist.consents.expiresToday");
    if (daysLeft === 1) return t("worklist.consents.expiresTomorrow");
    return t("worklist.consents.expiresOn", { date, days: daysLeft });
  };
  return (
    <WorklistSection
      id="consents"
      title={t("worklist.consents.title")}
      intro={t("worklist.consents.intro")}
      count={total}
      shown={items.length}
      empty={t("worklist.consents.empty")}
      t={t}
    >
      {items.map((item) => (
        <WorklistItem
          key={item.id}
          main={<PupilLink pupil={item.pupil} />}
          badges={
            item.daysLeft < 0 ? (
              <Badge tone="red">{t("worklist.consents.expiredBadge")}</Badge>
            ) : null
          }
          details={
            <>
              {expiry(item.daysLeft, item.validUntil)} ·{" "}
              {t("worklist.consents.covers", {
                scopes: item.scopes
                  .map((scope) => t(`worklist.consents.scopes.${scope}`))
                  .join(", "),
              })}
            </>
          }
        />
      ))}
    </WorklistSection>
  );
}

function MyActions({ worklist, t, locale }: SectionProps) {
  const { items, total } = worklist.myActions;
  return (
    <WorklistSection
      id="my-actions"
      title={t("worklist.myActions.title")}
      intro={t("worklist.myActions.intro")}
      count={total}
      shown={items.length}
      empty={t("worklist.myActions.empty")}
      footer={
        <Link href="/actions" className={linkClass}>
          {t("worklist.myActions.seeAll")}
        </Link>
      }
      t={t}
    >
      {items.map((row) => (
        <WorklistItem
          key={`${row.type}-${row.id}`}
          main={
            <Link href={`/actions#${row.type}-${row.id}`} className={linkClass}>
              {taskTitle(row, t)}
            </Link>
          }
          badges={<ActionDueBadges row={row} t={t} locale={locale} />}
          details={<ActionSourceText row={row} t={t} locale={locale} />}
        />
      ))}
    </WorklistSection>
  );
}

function NextMeeting({ worklist, t, locale }: SectionProps) {
  const meeting = worklist.nextMeeting;
  const agenda = (count: number) =>
    count === 0
      ? t("worklist.nextMeeting.agendaNone")
      : count === 1
        ? t("worklist.nextMeeting.agendaOne")
        : t("worklist.nextMeeting.agenda", { count });
  return (
    <WorklistSection
      id="next-meeting"
      title={t("worklist.nextMeeting.title")}
      count={meeting ? 1 : 0}
      shown={meeting ? 1 : 0}
      empty={t("worklist.nextMeeting.empty")}
      footer={
        <Link href="/forum" className={linkClass}>
          {t("worklist.nextMeeting.open")}
        </Link>
      }
      t={t}
    >
      {meeting ? (
        <WorklistItem
          main={
            <Link href={`/forum/${meeting.id}`} className={linkClass}>
              {t("worklist.nextMeeting.when", { date: formatDateTime(meeting.startsAt, locale) })}
            </Link>
          }
          details={
            <>
              {t("worklist.nextMeeting.place", { place: meeting.place })} ·{" "}
              {agenda(meeting.agendaItems)}
            </>
          }
        />
      ) : null}
    </WorklistSection>
  );
}
