/**
 * What the demo content seeds share: the day the demo is built around, a seeded random source,
 * and the ids of the demo school's people, classes and pupils. Each area of the app seeds its own
 * realistic content from here (prisma/demo-content/<area>.ts).
 */
import type { Faker } from "@faker-js/faker";
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
  demo: DemoSchool;
  second: DemoSchool;
};
