import type { Metadata } from "next";
import type { ReactNode } from "react";
import { PrintButton } from "@/components/case-entries/entry-actions";
import { meetingTime } from "@/components/forum/badges";
import { LinkButton } from "@/components/ui/link";
import { requireActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { getAgendaItem, type ItemAction, type ItemView } from "@/lib/forum/item";
import { getMeeting, type AgendaItemRow } from "@/lib/forum/meetings";
import { formatDate, type Locale, type Translate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";
import { orNotFound } from "../../../pupils/[id]/record";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("forum.print.title") };
}

/**
 * The meeting on paper: agenda, minutes, action plans and the meeting's conclusion. Nothing
 * below the forum's own level — no entries from the pupils' records — and a blocked item is
 * only "Punkt spærret". Printed before the meeting (planned, nothing written yet), it is the
 * agenda the members bring along, with room under each item for their notes.
 */
export default async function PrintMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const meeting = await orNotFound(getMeeting(actor, id));
  const [t, locale] = [await getT(), await getLocale()];
  const items: { row: AgendaItemRow; view: ItemView | null }[] = [];
  // One item at a time: each read is its own audited transaction.
  for (const row of meeting.agenda) {
    const view =
      row.gate === "BLOCKED"
        ? null
        : await getAgendaItem(actor, row.id).catch((error: unknown) => {
            if (error instanceof NotFoundError) return null;
            throw error;
          });
    items.push({ row, view: view?.gate === "BLOCKED" ? null : view });
  }
  const beforeTheMeeting =
    meeting.status === "PLANNED" &&
    !meeting.summary &&
    items.every(({ view }) => !view?.minutes && !view?.plan);

  return (
    <>
      <div className="no-print mb-6 flex flex-wrap gap-2">
        <PrintButton />
        <LinkButton href={`/forum/${meeting.id}`}>{t("forum.print.back")}</LinkButton>
      </div>
      <article
        data-testid="forum-print"
        className="mx-auto max-w-3xl rounded-lg border border-stone-200 bg-white p-10 leading-relaxed text-stone-900 print:max-w-none print:border-0 print:p-0 print:text-[11pt]"
      >
        <p className="text-sm text-stone-500">
          {t("forum.print.heading", { school: actor.schoolName })}
        </p>
        <h1 className="mt-1 text-2xl font-semibold">
          {beforeTheMeeting ? t("forum.print.agendaTitle") : t("forum.print.title")}
        </h1>
        <p className="mt-1 text-stone-700">
          {t("forum.print.meta", {
            date: formatDate(meeting.day, locale, "long"),
            time: meetingTime(meeting, t),
            place: meeting.place,
          })}{" "}
          · {t(`forum.status.${meeting.status}`)}
        </p>
        <p className="mt-3 border-y border-stone-200 py-2 text-xs text-stone-600">
          {t("forum.print.confidential")}
        </p>

        <Section title={t("forum.print.participants")}>
          <ul className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 print:grid-cols-2">
            {meeting.participants.map((participant) => (
              <li key={participant.id}>
                <span className="font-medium">{participant.name}</span>
                <span className="text-stone-500">
                  {" · "}
                  {[
                    participant.roles.map((role) => t(`roles.${role}`)).join(", ") ||
                      t("forum.participants.adHoc"),
                    participant.attended === null
                      ? null
                      : participant.attended
                        ? t("forum.participants.attendedYes")
                        : t("forum.participants.attendedNo"),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
              </li>
            ))}
          </ul>
        </Section>

        <Section title={t("forum.print.agenda")}>
          {items.length === 0 ? (
            <p className="text-sm text-stone-600">{t("forum.agenda.empty")}</p>
          ) : (
            <ol className="space-y-6">
              {items.map(({ row, view }, index) => (
                <li key={row.id} className="break-inside-avoid-page">
                  {view ? (
                    <PrintedItem
                      position={index + 1}
                      item={view}
                      beforeTheMeeting={beforeTheMeeting}
                      t={t}
                      locale={locale}
                    />
                  ) : (
                    <h3 className="text-base font-semibold">
                      {index + 1}. {t("forum.print.blocked")}
                    </h3>
                  )}
                </li>
              ))}
            </ol>
          )}
        </Section>

        {meeting.summary ? (
          <Section title={t("forum.print.summary")}>
            <p className="text-sm whitespace-pre-line">{meeting.summary}</p>
          </Section>
        ) : null}
      </article>
    </>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mt-8">
      <h2 className="mb-3 border-b border-stone-300 pb-1 text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

function responsible(action: ItemAction, t: Translate): string {
  if (action.responsibleKind === "PARENTS") return t("forum.plan.parents");
  if (action.responsibleKind === "PUPIL") return t("forum.plan.pupil");
  return action.responsibleName ?? t("common.unknown");
}

/** Ruled lines to write on, as many as a short item's notes need. */
const NOTE_LINES = 4;

function PrintedItem({
  position,
  item,
  beforeTheMeeting,
  t,
  locale,
}: {
  position: number;
  item: ItemView;
  beforeTheMeeting: boolean;
  t: Translate;
  locale: Locale;
}) {
  const heading = item.pupil
    ? [item.pupil.name, item.pupil.className].filter(Boolean).join(", ")
    : item.title;
  const attending = [
    item.kind === "PUPIL" && item.guardiansAttending ? t("forum.agenda.guardiansAttend") : null,
    item.kind === "PUPIL" && item.pupilAttending ? t("forum.agenda.pupilAttends") : null,
  ].filter(Boolean);
  const plan = item.plan;
  return (
    <div className="space-y-3 text-sm">
      <div>
        <h3 className="text-base font-semibold">
          {position}. {heading}
        </h3>
        <p className="text-xs text-stone-500">
          {[t(`forum.kinds.${item.kind}`), ...attending].join(" · ")}
        </p>
      </div>
      {beforeTheMeeting ? (
        <div>
          <h4 className="font-medium text-stone-700">{t("forum.print.notes")}</h4>
          {Array.from({ length: NOTE_LINES }, (_, line) => (
            <div key={line} aria-hidden="true" className="h-8 border-b border-stone-300" />
          ))}
        </div>
      ) : (
        <div>
          <h4 className="font-medium text-stone-700">{t("forum.print.minutes")}</h4>
          <p className="whitespace-pre-line">{item.minutes ?? t("forum.print.noMinutes")}</p>
        </div>
      )}
      {plan ? (
        <div className="space-y-2">
          <h4 className="font-medium text-stone-700">{t("forum.print.plan")}</h4>
          {plan.actions.length === 0 ? (
            <p>{t("forum.print.noActions")}</p>
          ) : (
            <table className="w-full border-collapse text-left">
              <thead>
                <tr className="border-b border-stone-300">
                  <th scope="col" className="py-1 pr-3 font-medium">
                    {t("forum.plan.description")}
                  </th>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    {t("forum.plan.responsible")}
                  </th>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    {t("forum.plan.due")}
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    {t("forum.plan.status")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {plan.actions.map((action) => (
                  <tr key={action.id} className="border-b border-stone-100 align-top">
                    <td className="py-1 pr-3 whitespace-pre-line">{action.description}</td>
                    <td className="py-1 pr-3">{responsible(action, t)}</td>
                    <td className="py-1 pr-3 whitespace-nowrap">
                      {action.dueOn ? formatDate(action.dueOn, locale) : "–"}
                    </td>
                    <td className="py-1">{t(`forum.plan.actionStatus.${action.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr] print:grid-cols-[auto_1fr]">
            {plan.parentInvolvement ? (
              <>
                <dt className="font-medium text-stone-700">{t("forum.plan.parentInvolvement")}</dt>
                <dd className="whitespace-pre-line">{plan.parentInvolvement}</dd>
              </>
            ) : null}
            {plan.followUpOn ? (
              <>
                <dt className="font-medium text-stone-700">{t("forum.plan.followUpOn")}</dt>
                <dd>{formatDate(plan.followUpOn, locale)}</dd>
              </>
            ) : null}
            {plan.feedback ? (
              <>
                <dt className="font-medium text-stone-700">{t("forum.plan.feedback")}</dt>
                <dd>
                  {t("forum.plan.feedbackLine", {
                    name: plan.feedback.responsibleName,
                    date: formatDate(plan.feedback.dueOn, locale),
                  })}{" "}
                  {plan.feedback.givenOn
                    ? t("forum.plan.feedbackGivenLine", {
                        date: formatDate(plan.feedback.givenOn, locale),
                      })
                    : null}
                </dd>
              </>
            ) : null}
          </dl>
        </div>
      ) : null}
    </div>
  );
}
