/**
 * "Hent som CSV": the leadership dashboard for the filter in the query string, as a file for a
 * spreadsheet. Needs `dashboard:view` like the page; a refusal is audited. The export is audited
 * too, with one line per named pupil in it (besides the dashboard's own read lines), and never
 * cached anywhere.
 */
import { recordAudit, recordDenied, recordPupilReads } from "@/lib/audit";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { schoolDashboardCsv } from "@/lib/dashboard/export";
import { parseDashboardFilter } from "@/lib/dashboard/filters";
import { getSchoolDashboard } from "@/lib/dashboard/school";
import { todayInDenmark } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { getT } from "@/lib/i18n/server";

const NO_STORE = { "Cache-Control": "no-store" };

export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return new Response("Unauthorized", { status: 401, headers: NO_STORE });
  if (!can(actor, "dashboard:view")) {
    await recordDenied(actor, {
      action: "dashboard.export",
      details: { permission: "dashboard:view" },
    });
    return new Response("Forbidden", { status: 403, headers: NO_STORE });
  }
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const { filter } = parseDashboardFilter(params, todayInDenmark());
  const dashboard = await getSchoolDashboard(actor, { filter });
  const pupilIds = dashboard.overThreshold.items.map((item) => item.pupil.id);
  await db.$transaction(async (tx) => {
    await recordAudit(tx, actor, {
      action: "dashboard.export",
      entityType: "School",
      entityId: dashboard.school.id,
      purpose: "dashboard-export",
      details: { from: filter.from, to: filter.to, grade: filter.grade, pupils: pupilIds.length },
    });
    await recordPupilReads(
      tx,
      actor,
      { action: "dashboard.export", purpose: "dashboard-export" },
      pupilIds,
    );
  });

  const body = schoolDashboardCsv(dashboard, await getT());
  const name = `overblik-${filter.from}-${filter.to}.csv`;
  return new Response(body, {
    headers: {
      ...NO_STORE,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
