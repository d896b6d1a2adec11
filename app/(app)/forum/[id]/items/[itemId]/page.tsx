import type { Metadata } from "next";
import { Link, LinkButton } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { EntryContent } from "@/components/case-entries/entry-content";
import { GateBadge } from "@/components/forum/badges";
import {
  ActionStatusForm,
  AddActionForm,
  FeedbackGivenForm,
  ItemAttendanceForm,
  MinutesForm,
  PlanForm,
} from "@/components/forum/item-forms";
import { Badge, Card, EmptyState, Notice, PageHeader } from "@/components/ui/layout";
import { Table, Td } from "@/components/ui/table";
import { can, type Actor } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { isoDay, todayInDenmark } from "@/lib/dates";
import { getAgendaItem, type ItemAction, type ItemView } from "@/lib/forum/item";
import { formatDate, type Locale, type Translate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";
import { orNotFound } from "../../../../pupils/[id]/record";
import {
  addActionAction,
  recordFeedbackAction,
  saveMinutesAction,
  savePlanAction,
  setActionStatusAction,
  setItemAttendanceAction,
} from "../../../actions";

// The item may be about a named pupil; the browser tab never says who.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("forum.item.title") };
}

const linkClass = "text-brand-700 font-medium hover:underline";

export default async function AgendaItemPage({
  params,
}: {
  params: Promise<{ id: string; itemId: string }>;
}) {
  const actor = await requireActor();
  const { id, itemId } = await params;
  const item = await orNotFound(getAgendaItem(actor, itemId));
  // The item belongs to the meeting in the address, or the address is wrong.
  if (item.meetingId !== id) notFound();
  const [t, locale] = [await getT(), await getLocale()];
  const back = <LinkButton href={`/forum/${item.meetingId}`}>{t("forum.item.back")}</LinkButton>;
  const meetingLine = t("forum.item.meetingLine", {
    kind: t(`forum.kinds.${item.kind}`),
    date: formatDate(item.meetingDay, locale, "long"),
  });

  // A blocked item: the trivselsperson learns why, and nothing of the item (DESIGN.md §2).
  if (item.gate === "BLOCKED") {
    return (
      <>
        <PageHeader title={t("forum.agenda.blockedTitle")} intro={meetingLine} actions={back} />
        <div className="max-w-3xl space-y-6">
          <Notice tone="warning">{t("forum.gate.blocked")}</Notice>
          {item.manage && item.pupil ? (
            <Card>
              <div className="space-y-4">
                <ItemAttendanceForm
                  action={setItemAttendanceAction}
                  itemId={item.id}
                  version={item.version}
                  guardiansAttending={item.guardiansAttending}
                  pupilAttending={item.pupilAttending}
                />
                <p className="text-sm">
                  <Link href={`/pupils/${item.pupil.id}/consents`} className={linkClass}>
                    {t("forum.item.consents")}
                  </Link>
                </p>
              </div>
            </Card>
          ) : null}
        </div>
      </>
    );
  }

  const today = isoDay(todayInDenmark());
  const title = item.pupil ? item.pupil.name : item.title;
  return (
    <>
      <PageHeader
        title={title}
        intro={
          item.pupil
            ? `${meetingLine} · ${item.pupil.className ?? t("forum.item.noClass")}`
            : meetingLine
        }
        actions={
          <>
            {back}
            {item.pupil && can(actor, "pupil:open-record") ? (
              <LinkButton href={`/pupils/${item.pupil.id}`}>
                {t("forum.item.openRecord")}
              </LinkButton>
            ) : null}
          </>
        }
      />
      {item.kind === "PUPIL" ? (
        <div className="mb-6 flex flex-wrap items-center gap-2">
          {item.gate ? <GateBadge gate={item.gate} t={t} /> : null}
          {item.guardiansAttending ? (
            <Badge tone="brand">{t("forum.agenda.guardiansAttend")}</Badge>
          ) : null}
          {item.pupilAttending ? (
            <Badge tone="brand">{t("forum.agenda.pupilAttends")}</Badge>
          ) : null}
        </div>
      ) : null}
      {!item.canWrite ? (
        <div className="mb-6">
          <Notice>{t("forum.item.readOnly")}</Notice>
        </div>
      ) : null}
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(20rem,2fr)]">
        <div className="min-w-0 space-y-6">
          <Card title={t("forum.item.minutes.title")}>
            {item.canWrite ? (
              <MinutesForm
                action={saveMinutesAction}
                itemId={item.id}
                version={item.version}
                minutes={item.minutes}
              />
            ) : item.minutes ? (
              <p className="text-sm whitespace-pre-line text-stone-800">{item.minutes}</p>
            ) : (
              <p className="text-sm text-stone-600">{t("forum.item.minutes.empty")}</p>
            )}
          </Card>
          <ActionPlan item={item} actor={actor} today={today} t={t} locale={locale} />
        </div>
        <div className="space-y-6">
          {item.kind === "PUPIL" && item.manage ? (
            <Card>
              <ItemAttendanceForm
                action={setItemAttendanceAction}
                itemId={item.id}
                version={item.version}
                guardiansAttending={item.guardiansAttending}
                pupilAttending={item.pupilAttending}
              />
            </Card>
          ) : null}
          {item.kind === "PUPIL" ? <SharedEntries item={item} t={t} locale={locale} /> : null}
        </div>
      </div>
    </>
  );
}

/** The pupil's entries shared with the forum — the FORUM level only, never below it. */
function SharedEntries({ item, t, locale }: { item: ItemView; t: Translate; locale: Locale }) {
  return (
    <Card title={t("forum.item.shared.title")}>
      <p className="mb-4 text-sm text-stone-600">{t("forum.item.shared.intro")}</p>
      {item.sharedEntries.length === 0 ? (
        <EmptyState>{t("forum.item.shared.empty")}</EmptyState>
      ) : (
        <ol className="space-y-4">
          {item.sharedEntries.map((entry) => (
            <li key={entry.id} className="rounded-md border border-stone-200 p-4 text-sm">
              <p className="text-xs font-medium tracking-wide text-stone-500 uppercase">
                {t(`caseEntries.kinds.${entry.kind}`)} · {formatDate(entry.occurredOn, locale)}
              </p>
              <h3 className="mt-1 font-semibold text-stone-900">
                {entry.title ?? t(`caseEntries.kinds.${entry.kind}`)}
              </h3>
              <p className="mb-3 text-xs text-stone-500">
                {t("forum.item.shared.by", {
                  name: entry.authorName,
                  role: t(`roles.${entry.authorRole}`),
                })}
              </p>
              {entry.content ? (
                <EntryContent content={entry.content} t={t} locale={locale} />
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

function responsibleLabel(action: ItemAction, t: Translate): string {
  if (action.responsibleKind === "PARENTS") return t("forum.plan.parents");
  if (action.responsibleKind === "PUPIL") return t("forum.plan.pupil");
  return action.responsibleName ?? t("common.unknown");
}

function ActionPlan({
  item,
  actor,
  today,
  t,
  locale,
}: {
  item: ItemView;
  actor: Actor;
  today: string;
  t: Translate;
  locale: Locale;
}) {
  const plan = item.plan;
  const participants = item.responsibleOptions.map((option) => ({
    value: option.id,
    label: option.name,
  }));
  const responsibleOptions = [
    ...participants,
    ...(item.kind === "THEME"
      ? []
      : [
          { value: "PARENTS", label: t("forum.plan.parents") },
          { value: "PUPIL", label: t("forum.plan.pupil") },
        ]),
  ];
  const feedback = plan?.feedback ?? null;
  const feedbackMode =
    item.kind === "THEME"
      ? "none"
      : item.kind === "PUPIL" && !item.guardiansAttending
        ? "required"
        : "optional";

  return (
    <Card title={t("forum.plan.title")}>
      <p className="mb-4 text-sm text-stone-600">{t("forum.plan.intro")}</p>
      <section aria-labelledby="actions-heading" className="space-y-3">
        <h3 id="actions-heading" className="text-sm font-semibold text-stone-900">
          {t("forum.plan.actions")}
        </h3>
        {!plan || plan.actions.length === 0 ? (
          <p className="text-sm text-stone-600">{t("forum.plan.noActions")}</p>
        ) : (
          <Table
            caption={t("forum.plan.caption")}
            head={[
              t("forum.plan.description"),
              t("forum.plan.responsible"),
              t("forum.plan.due"),
              t("forum.plan.status"),
            ]}
          >
            {plan.actions.map((action) => (
              <tr key={action.id} data-testid="plan-action">
                <Td className="whitespace-pre-line">{action.description}</Td>
                <Td className="whitespace-nowrap">{responsibleLabel(action, t)}</Td>
                <Td className="whitespace-nowrap">
                  {action.dueOn ? formatDate(action.dueOn, locale) : "–"}
                </Td>
                <Td>
                  {item.canWrite ? (
                    <ActionStatusForm action={setActionStatusAction} row={action} />
                  ) : (
                    t(`forum.plan.actionStatus.${action.status}`)
                  )}
                </Td>
              </tr>
            ))}
          </Table>
        )}
        {item.canWrite ? (
          <details className="rounded-md border border-stone-200">
            <summary className="text-brand-700 cursor-pointer px-3 py-2 text-sm font-medium hover:bg-stone-50">
              {t("forum.plan.newAction")}
            </summary>
            <div className="border-t border-stone-200 p-3">
              <AddActionForm
                action={addActionAction}
                itemId={item.id}
                responsibleOptions={responsibleOptions}
                today={today}
              />
            </div>
          </details>
        ) : null}
      </section>

      <section
        aria-labelledby="frame-heading"
        className="mt-6 space-y-3 border-t border-stone-100 pt-4"
      >
        <h3 id="frame-heading" className="text-sm font-semibold text-stone-900">
          {t("forum.plan.frame")}
        </h3>
        {feedback ? (
          <div className="rounded-md bg-stone-50 p-3 text-sm text-stone-800">
            <p>
              {t("forum.plan.feedbackLine", {
                name: feedback.responsibleName,
                date: formatDate(feedback.dueOn, locale),
              })}{" "}
              {feedback.givenOn
                ? t("forum.plan.feedbackGivenLine", { date: formatDate(feedback.givenOn, locale) })
                : t("forum.plan.feedbackPending")}
            </p>
            {feedback.summary ? (
              <p className="mt-2 whitespace-pre-line">{feedback.summary}</p>
            ) : null}
          </div>
        ) : null}
        {item.canWrite ? (
          <PlanForm
            action={savePlanAction}
            itemId={item.id}
            version={plan?.version ?? 0}
            values={{
              parentInvolvement: plan?.parentInvolvement ?? null,
              followUpOn: plan?.followUpOn ?? null,
              feedbackResponsibleId: feedback?.responsibleUserId ?? null,
              feedbackDueOn: feedback?.dueOn ?? null,
            }}
            participants={participants}
            feedback={feedbackMode}
            today={today}
          />
        ) : plan ? (
          <dl className="space-y-2 text-sm">
            <div>
              <dt className="font-medium text-stone-700">{t("forum.plan.parentInvolvement")}</dt>
              <dd className="whitespace-pre-line text-stone-800">
                {plan.parentInvolvement ?? "–"}
              </dd>
            </div>
            <div>
              <dt className="font-medium text-stone-700">{t("forum.plan.followUpOn")}</dt>
              <dd className="text-stone-800">
                {plan.followUpOn ? formatDate(plan.followUpOn, locale) : "–"}
              </dd>
            </div>
          </dl>
        ) : (
          <p className="text-sm text-stone-600">{t("forum.plan.noPlan")}</p>
        )}
        {feedback && (feedback.responsibleUserId === actor.userId || item.manage) ? (
          <details
            className="rounded-md border border-stone-200"
            open={!feedback.givenOn && feedback.responsibleUserId === actor.userId}
          >
            <summary className="text-brand-700 cursor-pointer px-3 py-2 text-sm font-medium hover:bg-stone-50">
              {t("forum.plan.given.title")}
            </summary>
            <div className="border-t border-stone-200 p-3">
              <FeedbackGivenForm
                action={recordFeedbackAction}
                feedbackId={feedback.id}
                version={feedback.version}
                givenOn={feedback.givenOn}
                summary={feedback.summary}
                today={today}
              />
            </div>
          </details>
        ) : null}
      </section>
    </Card>
  );
}
