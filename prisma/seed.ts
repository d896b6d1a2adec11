/**
 * The demo school (deterministic): a demo municipality with "Demoskolen" (0.–9. grade, two
 * classes each, ~400 pupils with guardians) and a smaller "Nordskolen" for cross-school
 * isolation, and one demo user per role. Run by `npm start` on a new embedded database, or by
 * `npm run db:seed`. Refuses to create demo users when NODE_ENV=production unless told to.
 */
import { randomUUID } from "node:crypto";
import { fakerDA, type Faker } from "@faker-js/faker";
import { currentSchoolYear } from "@/lib/admin/school-year";
import { hashPassword } from "@/lib/auth/password";
import { SchoolCalendar } from "@/lib/calendar/school-calendar";
import { typicalHolidaysAround } from "@/lib/calendar/typical-holidays";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  DEMO_PASSWORD,
  DEMO_SCHOOL,
  DEMO_TEACHER_CLASSES,
  DEMO_USERS,
  SECOND_SCHOOL,
} from "./demo";
import { seedDemoContent } from "./demo-content";
import type { DemoPupil, DemoSchool } from "./demo-content/context";

export type SeedOptions = {
  /** Create demo users even when NODE_ENV=production (a demo installation). */
  allowDemoUsersInProduction?: boolean;
  /** The day the demo is built around; defaults to today. */
  today?: Date;
  log?: (line: string) => void;
};

const SCHOOLS = [
  { name: DEMO_SCHOOL, code: "280001", classesPerGrade: 2, pupilsPerClass: 20 },
  { name: SECOND_SCHOOL, code: "280002", classesPerGrade: 1, pupilsPerClass: 15 },
] as const;

export async function seedDemo(db: Db, options: SeedOptions = {}): Promise<void> {
  const log = options.log ?? (() => {});
  if (process.env.NODE_ENV === "production" && !options.allowDemoUsersInProduction) {
    throw new Error(
      "Refusing to create demo users with NODE_ENV=production. Use --allow-demo-users if this really is a demo installation.",
    );
  }
  if (await db.school.findFirst({ where: { name: DEMO_SCHOOL }, select: { id: true } })) {
    log("The demo school is already there; nothing to do.");
    return;
  }

  const faker = fakerDA;
  faker.seed(20261121);
  const today = options.today ?? new Date();
  const schoolYear = currentSchoolYear(today);

  const municipality = await db.municipality.create({
    data: { name: "Demo Kommune", code: "999" },
  });
  const schoolIds = new Map<string, string>();
  const classIds = new Map<string, string>();
  const demoSchools = new Map<string, DemoSchool>();

  for (const spec of SCHOOLS) {
    const school = await db.school.create({
      data: {
        name: spec.name,
        code: spec.code,
        municipalityId: municipality.id,
        thresholds: { create: {} },
      },
    });
    schoolIds.set(spec.name, school.id);

    const classes: (Prisma.ClassCreateManyInput & { id: string })[] = [];
    for (let grade = 0; grade <= 9; grade++) {
      for (const letter of ["A", "B"].slice(0, spec.classesPerGrade)) {
        const id = randomUUID();
        classes.push({ id, schoolId: school.id, grade, letter, schoolYear });
        classIds.set(`${spec.name}:${grade}.${letter}`, id);
      }
    }
    await db.class.createMany({ data: classes });

    const pupils: (Prisma.PupilCreateManyInput & { id: string; classId: string })[] = [];
    const guardians: Prisma.GuardianCreateManyInput[] = [];
    let pupilNumber = 1000;
    for (const schoolClass of classes) {
      for (let i = 0; i < spec.pupilsPerClass; i++) {
        const pupil = demoPupil(faker, schoolClass, ++pupilNumber, today);
        pupils.push(pupil);
        guardians.push(...demoGuardians(faker, pupil));
      }
    }
    await db.pupil.createMany({ data: pupils });
    await db.guardian.createMany({ data: guardians });
    const classById = new Map(
      classes.map((row) => [row.id, { id: row.id, grade: row.grade, letter: row.letter }]),
    );
    demoSchools.set(spec.name, {
      id: school.id,
      name: spec.name,
      classes: [...classById.values()],
      pupils: pupils.map((pupil): DemoPupil => {
        const { grade, letter } = classById.get(pupil.classId)!;
        const { id, firstName, lastName, classId } = pupil;
        return { id, firstName, lastName, classId, grade, letter };
      }),
      users: {},
    });
    log(
      `${spec.name}: ${classes.length} classes, ${pupils.length} pupils, ${guardians.length} guardians.`,
    );
  }

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of DEMO_USERS) {
    const created = await db.user.create({
      data: {
        email: user.email,
        name: user.name,
        passwordHash,
        roles: {
          create: user.roles.map(({ school, role }) => ({
            role,
            schoolId: schoolIds.get(school)!,
          })),
        },
      },
    });
    for (const { school, role } of user.roles) {
      const users = demoSchools.get(school)!.users;
      users[role] ??= created.id;
    }
  }
  const teacher = await db.user.findUniqueOrThrow({
    where: { email: "laerer@demoskolen.dk" },
    select: { id: true },
  });
  await db.classTeacher.createMany({
    data: DEMO_TEACHER_CLASSES.map(({ grade, letter }) => ({
      userId: teacher.id,
      classId: classIds.get(`${DEMO_SCHOOL}:${grade}.${letter}`)!,
    })),
  });
  log(`${DEMO_USERS.length} demo users, password "${DEMO_PASSWORD}".`);

  // The municipality's usual holidays, last school year, this one and the next, at both schools.
  const startYear = Number(schoolYear.slice(0, 4));
  const holidays = typicalHolidaysAround(startYear);
  await db.schoolHoliday.createMany({
    data: [...schoolIds.values()].flatMap((schoolId) =>
      holidays.map((holiday) => ({ schoolId, ...holiday })),
    ),
  });
  log(`Both schools: ${holidays.length} holidays over three school years.`);

  await seedDemoContent(
    {
      db,
      faker,
      today,
      schoolYearStart: new Date(`${startYear}-08-01T00:00:00Z`),
      calendar: new SchoolCalendar(holidays),
      demo: demoSchools.get(DEMO_SCHOOL)!,
      second: demoSchools.get(SECOND_SCHOOL)!,
    },
    log,
  );
}

function demoPupil(
  faker: Faker,
  schoolClass: Prisma.ClassCreateManyInput & { id: string },
  number: number,
  today: Date,
) {
  const sex = faker.helpers.arrayElement(["female", "male"] as const);
  // Pupils in grade g turn g + 6 during the calendar year the school year starts.
  const startYear = Number(currentSchoolYear(today).slice(0, 4));
  const birthYear = startYear - schoolClass.grade - 6;
  const dateOfBirth = faker.date.between({
    from: `${birthYear}-01-01T00:00:00Z`,
    to: `${birthYear}-12-31T00:00:00Z`,
  });
  return {
    id: randomUUID(),
    schoolId: schoolClass.schoolId,
    classId: schoolClass.id,
    firstName: faker.person.firstName(sex),
    lastName: faker.person.lastName(),
    dateOfBirth: new Date(
      Date.UTC(dateOfBirth.getUTCFullYear(), dateOfBirth.getUTCMonth(), dateOfBirth.getUTCDate()),
    ),
    externalId: `E${number}`,
  } satisfies Prisma.PupilCreateManyInput;
}

/** One or two guardians; now and then a parent without parental authority (only to be informed). */
function demoGuardians(
  faker: Faker,
  pupil: { id: string; lastName: string },
): Prisma.GuardianCreateManyInput[] {
  const address = `${faker.location.streetAddress()}, ${faker.location.zipCode("####")} ${faker.location.city()}`;
  const mother = faker.person.firstName("female");
  const father = faker.person.firstName("male");
  const guardian = (
    name: string,
    relation: string,
    hasParentalAuthority: boolean,
    home: string,
  ) => ({
    id: randomUUID(),
    pupilId: pupil.id,
    name,
    relation,
    email: faker.internet
      .email({ firstName: name.split(" ")[0], lastName: pupil.lastName, provider: "example.dk" })
      .toLowerCase(),
    phone: faker.string.numeric(8),
    address: home || null,
    hasParentalAuthority,
  });
  const shape = faker.number.int({ min: 1, max: 10 });
  if (shape <= 6) {
    return [
      guardian(`${mother} ${pupil.lastName}`, "mor", true, address),
      guardian(`${father} ${pupil.lastName}`, "far", true, address),
    ];
  }
  if (shape <= 8) {
    // Parents living apart, both with parental authority.
    const otherAddress = `${faker.location.streetAddress()}, ${faker.location.zipCode("####")} ${faker.location.city()}`;
    return [
      guardian(`${mother} ${pupil.lastName}`, "mor", true, address),
      guardian(`${father} ${faker.person.lastName()}`, "far", true, otherAddress),
    ];
  }
  if (shape === 9) {
    return [
      guardian(`${mother} ${pupil.lastName}`, "mor", true, address),
      guardian(`${father} ${faker.person.lastName()}`, "far", false, ""),
    ];
  }
  return [
    guardian(
      `${faker.person.firstName()} ${faker.person.lastName()}`,
      "plejeforælder",
      true,
      address,
    ),
  ];
}
