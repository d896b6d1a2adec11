import { PrintButton } from "@/components/case-entries/entry-actions";
import { titled } from "@/components/shell/section-home";
import { LinkButton } from "@/components/ui/link";
import { Badge, EmptyState, Notice } from "@/components/ui/layout";
import { isAuditPurpose, type AuditPurpose } from "@/lib/audit/purposes";
import { requirePermission } from "@/lib/auth/session";
import {
  formatDate,
  formatDateTime,
  isMessageKey,
  messagesFor,
  type Messages,
  type Translate,
} from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";
import {
  ACCESS_REPORT_LIMIT,
  getAccessReport,
  type AccessReportRow,
} from "@/lib/privacy/access-report";
import { orNotFound } from "../../../../pupils/[id]/record";

// The pupil's name stays out of the title (browser history, shared screens).
export const generateMetadata = titled("privacy.accessLog.title");

/**
 * The access report (adgangslog) for one pupil: on screen for the data-protection function,
 * and on paper for the guardians who asked who looked and why.
 */
export default async function AccessLogPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("audit:read");
  const report = await orNotFound(getAccessReport(actor, (await params).id));
  const [t, locale] = [await getT(), await getLocale()];
  const name = `${report.pupil.firstName} ${report.pupil.lastName}`;
  const actionLabel = actionLabeller(t, messagesFor(locale));
  const purposeLabel = purposeLabeller(t);
  return (
    <>
      <div className="no-print mb-6 flex flex-wrap gap-2">
        <PrintButton />
        <LinkButton href="/privacy">{t("privacy.accessRequest.back")}</LinkButton>
      </div>
      <article
        data-testid="access-log"
        className="mx-auto max-w-5xl rounded-lg border border-stone-200 bg-white p-8 leading-relaxed text-stone-900 print:max-w-none print:border-0 print:p-0 print:text-[10pt]"
      >
        <p className="text-sm text-stone-500">{actor.schoolName}</p>
        <h1 className="mt-1 text-2xl font-semibold">{t("privacy.accessLog.heading", { name })}</h1>
        <p className="mt-1 text-stone-700">
          {[report.pupil.className, t("privacy.accessLog.count", { count: report.rows.length })]
            .filter(Boolean)
            .join(" · ")}
        </p>
        <p className="mt-2 text-sm text-stone-600">{t("privacy.accessLog.intro")}</p>
        <p className="mt-1 text-xs text-stone-500">
          {t("privacy.accessLog.printIntro", {
            date: formatDate(new Date(), locale, "long"),
            name: actor.name,
            school: actor.schoolName,
          })}
        </p>
        <p className="mt-3 border-y border-stone-200 py-2 text-xs text-stone-600">
          {t("privacy.accessRequest.confidential")}
        </p>
        {report.truncated ? (
          <div className="mt-4">
            <Notice>{t("privacy.accessLog.truncated", { count: ACCESS_REPORT_LIMIT })}</Notice>
          </div>
        ) : null}
        {report.rows.length === 0 ? (
          <div className="mt-4">
            <EmptyState>{t("privacy.accessLog.empty")}</EmptyState>
          </div>
        ) : (
          <table className="mt-4 w-full text-left text-sm">
            <caption className="sr-only">{t("privacy.accessLog.caption")}</caption>
            <thead className="border-b border-stone-300 text-stone-600">
              <tr>
                {(["when", "who", "role", "what", "why", "outcome"] as const).map((column) => (
                  <th key={column} scope="col" className="py-2 pr-3 font-medium">
                    {t(`privacy.accessLog.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {report.rows.map((row) => (
                <tr key={row.id} className="break-inside-avoid">
                  <td className="py-1.5 pr-3 whitespace-nowrap tabular-nums">
                    {formatDateTime(row.at, locale)}
                  </td>
                  <td className="py-1.5 pr-3">
                    {who(row, t)}
                    {row.otherSchool ? (
                      <span className="text-stone-500">
                        {" "}
                        ({t("privacy.accessLog.otherSchool")})
                      </span>
                    ) : null}
                  </td>
                  <td className="py-1.5 pr-3">
                    {row.roles.map((role) => t(`roles.${role}`)).join(", ") || "–"}
                  </td>
                  <td className="py-1.5 pr-3">{actionLabel(row)}</td>
                  <td className="py-1.5 pr-3">{purposeLabel(row)}</td>
                  <td className="py-1.5">
                    {row.denied ? (
                      <Badge tone="red">{t("privacy.accessLog.denied")}</Badge>
                    ) : (
                      t("privacy.accessLog.allowed")
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </article>
    </>
  );
}

/**
 * The why in words: the purpose's text from the catalogue ("Forberedelse af Trivselsforum"),
 * with the reason the user stated where there is one; a row older than the catalogue shows the
 * word it was written with.
 */
function purposeLabeller(t: Translate) {
  return (row: AccessReportRow): string => {
    if (!row.purpose) return t("privacy.accessLog.noPurpose");
    if (!isAuditPurpose(row.purpose)) return row.purpose;
    const purpose = t(`privacy.purposes.${purposeKey(row.purpose)}`);
    return row.statedReason
      ? t("privacy.purposes.withReason", { purpose, reason: row.statedReason })
      : purpose;
  };
}

function purposeKey(purpose: AuditPurpose) {
  return purpose.replace(/-/g, "_") as Exclude<keyof Messages["privacy"]["purposes"], "withReason">;
}

function who(row: AccessReportRow, t: Translate): string {
  if (row.actorName) return row.actorName;
  return row.roles.length === 0
    ? t("privacy.accessLog.system")
    : t("privacy.accessLog.unknownUser");
}

/**
 * "pupil.read" → "Åbnede elevens trivselsmappe"; an action without its own text is named by
 * its area and verb ("concern.update" → "Bekymring · ændret"), and otherwise shown as it is.
 */
function actionLabeller(t: Translate, messages: Messages) {
  const key = (part: string) => part.replace(/[.-]/g, "_");
  return (row: AccessReportRow): string => {
    const specific = `privacy.actions.specific.${key(row.action)}`;
    if (isMessageKey(messages, specific)) return t(specific);
    const parts = row.action.split(".");
    const area = `privacy.actions.areas.${key(parts[0] ?? "")}`;
    const verb = `privacy.actions.verbs.${key(parts.at(-1) ?? "")}`;
    if (parts.length > 1 && isMessageKey(messages, area) && isMessageKey(messages, verb)) {
      return t("privacy.actions.pattern", { area: t(area), verb: t(verb) });
    }
    return row.action;
  };
}
