import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { RequestEmergencyAccessForm } from "@/components/emergency-access/forms";
import { Card, PageHeader } from "@/components/ui/layout";
import { recordDenied } from "@/lib/audit";
import { canRequestEmergencyAccess, emergencyGrantFor } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import {
  emergencyAccessDurationHours,
  getEmergencyAccessCandidate,
  REASON_MIN,
} from "@/lib/emergency-access/request";
import { getT } from "@/lib/i18n/server";
import { orNotFound } from "../record";
import { requestEmergencyAccessAction } from "./actions";

// The browser tab never shows a child's name.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("emergencyAccess.offer.title") };
}

/**
 * The emergency access form (nødadgang): only for the school's forum members, only for a pupil
 * they could find anyway; everyone else gets the same "not found" as for a pupil that is not there.
 */
export default async function EmergencyAccessPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  if (!canRequestEmergencyAccess(actor)) {
    await recordDenied(actor, {
      action: "page.open",
      details: { permission: "emergency-access:request" },
    });
    notFound();
  }
  const pupil = await orNotFound(getEmergencyAccessCandidate(actor, id));
  if (emergencyGrantFor(actor, pupil.id)) redirect(`/pupils/${pupil.id}`);
  const t = await getT();
  const hours = emergencyAccessDurationHours();
  const name = pupil.className ? `${pupil.name} (${pupil.className})` : pupil.name;
  return (
    <>
      <PageHeader
        title={t("emergencyAccess.form.title", { pupil: name })}
        intro={t("emergencyAccess.form.intro")}
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(16rem,2fr)]">
        <Card>
          <RequestEmergencyAccessForm
            action={requestEmergencyAccessAction}
            pupilId={pupil.id}
            reasonMin={REASON_MIN}
          />
        </Card>
        <aside className="self-start rounded-lg border border-amber-300 bg-amber-50 p-5 text-sm text-amber-950">
          <ul className="list-disc space-y-2 pl-5">
            <li>{t("emergencyAccess.form.rules.reads")}</li>
            <li>{t("emergencyAccess.form.rules.expires", { hours })}</li>
            <li>{t("emergencyAccess.form.rules.writes")}</li>
            <li>{t("emergencyAccess.form.rules.audited")}</li>
          </ul>
        </aside>
      </div>
    </>
  );
}
