import type { ReactNode } from "react";
import { EntryContent } from "@/components/case-entries/entry-content";
import { PrintButton } from "@/components/case-entries/entry-actions";
import { titled } from "@/components/shell/section-home";
import { LinkButton } from "@/components/ui/link";
import { buttonClass } from "@/components/ui/button";
import { requirePermission } from "@/lib/auth/session";
import { readDetails } from "@/lib/case-entries/kinds";
import type {
  AbsenceKind,
  ActionStatus,
  CaseEntryKind,
  ConcernCategory,
  ConcernLevel,
  ConcernSource,
  ConcernStatus,
  ConsentScope,
  GroupKind,
} from "@/lib/generated/prisma/enums";
import { formatDate, type Locale, type Translate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";
import { getAccessRequest, type AccessRequest } from "@/lib/privacy/access-request";
import { orNotFound } from "../../../../pupils/[id]/record";

// The pupil's name stays out of the title (browser history, shared screens).
export const generateMetadata = titled("privacy.accessRequest.title");

/**
 * Indsigt: everything the school holds on the pupil, as a page to print for the guardians, with
 * the same content as JSON. Other children and private working notes are not in it
 * (lib/privacy/access-request.ts).
 */
export default async function AccessRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("privacy:access-request");
  const { id } = await params;
  const data = await orNotFound(getAccessRequest(actor, id, "html"));
  const [t, locale] = [await getT(), await getLocale()];
  const d = (value: string | null) => (value ? formatDate(value, locale) : "");
  const name = `${data.pupil.firstName} ${data.pupil.lastName}`;
  return (
    <>
      <div className="no-print mb-6 flex flex-wrap gap-2">
        <PrintButton />
        {/* A plain link: a download, not a page to prefetch. */}
        <a
          href={`/privacy/pupils/${data.pupil.id}/access-request/json`}
          download
          className={buttonClass("secondary")}
        >
          {t("privacy.accessRequest.json")}
        </a>
        <LinkButton href="/privacy">{t("privacy.accessRequest.back")}</LinkButton>
      </div>
      <article
        data-testid="access-request"
        className="mx-auto max-w-3xl rounded-lg border border-stone-200 bg-white p-10 leading-relaxed text-stone-900 print:max-w-none print:border-0 print:p-0 print:text-[11pt]"
      >
        <p className="text-sm text-stone-500">{data.school}</p>
        <h1 className="mt-1 text-2xl font-semibold">
          {t("privacy.accessRequest.heading", { name })}
        </h1>
        <p className="mt-2 text-stone-700">
          {t("privacy.accessRequest.intro", {
            school: data.school,
            date: formatDate(data.generatedAt, locale, "long"),
          })}
        </p>
        <p className="mt-2 text-sm text-stone-600">{t("privacy.accessRequest.leftOut")}</p>
        <p className="mt-3 border-y border-stone-200 py-2 text-xs text-stone-600">
          {t("privacy.accessRequest.confidential")}
        </p>

        <Section title={t("privacy.accessRequest.pupil.title")}>
          <Facts
            rows={[
              [t("privacy.accessRequest.pupil.name"), name],
              [t("privacy.accessRequest.pupil.dateOfBirth"), d(data.pupil.dateOfBirth)],
              [t("privacy.accessRequest.pupil.externalId"), data.pupil.externalId],
              [t("privacy.accessRequest.pupil.class"), data.pupil.className ?? "–"],
              [
                t("privacy.accessRequest.pupil.status"),
                [
                  data.pupil.active
                    ? t("privacy.accessRequest.pupil.active")
                    : t("privacy.accessRequest.pupil.left", { date: d(data.pupil.leftOn) }),
                  data.pupil.legalHold ? t("privacy.accessRequest.pupil.legalHold") : null,
                ]
                  .filter(Boolean)
                  .join(" · "),
              ],
            ]}
          />
        </Section>

        <Section
          title={t("privacy.accessRequest.guardians.title")}
          empty={data.guardians.length === 0}
          t={t}
        >
          <ul className="space-y-2 text-sm">
            {data.guardians.map((guardian, index) => (
              <li key={index}>
                <span className="font-medium">{guardian.name}</span>
                {[
                  guardian.relation,
                  guardian.hasParentalAuthority
                    ? t("privacy.accessRequest.guardians.authority")
                    : t("privacy.accessRequest.guardians.informationOnly"),
                  guardian.email,
                  guardian.phone,
                  guardian.address,
                ]
                  .filter(Boolean)
                  .map((part) => ` · ${part}`)
                  .join("")}
              </li>
            ))}
          </ul>
        </Section>

        <Section
          title={t("privacy.accessRequest.concerns.title")}
          empty={data.concerns.length === 0}
          t={t}
        >
          <ol className="space-y-4">
            {data.concerns.map((concern, index) => (
              <li key={index} className="break-inside-avoid-page text-sm">
                <p className="font-medium">
                  {d(concern.createdAt)} · {t(`concerns.levels.${concern.level as ConcernLevel}`)} ·{" "}
                  {t(`concerns.statuses.${concern.status as ConcernStatus}`)}
                </p>
                <p className="text-stone-600">
                  {[
                    t("privacy.accessRequest.concerns.raisedBy", { name: concern.raisedBy }),
                    t(`concerns.sources.${concern.source as ConcernSource}`),
                    concern.noticedBy,
                    concern.categories
                      .map((category) => t(`concerns.categories.${category as ConcernCategory}`))
                      .join(", "),
                    concern.closedAt
                      ? t("privacy.accessRequest.concerns.closed", { date: d(concern.closedAt) })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
                <p className="mt-1 whitespace-pre-line">{concern.description}</p>
              </li>
            ))}
          </ol>
        </Section>

        <Section
          title={t("privacy.accessRequest.entries.title")}
          empty={data.caseEntries.length === 0}
          t={t}
        >
          <ol className="space-y-5">
            {data.caseEntries.map((entry, index) => (
              <Entry key={index} entry={entry} t={t} locale={locale} />
            ))}
          </ol>
        </Section>

        <Section
          title={t("privacy.accessRequest.consents.title")}
          empty={data.consents.length === 0}
          t={t}
        >
          <ol className="space-y-4">
            {data.consents.map((consent, index) => (
              <li key={index} className="break-inside-avoid-page text-sm">
                <p className="font-medium">
                  {d(consent.givenOn)} ·{" "}
                  {t(`consent.decisions.${consent.decision as "GIVEN" | "REFUSED"}`)} ·{" "}
                  {t(`consent.forms.${consent.form as "WRITTEN" | "ORAL"}`)} ·{" "}
                  {consent.current
                    ? t("privacy.accessRequest.consents.current")
                    : t("privacy.accessRequest.consents.superseded")}
                </p>
                <Facts
                  rows={[
                    [
                      t("privacy.accessRequest.consents.scopes"),
                      consent.scopes
                        .map((scope) => t(`consent.scopeNames.${scope as ConsentScope}`))
                        .concat(consent.externalPartner ? [consent.externalPartner] : [])
                        .join(", "),
                    ],
                    [t("privacy.accessRequest.consents.purpose"), consent.purpose],
                    [
                      "",
                      t("privacy.accessRequest.consents.validity", {
                        from: d(consent.validFrom),
                        until: d(consent.validUntil),
                      }),
                    ],
                    [t("privacy.accessRequest.consents.guardians"), consent.guardians.join(", ")],
                    [t("privacy.accessRequest.consents.oralNote"), consent.oralNote ?? ""],
                    [t("privacy.accessRequest.consents.pupilView"), consent.pupilView ?? ""],
                    [
                      "",
                      consent.withdrawnOn
                        ? t("privacy.accessRequest.consents.withdrawn", {
                            date: d(consent.withdrawnOn),
                          })
                        : "",
                    ],
                  ]}
                />
              </li>
            ))}
          </ol>
        </Section>

        <Section
          title={t("privacy.accessRequest.forum.title")}
          empty={data.forumItems.length === 0}
          t={t}
        >
          <ol className="space-y-5">
            {data.forumItems.map((item, index) => (
              <li key={index} className="break-inside-avoid-page text-sm">
                <p className="font-medium">
                  {t("privacy.accessRequest.forum.meeting", { date: d(item.meetingDay) })} ·{" "}
                  {item.title}
                  {item.guardiansAttending
                    ? ` · ${t("privacy.accessRequest.forum.guardiansAttending")}`
                    : ""}
                </p>
                {item.minutes ? (
                  <Facts rows={[[t("privacy.accessRequest.forum.minutes"), item.minutes]]} />
                ) : null}
                {item.actionPlan ? (
                  <div className="mt-2">
                    <p className="font-medium">{t("privacy.accessRequest.forum.plan")}</p>
                    <ul className="ml-4 list-disc">
                      {item.actionPlan.actions.map((action, actionIndex) => (
                        <li key={actionIndex}>
                          {action.description} — {responsibleName(action.responsible, t)}
                          {action.dueOn
                            ? `, ${t("privacy.accessRequest.forum.due", { date: d(action.dueOn) })}`
                            : ""}{" "}
                          ({t(`forum.plan.actionStatus.${action.status as ActionStatus}`)})
                        </li>
                      ))}
                    </ul>
                    <Facts
                      rows={[
                        [
                          t("privacy.accessRequest.forum.parentInvolvement"),
                          item.actionPlan.parentInvolvement ?? "",
                        ],
                        [
                          t("privacy.accessRequest.forum.feedback"),
                          item.actionPlan.parentFeedback?.summary ?? "",
                        ],
                      ]}
                    />
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        </Section>

        <Section
          title={t("privacy.accessRequest.groups.title")}
          empty={data.groups.length === 0}
          t={t}
        >
          <ul className="space-y-1 text-sm">
            {data.groups.map((group, index) => (
              <li key={index}>
                <span className="font-medium">{group.name}</span> ·{" "}
                {t(`groups.kinds.${group.kind as GroupKind}`)} ·{" "}
                {group.leftOn
                  ? t("privacy.accessRequest.groups.periodEnded", {
                      from: d(group.joinedOn),
                      until: d(group.leftOn),
                    })
                  : t("privacy.accessRequest.groups.period", { from: d(group.joinedOn) })}
              </li>
            ))}
          </ul>
        </Section>

        <Section
          title={t("privacy.accessRequest.conferences.title")}
          empty={data.classConferences.length === 0}
          t={t}
        >
          <ul className="space-y-1 text-sm">
            {data.classConferences.map((conference, index) => (
              <li key={index}>
                <span className="font-medium">
                  {d(conference.heldOn)} · {conference.title}
                </span>
                {conference.reason
                  ? ` · ${t("privacy.accessRequest.conferences.reason", { reason: conference.reason })}`
                  : ""}
              </li>
            ))}
          </ul>
        </Section>

        <Section
          title={t("privacy.accessRequest.absence.title")}
          empty={data.absence.length === 0}
          t={t}
        >
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("privacy.accessRequest.absence.caption")}</caption>
            <thead className="border-b border-stone-300 text-stone-600">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">
                  {t("privacy.accessRequest.absence.date")}
                </th>
                <th scope="col" className="py-1 pr-3 font-medium">
                  {t("privacy.accessRequest.absence.kind")}
                </th>
                <th scope="col" className="py-1 pr-3 font-medium">
                  {t("privacy.accessRequest.absence.lessons")}
                </th>
                <th scope="col" className="py-1 font-medium">
                  {t("privacy.accessRequest.absence.reason")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {data.absence.map((record, index) => (
                <tr key={index}>
                  <td className="py-1 pr-3 tabular-nums">{d(record.date)}</td>
                  <td className="py-1 pr-3">
                    {t(`absence.manual.kinds.${record.kind as AbsenceKind}`)}
                  </td>
                  <td className="py-1 pr-3">
                    {record.lessons ?? t("privacy.accessRequest.absence.wholeDay")}
                  </td>
                  <td className="py-1">{record.parentsReason ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      </article>
    </>
  );
}

function responsibleName(responsible: string, t: Translate): string {
  if (responsible === "PARENTS") return t("forum.plan.parents");
  if (responsible === "PUPIL") return t("forum.plan.pupil");
  return responsible;
}

function Entry({
  entry,
  t,
  locale,
}: {
  entry: AccessRequest["caseEntries"][number];
  t: Translate;
  locale: Locale;
}) {
  const content = readDetails(entry.kind as CaseEntryKind, entry.details);
  const notification = entry.notification;
  return (
    <li className="break-inside-avoid-page text-sm">
      <p className="font-medium">
        {formatDate(entry.occurredOn, locale)} ·{" "}
        {t(`caseEntries.kinds.${entry.kind as CaseEntryKind}`)}
        {entry.title ? ` · ${entry.title}` : ""}
      </p>
      <p className="text-stone-600">
        {t("privacy.accessRequest.entries.by", {
          name: entry.author,
          role: t(`roles.${entry.authorRole}`),
        })}
        {entry.followUpOn
          ? ` · ${t("privacy.accessRequest.entries.followUp", { date: formatDate(entry.followUpOn, locale) })}`
          : ""}
      </p>
      <div className="mt-2">
        {content ? (
          <EntryContent content={content} t={t} locale={locale} />
        ) : (
          <pre className="text-xs whitespace-pre-wrap">
            {JSON.stringify(entry.details, null, 2)}
          </pre>
        )}
      </div>
      {notification ? (
        <Facts
          rows={[
            [t("privacy.accessRequest.entries.notification"), notification.reason],
            [
              t("privacy.accessRequest.entries.parentsInformed"),
              notification.parentsInformed
                ? t("privacy.accessRequest.yes")
                : t("privacy.accessRequest.no"),
            ],
            [
              t("privacy.accessRequest.entries.parentsNotInformedWhy"),
              notification.parentsNotInformedWhy ?? "",
            ],
            [
              t("privacy.accessRequest.entries.receipt"),
              notification.receiptReceivedOn
                ? formatDate(notification.receiptReceivedOn, locale)
                : "",
            ],
            [t("privacy.accessRequest.entries.feedback"), notification.municipalityFeedback ?? ""],
          ]}
        />
      ) : null}
    </li>
  );
}

function Section({
  title,
  children,
  empty = false,
  t,
}: {
  title: string;
  children: ReactNode;
  empty?: boolean;
  t?: Translate;
}) {
  return (
    <section className="mt-8 break-inside-avoid-page">
      <h2 className="mb-3 border-b border-stone-200 pb-1 text-lg font-semibold">{title}</h2>
      {empty && t ? (
        <p className="text-sm text-stone-500">{t("privacy.accessRequest.none")}</p>
      ) : (
        children
      )}
    </section>
  );
}

/** Label/value rows; blank values are left out. */
function Facts({ rows }: { rows: [string, string][] }) {
  const shown = rows.filter(([, value]) => value);
  if (shown.length === 0) return null;
  return (
    <dl className="mt-1 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr] print:grid-cols-[10rem_1fr]">
      {shown.map(([label, value], index) => (
        <div key={index} className="contents">
          <dt className="text-stone-500">{label}</dt>
          <dd className="whitespace-pre-line">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
