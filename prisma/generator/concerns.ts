/**
 * Concerns (bekymringer) over the year: raised mostly by the pupil's class teacher, otherwise by
 * the trivselsperson on behalf of parents, the pupil or others; one to three categories (absence
 * when the pupil's absence is high), a TOPI level, and a status that follows the concern's age —
 * recent ones new or being handled, older ones on the forum or closed. The trivselsperson's first
 * action comes a few days after (what the dashboard's "time to first action" measures).
 */
import type { ConcernCategory, ConcernStatus } from "@/lib/generated/prisma/enums";
import { duringWorkday, type PupilModel, type Run, type SchoolModel } from "./context";
import { schoolDayFrom } from "./calendar";
import type { Random } from "./random";
import { about, CONCERN_TEXTS, NOTICED_BY } from "./texts";

export type ConcernInfo = { id: string; createdAt: Date; status: ConcernStatus };

const CATEGORIES = [
  ["SOCIAL", 22],
  ["EMOTIONAL", 20],
  ["HOME", 14],
  ["BEHAVIOUR", 12],
  ["ACADEMIC", 10],
  ["ONLINE", 8],
  ["HEALTH", 7],
  ["SUBSTANCE", 3],
  ["CRIME", 2],
] as const satisfies readonly (readonly [ConcernCategory, number])[];

const DAY_MS = 86_400_000;

function statusFor(random: Random, ageDays: number): ConcernStatus {
  if (ageDays <= 21) return random.chance(0.6) ? "NEW" : "IN_PROGRESS";
  if (ageDays > 200) return random.chance(0.75) ? "CLOSED" : "IN_PROGRESS";
  return random.weighted([
    ["CLOSED", 50],
    ["IN_PROGRESS", 30],
    ["ON_FORUM", 20],
  ] as const);
}

/** Writes one concern about `pupil` raised on `day`; `status` forces it (the timeline pupil). */
export function writeConcern(
  run: Run,
  random: Random,
  school: SchoolModel,
  pupil: PupilModel,
  options: { day: Date; highAbsence: boolean; status?: ConcernStatus },
): ConcernInfo {
  const day = schoolDayFrom(options.day) > run.today ? options.day : schoolDayFrom(options.day);
  const createdAt = duringWorkday(random, day);
  const ageDays = Math.floor((run.today.getTime() - day.getTime()) / DAY_MS);
  const status = options.status ?? statusFor(random, ageDays);

  const categories = new Set<ConcernCategory>();
  if (options.highAbsence) categories.add("ABSENCE");
  const wanted = random.int(1, 3);
  while (categories.size < wanted) categories.add(random.weighted(CATEGORIES));
  const description = [...categories]
    .map((category) => about(pupil.sex, random.pick(CONCERN_TEXTS[category])))
    .join(" ");

  const classTeacher = school.classes.find((row) => row.id === pupil.classId)?.teacherId ?? null;
  const byTeacher = classTeacher !== null && random.chance(0.6);
  const firstActionAt =
    status === "NEW"
      ? null
      : new Date(
          Math.min(
            createdAt.getTime() + random.logNormal(2.5, 0.8) * DAY_MS,
            run.today.getTime() - DAY_MS / 2,
          ),
        );
  const closedAt =
    status === "CLOSED" && firstActionAt
      ? new Date(
          Math.min(
            firstActionAt.getTime() + random.int(14, 120) * DAY_MS,
            run.today.getTime() - DAY_MS / 3,
          ),
        )
      : null;
  const id = random.uuid(createdAt);
  run.writer.add("Concern", {
    id,
    schoolId: school.id,
    pupilId: pupil.id,
    raisedById: byTeacher ? classTeacher : school.staff.TRIVSELSPERSON,
    source: byTeacher
      ? "TEACHER"
      : random.weighted([
          ["PARENT", 45],
          ["TRIVSELSPERSON", 25],
          ["PUPIL", 15],
          ["OTHER", 15],
        ] as const),
    noticedBy: random.pick(NOTICED_BY),
    categories: [...categories],
    level: random.weighted([
      ["GREEN", 45],
      ["YELLOW", 40],
      ["RED", 15],
    ] as const),
    description,
    status,
    coordinatorId: status === "NEW" ? null : school.staff.TRIVSELSPERSON,
    firstActionAt,
    closedAt,
    createdAt,
    updatedAt: closedAt ?? firstActionAt ?? createdAt,
    version: { NEW: 1, IN_PROGRESS: 2, ON_FORUM: 3, CLOSED: 3 }[status],
  });
  return { id, createdAt, status };
}
