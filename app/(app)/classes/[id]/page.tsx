import { Link, LinkButton } from "@/components/ui/link";
import { ClassWorkForm } from "@/components/classes/class-work-form";
import { Disclosure } from "@/components/classes/disclosure";
import { titled } from "@/components/shell/section-home";
import { Badge, Card, EmptyState, Notice, PageHeader } from "@/components/ui/layout";
import { orNotFound, requirePermission } from "@/lib/auth/session";
import { getClassDetail, type ClassDetail } from "@/lib/classes/classes";
import { isoDay, todayInDenmark } from "@/lib/dates";
import { formatDate, type Locale, type Translate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";
import { logClassWorkAction, updateClassWorkAction } from "../actions";

export const generateMetadata = titled("classes.title");

const linkClass = "text-brand-700 hover:underline";

export default async function ClassPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("class-work:manage");
  const [t, locale] = [await getT(), await getLocale()];
  const detail = await orNotFound(getClassDetail(actor, (await params).id));
  const today = isoDay(todayInDenmark());
  return (
    <>
      <PageHeader
        title={t("classes.classTitle", { name: detail.name })}
        intro={t("classes.classIntro", {
          schoolYear: detail.schoolYear,
          teachers: detail.teachers.join(", ") || t("classes.noTeachers"),
        })}
        actions={<LinkButton href="/classes">{t("classes.backToClasses")}</LinkButton>}
      />
      {detail.active ? null : (
        <div className="mb-6">
          <Notice tone="warning">{t("classes.inactive")}</Notice>
        </div>
      )}
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="space-y-6">
          <Card title={t("classes.work.newTitle")}>
            <ClassWorkForm action={logClassWorkAction} classId={detail.id} today={today} />
          </Card>
          <ClassWorkLog detail={detail} t={t} locale={locale} today={today} />
        </div>
        <div className="space-y-6">
          <FocusPupils detail={detail} t={t} locale={locale} />
          <Groups detail={detail} t={t} />
          <Card title={t("classes.pupils.title", { count: detail.pupils.length })}>
            {detail.pupils.length === 0 ? (
              <EmptyState>{t("classes.pupils.empty")}</EmptyState>
            ) : (
              <ul aria-label={t("classes.pupils.listLabel")} className="columns-2 text-sm">
                {detail.pupils.map((pupil) => (
                  <li key={pupil.id} className="py-0.5">
                    <Link href={`/pupils/${pupil.id}`} className={linkClass}>
                      {pupil.firstName} {pupil.lastName}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}

function ClassWorkLog({
  detail,
  t,
  locale,
  today,
}: {
  detail: ClassDetail;
  t: Translate;
  locale: Locale;
  today: string;
}) {
  return (
    <Card title={t("classes.work.title")}>
      <p className="mb-4 text-sm text-stone-600">{t("classes.work.intro")}</p>
      {detail.classWork.length === 0 ? (
        <EmptyState>{t("classes.work.empty")}</EmptyState>
      ) : (
        <ol aria-label={t("classes.work.listLabel")} className="space-y-4">
          {detail.classWork.map((entry) => (
            <li key={entry.id} className="rounded-md border border-stone-200 p-4">
              <article>
                <header className="flex flex-wrap items-baseline justify-between gap-2">
                  <h3 className="font-semibold text-stone-900">{entry.title}</h3>
                  <p className="text-sm text-stone-600">
                    <time dateTime={entry.heldOn}>{formatDate(entry.heldOn, locale)}</time>
                    {" · "}
                    {t("classes.work.writtenBy", { name: entry.authorName })}
                  </p>
                </header>
                <p className="mt-2 text-sm whitespace-pre-line text-stone-800">
                  {entry.description}
                </p>
                {entry.observations ? (
                  <div className="mt-3">
                    <h4 className="text-sm font-medium text-stone-700">
                      {t("classes.work.observationsHeading")}
                    </h4>
                    <p className="mt-1 text-sm whitespace-pre-line text-stone-800">
                      {entry.observations}
                    </p>
                  </div>
                ) : null}
                <div className="mt-3">
                  <Disclosure summary={t("classes.work.edit", { title: entry.title })}>
                    <ClassWorkForm
                      action={updateClassWorkAction}
                      classId={detail.id}
                      values={entry}
                      today={today}
                    />
                  </Disclosure>
                </div>
              </article>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

function FocusPupils({ detail, t, locale }: { detail: ClassDetail; t: Translate; locale: Locale }) {
  const focus = detail.focus;
  return (
    <Card title={t("classes.focus.title")}>
      {!focus ? (
        <EmptyState>{t("classes.focus.noConference")}</EmptyState>
      ) : (
        <div className="space-y-3 text-sm">
          <p className="text-stone-600">
            {t("classes.focus.from", {
              title: focus.conferenceTitle,
              date: formatDate(focus.heldOn, locale),
            })}{" "}
            {/* Underlined: within a sentence its colour alone would not set it apart (WCAG 1.4.1). */}
            <Link
              href={`/class-conferences/${focus.conferenceId}/classes/${detail.id}`}
              className="text-brand-700 underline underline-offset-2"
            >
              {t("classes.focus.openConference")}
            </Link>
          </p>
          {focus.pupils.length === 0 ? (
            <EmptyState>{t("classes.focus.none")}</EmptyState>
          ) : (
            <>
              <ul className="space-y-2">
                {focus.pupils.map((pupil) => (
                  <li key={pupil.id}>
                    <Link href={`/pupils/${pupil.id}`} className={`${linkClass} font-medium`}>
                      {pupil.firstName} {pupil.lastName}
                    </Link>
                    {pupil.reason ? <p className="text-stone-700">{pupil.reason}</p> : null}
                  </li>
                ))}
              </ul>
              <p className="text-xs text-stone-500">{t("classes.focus.logged")}</p>
            </>
          )}
        </div>
      )}
    </Card>
  );
}

function Groups({ detail, t }: { detail: ClassDetail; t: Translate }) {
  return (
    <Card title={t("classes.groups.title")}>
      <p className="mb-3 text-sm text-stone-600">{t("classes.groups.intro")}</p>
      {detail.groups.length === 0 ? (
        <EmptyState>{t("classes.groups.empty")}</EmptyState>
      ) : (
        <ul className="space-y-2 text-sm">
          {detail.groups.map((group) => (
            <li key={group.id} className="flex flex-wrap items-center gap-2">
              <Link href={`/groups/${group.id}`} className={`${linkClass} font-medium`}>
                {group.name}
              </Link>
              <Badge>{t(`groups.kinds.${group.kind}`)}</Badge>
              <span className="text-stone-600">
                {t("classes.groups.pupilCount", { count: group.pupilCount })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
