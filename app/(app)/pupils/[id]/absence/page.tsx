import type { Metadata } from "next";
import { ParentsReasonForm, RecordAbsenceForm } from "@/components/absence/manual-forms";
import { LinkButton } from "@/components/ui/link";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { Table, Td } from "@/components/ui/table";
import { listPupilAbsence } from "@/lib/absence/manual";
import { can } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { getEntryFormContext } from "@/lib/case-entries/entry";
import { isoDay, todayInDenmark } from "@/lib/dates";
import { formatDate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";
import { orNotFound } from "../record";
import { parentsReasonAction, recordAbsenceAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("absence.manual.open") };
}

const tone = { ILLNESS: "neutral", AUTHORISED: "brand", UNAUTHORISED: "red" } as const;

export default async function PupilAbsencePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("pupil:open-record");
  const { id } = await params;
  // One after the other: a refusal answers at the first read, with its one DENIED row.
  const { pupil } = await orNotFound(getEntryFormContext(actor, id));
  const days = await orNotFound(listPupilAbsence(actor, id));
  const [t, locale] = await Promise.all([getT(), getLocale()]);
  const today = isoDay(todayInDenmark());
  const manage = can(actor, "absence:import");
  return (
    <>
      <PageHeader
        title={t("absence.manual.title", { pupil: pupil.name })}
        intro={t("absence.manual.intro")}
        actions={<LinkButton href={`/pupils/${id}`}>{t("caseEntries.backToRecord")}</LinkButton>}
      />
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(20rem,2fr)]">
        {days.length === 0 ? (
          <EmptyState>{t("absence.manual.empty")}</EmptyState>
        ) : (
          <Table
            caption={t("absence.manual.caption")}
            head={[
              t("absence.manual.date"),
              t("absence.manual.kind"),
              t("absence.manual.lessons"),
              t("absence.manual.reason"),
              t("absence.manual.source"),
            ]}
          >
            {days.map((row) => (
              <tr key={row.date}>
                <Td className="whitespace-nowrap">{formatDate(row.date, locale)}</Td>
                <Td>
                  <Badge tone={tone[row.kind]}>{t(`absence.manual.kinds.${row.kind}`)}</Badge>
                </Td>
                <Td>{row.lessons ?? t("absence.manual.wholeDay")}</Td>
                <Td className="text-stone-700">{row.parentsReason ?? "–"}</Td>
                <Td className="text-stone-500">{t(`absence.manual.sources.${row.source}`)}</Td>
              </tr>
            ))}
          </Table>
        )}
        {manage ? (
          <div className="space-y-6">
            <Card title={t("absence.manual.record")}>
              <RecordAbsenceForm action={recordAbsenceAction} pupilId={id} today={today} />
            </Card>
            <Card title={t("absence.manual.reasonTitle")}>
              <ParentsReasonForm action={parentsReasonAction} pupilId={id} today={today} />
            </Card>
          </div>
        ) : null}
      </div>
    </>
  );
}
