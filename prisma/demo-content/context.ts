/**
 * What the demo content seeds share: the day the demo is built around, a seeded random source,
 * and the ids of the demo school's people, classes and pupils. Each area of the app seeds its own
 * realistic content from here (prisma/demo-content/<area>.ts).
 */
import type { SchoolCalendar } from "@/lib/calendar/school-calendar";
import { fakerDA, type Faker } from "@faker-js/faker";
import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";

export type DemoPupil = {
  id: string;
  firstName: string;
  lastName: string;
  classId: string;
  grade: number;
  letter: string;
};
export type DemoClass = { id: string; grade: number; letter: string };

export type DemoSchool = {
  id: string;
  name: string;
  classes: DemoClass[];
  pupils: DemoPupil[];
  /** Demo users by role at this school (the first user of each role). */
  users: Partial<Record<Role, string>>;
};

export type DemoContext = {
  db: Db;
  faker: Faker;
  /** The day the demo is built around; content is spread over the school year up to it. */
  today: Date;
  /** 1 August of the current school year. */
  schoolYearStart: Date;
  /** Both schools' calendar: the municipality's usual holidays, stored for each school. */
  calendar: SchoolCalendar;
  demo: DemoSchool;
  second: DemoSchool;
};

/** A child of a demo story: grade, letter, girl or boy (so "hun"/"han" fit the name), which one. */
export type StoryPupil = [grade: number, letter: string, sex: "girl" | "boy", index: number];

const FEMALE_NAMES = new Set(fakerDA.definitions.person.first_name.female);

/** The same child for every seed that tells part of its story (concerns, timeline). */
export function storyPupil(
  pupils: DemoPupil[],
  [grade, letter, sex, index]: StoryPupil,
): DemoPupil {
  const candidates = pupils.filter(
    (pupil) =>
      pupil.grade === grade &&
      pupil.letter === letter &&
      FEMALE_NAMES.has(pupil.firstName) === (sex === "girl"),
  );
  if (candidates.length === 0) throw new Error(`Demo content: no ${sex} in ${grade}.${letter}`);
  return candidates[index % candidates.length]!;
}
