/**
 * The municipal consultant's view (issue 5 item 4, docs/decisions/0013): the same aggregates as
 * the school dashboard for every active school of the actor's municipality, side by side, with
 * rates so schools of different sizes compare. Never pupil-level: no names, no ids, no class
 * figures, no staff workload — and every figure suppressed below 5.
 *
 * There is deliberately no municipality total row: with the schools' figures beside it, a total
 * would let a suppressed school be worked out by subtraction.
 */
import "server-only";
import { assertCan, municipalitySchoolsScope, type Actor } from "@/lib/auth/policy";
import { todayInDenmark } from "@/lib/dates";
import { db } from "@/lib/db/client";
import type { SchoolFigures } from "./figures";
import { schoolYearPeriod, type DashboardFilter } from "./filters";
import { aggregateScope, loadSchoolFigures } from "./load";

export type MunicipalitySchool = { id: string; name: string; figures: SchoolFigures };

export type MunicipalityDashboard = {
  municipality: { name: string };
  filter: DashboardFilter;
  /** "YYYY-MM-DD" */
  today: string;
  until: string;
  schools: MunicipalitySchool[];
};

export async function getMunicipalityDashboard(
  actor: Actor,
  options: { filter?: DashboardFilter; today?: Date } = {},
): Promise<MunicipalityDashboard> {
  assertCan(actor, "dashboard:municipality");
  const [municipality, schools] = await Promise.all([
    db.municipality.findUniqueOrThrow({
      where: { id: actor.municipalityId },
      select: { name: true },
    }),
    db.school.findMany({
      where: municipalitySchoolsScope(actor),
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true },
    }),
  ]);
  const today = options.today ?? todayInDenmark();
  const filter = options.filter ?? { ...schoolYearPeriod(today), grade: null };
  const scope = aggregateScope(
    schools.map((school) => school.id),
    filter,
    today,
  );
  // Never a class on the municipal view: the school totals alone.
  const { figures } = await loadSchoolFigures(scope, { absenceByClass: false });
  return {
    municipality,
    filter,
    today: scope.today,
    until: scope.until,
    schools: schools.map((school) => ({
      id: school.id,
      name: school.name,
      figures: figures.get(school.id)!,
    })),
  };
}
