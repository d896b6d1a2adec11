/**
 * The trivselsperson's work with whole classes: class work sessions through the year (the demo
 * school's themes: "Den gode klasse", language, social media …), the demo's groups (quiet youth,
 * grief, divorce, play group) run last school year and this one with participants and sessions,
 * and this school year's class conference over every class, with focus pupils and tasks.
 */
import { addDays } from "@/lib/dates";
import { defaultConferenceTitle } from "@/lib/class-conferences/title";
import { createTranslator, messagesFor } from "@/lib/i18n";
import { CLASS_WORK, FOCUS_REASONS, GROUPS, HOW_CLASSES_WORK } from "../demo-content/classes";
import { isSchoolDay, schoolDayFrom } from "./calendar";
import { atHour, duringWorkday, streamOf, type Run, type SchoolModel } from "./context";
import { writeAction } from "./forum";
import { CONFERENCE_TASKS } from "./texts";

const danish = createTranslator(messagesFor("da"));

export function writeClassLife(run: Run, school: SchoolModel): void {
  const random = streamOf(run, school, "class-life");
  const { writer } = run;
  const { staff } = school;

  // ─── Class work: about one session per class every eight months ───────────────────────────
  for (let i = Math.round(school.classes.length * 1.5); i > 0; i--) {
    const spec = random.pick(CLASS_WORK);
    const heldOn = random.pick(run.schoolDays);
    const createdAt = duringWorkday(random, heldOn);
    writer.add("ClassWork", {
      id: random.uuid(createdAt),
      schoolId: school.id,
      classId: random.pick(school.classes).id,
      authorId: staff.TRIVSELSPERSON,
      heldOn,
      title: spec.title,
      description: spec.description,
      observations: spec.observations ?? null,
      createdAt,
      updatedAt: createdAt,
      version: 1,
    });
  }

  // ─── Groups: each of the demo's groups last school year and this one ──────────────────────
  const active = school.pupils.filter((pupil) => pupil.active);
  for (const yearStart of [addDays(run.schoolYearStart, -365), run.schoolYearStart]) {
    for (const spec of GROUPS) {
      const startsOn = schoolDayFrom(addDays(yearStart, spec.startsAfter));
      if (startsOn >= run.today || startsOn < run.since) continue;
      const endsOn = addDays(startsOn, spec.lengthDays);
      const leaderId =
        spec.leader === "TEACHER" ? random.pick(staff.teachers) : staff.TRIVSELSPERSON;
      const createdAt = duringWorkday(random, addDays(startsOn, -14));
      const groupId = random.uuid(createdAt);
      writer.add("Group", {
        id: groupId,
        schoolId: school.id,
        kind: spec.kind,
        name: spec.name,
        description: spec.description,
        leaderId,
        startsOn,
        endsOn,
        active: endsOn >= run.today,
        createdAt,
        updatedAt: createdAt,
        version: 1,
      });
      const sessions: Date[] = [];
      for (let day = startsOn; day <= endsOn; day = addDays(day, spec.sessionEveryDays))
        if (isSchoolDay(day)) sessions.push(day);
      const held = sessions.filter((day) => day < run.today);
      const leftOn = held.length > 2 ? held[Math.floor(held.length / 2)]! : null;
      const grades =
        yearStart < run.schoolYearStart ? spec.grades.map((grade) => grade + 1) : spec.grades;
      const chosen = random.sample(
        active.filter((pupil) => grades.includes(pupil.grade)),
        spec.participants,
      );
      chosen.forEach((pupil, index) =>
        writer.add("GroupParticipant", {
          groupId,
          pupilId: pupil.id,
          joinedOn: startsOn,
          leftOn: leftOn && index < (spec.left ?? 0) ? leftOn : null,
        }),
      );
      held.forEach((heldOn, index) =>
        writer.add("GroupSession", {
          id: random.uuid(atHour(heldOn, 14)),
          groupId,
          heldOn,
          notes: spec.sessionNotes[index % spec.sessionNotes.length]!,
          authorId: leaderId,
          createdAt: atHour(heldOn, 14),
        }),
      );
      const next = sessions.find((day) => day >= run.today);
      if (next)
        writer.add("GroupSession", {
          id: random.uuid(createdAt),
          groupId,
          heldOn: next,
          notes: null,
          authorId: leaderId,
          createdAt,
        });
    }
  }

  // ─── This school year's class conference ──────────────────────────────────────────────────
  let heldOn = schoolDayFrom(addDays(run.schoolYearStart, 63));
  while (heldOn >= run.today && heldOn > run.schoolYearStart) heldOn = addDays(heldOn, -1);
  const conferenceCreated = duringWorkday(random, addDays(heldOn, -14));
  const conferenceId = random.uuid(conferenceCreated);
  writer.add("ClassConference", {
    id: conferenceId,
    schoolId: school.id,
    schoolYear: run.schoolYear,
    heldOn,
    title: defaultConferenceTitle(heldOn, danish),
    createdById: staff.TRIVSELSPERSON,
    createdAt: conferenceCreated,
  });
  const reviewedAt = atHour(heldOn, 14);
  for (const schoolClass of school.classes) {
    const reviewed = heldOn < run.today && random.chance(0.9);
    const reviewId = random.uuid(conferenceCreated);
    writer.add("ClassConferenceReview", {
      id: reviewId,
      conferenceId,
      classId: schoolClass.id,
      howClassWorks: reviewed
        ? HOW_CLASSES_WORK[Math.min(schoolClass.grade + random.int(0, 1), 10)]!
        : null,
      notes:
        reviewed && random.chance(0.3)
          ? "Klasselærerne var med under gennemgangen og er enige i billedet."
          : null,
      reviewedAt: reviewed ? reviewedAt : null,
      updatedAt: reviewed ? reviewedAt : conferenceCreated,
      version: reviewed ? 2 : 1,
    });
    if (!reviewed) continue;
    const inClass = active.filter((pupil) => pupil.classId === schoolClass.id);
    if (random.chance(0.35))
      for (const pupil of random.sample(inClass, random.int(1, 2)))
        writer.add("ClassConferenceFocusPupil", {
          reviewId,
          pupilId: pupil.id,
          reason: random.pick(FOCUS_REASONS),
        });
    if (random.chance(0.25))
      writeAction(run, random, school, {
        planId: null,
        reviewId,
        description: random.pick(CONFERENCE_TASKS),
        responsibleKind: "USER",
        responsibleUserId: staff.TRIVSELSPERSON,
        dueOn: addDays(heldOn, random.int(14, 90)),
        createdAt: reviewedAt,
      });
  }
}
