/**
 * The generated municipality's register: one municipality, its schools (sizes varying around the
 * average, 0.–9. klasse with one to three classes per grade of ~22 pupils), each pupil with one or
 * two guardians, and the staff. Every school has a trivselsperson, a leader, an administrator and
 * a teacher per class (most of them class teachers); PPR psychologists, health nurses, family
 * counsellors and SSP each cover a few neighbouring schools; one municipal consultant. Emails are
 * predictable (`trivselsperson.s01@bench.trivsel.dk`, see `staffEmail`) and every user has the demo
 * password, hashed once.
 */
import { fakerDA } from "@faker-js/faker";
import type { Role } from "@/lib/generated/prisma/enums";
import { addDays } from "@/lib/dates";
import {
  atHour,
  type ClassModel,
  type PupilModel,
  type Run,
  type SchoolModel,
  type SchoolStaff,
} from "./context";
import { generatedHolidays } from "./calendar";
import { randomFor } from "./random";
import { MUNICIPALITY, schoolNames, TOWNS } from "./texts";

export const EMAIL_DOMAIN = "bench.trivsel.dk";
const PUPILS_PER_CLASS = 22;
const LETTERS = ["A", "B", "C"];
/** How many schools one PPR psychologist, health nurse, family counsellor or SSP covers. */
const SCHOOLS_COVERED: Record<"PPR" | "HEALTH_NURSE" | "FAMILY_COUNSELLOR" | "SSP", number> = {
  PPR: 5,
  HEALTH_NURSE: 3,
  FAMILY_COUNSELLOR: 4,
  SSP: 5,
};
const SHARED_PREFIX = {
  PPR: "ppr",
  HEALTH_NURSE: "sundhedsplejerske",
  FAMILY_COUNSELLOR: "raadgiver",
  SSP: "ssp",
} as const;

export type SchoolPlan = {
  index: number;
  id: string;
  name: string;
  pupils: number;
  classesPerGrade: number;
  staff: SchoolStaff;
};

/** "s01" … "s50" (wider from 100 schools on: "s0001" … "s1300"). */
export function schoolLabel(index: number, schools: number): string {
  return `s${String(index + 1).padStart(Math.max(2, String(schools).length), "0")}`;
}

/** The generated users' emails, for the benchmark and the tests. */
export const staffEmail = {
  school: (kind: "trivselsperson" | "leder" | "admin", label: string) =>
    `${kind}.${label}@${EMAIL_DOMAIN}`,
  teacher: (label: string, number: number) => `laerer.${label}.${number}@${EMAIL_DOMAIN}`,
  shared: (role: keyof typeof SHARED_PREFIX, number: number) =>
    `${SHARED_PREFIX[role]}.${number}@${EMAIL_DOMAIN}`,
  /** The first municipality's consultant is `kommune@…`, the others' `kommune.m02@…` and on. */
  municipality: (index = 0) =>
    index === 0
      ? `kommune@${EMAIL_DOMAIN}`
      : `kommune.m${String(index + 1).padStart(2, "0")}@${EMAIL_DOMAIN}`,
};

/** Pupils per school: around the average, some schools half, some half again as large. */
function schoolSizes(run: Run, schools: number, pupils: number): number[] {
  const random = randomFor(run.seed, "organisation", "sizes");
  const weights = Array.from({ length: schools }, () => 0.5 + random.next());
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const exact = weights.map((weight) => (weight / total) * pupils);
  const sizes = exact.map(Math.floor);
  // Largest remainders get the pupils left over, so the sizes add up exactly.
  const order = exact.map((value, index) => [value - Math.floor(value), index] as const);
  order.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const leftOver = pupils - sizes.reduce((sum, size) => sum + size, 0);
  for (let i = 0; i < leftOver; i++) sizes[order[i % schools]![1]]!++;
  return sizes;
}

/**
 * Writes the municipality, its schools with their thresholds, every user and their roles; returns
 * what each school needs to build its register.
 */
export function writeOrganisation(
  run: Run,
  options: { schools: number; pupils: number; passwordHash: string; municipalities?: number },
): SchoolPlan[] {
  const { writer } = run;
  const random = randomFor(run.seed, "organisation", "people");
  const faker = fakerDA;
  faker.seed(random.int(1, 2 ** 31 - 1));
  const goLive = atHour(run.since, 7);
  let users = 0;
  /** Each user a minute after the previous one: the administrators' set-up in the first week. */
  const createdAt = () => new Date(goLive.getTime() + ++users * 60_000);

  // More than one municipality (a national-scale run): consecutive blocks of schools, the first
  // as a single municipality would be, the others from a stream of their own, so that one
  // municipality's data stays the same draw for draw.
  const municipalities = Math.min(options.municipalities ?? 1, options.schools);
  const perMunicipality = Math.ceil(options.schools / municipalities);
  const extra = randomFor(run.seed, "organisation", "municipalities");
  const municipalityIds = [random.uuid(goLive)];
  for (let m = 1; m < municipalities; m++) municipalityIds.push(extra.uuid(goLive));
  municipalityIds.forEach((id, m) =>
    writer.add("Municipality", {
      id,
      name: m === 0 ? MUNICIPALITY.name : `${MUNICIPALITY.name} ${m + 1}`,
      code: String(Number(MUNICIPALITY.code) + m),
      createdAt: goLive,
    }),
  );
  const municipalityOf = (schoolIndex: number) => Math.floor(schoolIndex / perMunicipality);

  const names = schoolNames(random, options.schools);
  const sizes = schoolSizes(run, options.schools, options.pupils);
  const plans: SchoolPlan[] = [];

  const addUser = (email: string, roles: { role: Role; schoolId: string }[]) => {
    const at = createdAt();
    const id = random.uuid(at);
    writer.add("User", {
      id,
      email,
      name: faker.person.fullName(),
      passwordHash: options.passwordHash,
      active: true,
      deactivatedAt: null,
      lastSignInAt: atHour(addDays(run.today, -random.int(1, 5)), 7 + random.int(0, 6)),
      totpSecret: null,
      totpEnabledAt: null,
      totpLastStep: null,
      totpRecoveryHashes: [],
      createdAt: at,
      updatedAt: at,
      version: 1,
    });
    for (const { role, schoolId } of roles)
      writer.add("UserSchoolRole", {
        id: random.uuid(at),
        userId: id,
        schoolId,
        role,
        createdAt: at,
      });
    return id;
  };

  const schoolIds = names.map(() => random.uuid(goLive));
  const holidays = generatedHolidays(run.today);
  names.forEach((name, index) => {
    const id = schoolIds[index]!;
    writer.add("School", {
      id,
      municipalityId: municipalityIds[municipalityOf(index)]!,
      name,
      code: String(280100 + index),
      active: true,
      createdAt: goLive,
      updatedAt: goLive,
      version: 1,
      requireTotp: false,
    });
    // Most schools keep the national defaults; a few count the pattern rule a little tighter.
    const tighter = random.chance(0.1);
    writer.add("ThresholdSettings", {
      schoolId: id,
      unauthorisedWarningPct: 10,
      unauthorisedNotifyPct: 15,
      patternDays: tighter ? 12 : 15,
      patternWindowDays: 60,
      consecutiveDays: 5,
      updatedAt: goLive,
      version: tighter ? 2 : 1,
    });
    // The municipality's holiday plan, the same at every school, over the years of data.
    for (const holiday of holidays)
      writer.add("SchoolHoliday", {
        id: random.uuid(goLive),
        schoolId: id,
        ...holiday,
        createdAt: goLive,
      });
  });

  // The professionals who cover several schools: school i has number floor(i / covered) + 1.
  const shared = Object.fromEntries(
    (Object.keys(SCHOOLS_COVERED) as (keyof typeof SCHOOLS_COVERED)[]).map((role) => {
      const covered = SCHOOLS_COVERED[role];
      const ids: string[] = [];
      for (let first = 0; first < options.schools; first += covered) {
        const schools = schoolIds.slice(first, first + covered);
        ids.push(
          addUser(
            staffEmail.shared(role, ids.length + 1),
            schools.map((schoolId) => ({ role, schoolId })),
          ),
        );
      }
      return [role, ids];
    }),
  ) as Record<keyof typeof SCHOOLS_COVERED, string[]>;

  names.forEach((name, index) => {
    const id = schoolIds[index]!;
    const label = schoolLabel(index, options.schools);
    const pupils = sizes[index]!;
    const classesPerGrade = Math.min(3, Math.max(1, Math.round(pupils / 10 / PUPILS_PER_CLASS)));
    const at = (role: Role) => [{ role, schoolId: id }];
    const staff: SchoolStaff = {
      TRIVSELSPERSON: addUser(staffEmail.school("trivselsperson", label), at("TRIVSELSPERSON")),
      LEADERSHIP: addUser(staffEmail.school("leder", label), at("LEADERSHIP")),
      ADMIN: addUser(staffEmail.school("admin", label), at("ADMIN")),
      PPR: shared.PPR[Math.floor(index / SCHOOLS_COVERED.PPR)]!,
      HEALTH_NURSE: shared.HEALTH_NURSE[Math.floor(index / SCHOOLS_COVERED.HEALTH_NURSE)]!,
      FAMILY_COUNSELLOR:
        shared.FAMILY_COUNSELLOR[Math.floor(index / SCHOOLS_COVERED.FAMILY_COUNSELLOR)]!,
      SSP: shared.SSP[Math.floor(index / SCHOOLS_COVERED.SSP)]!,
      teachers: Array.from({ length: classesPerGrade * 10 }, (_, n) =>
        addUser(staffEmail.teacher(label, n + 1), at("TEACHER")),
      ),
    };
    plans.push({ index, id, name, pupils, classesPerGrade, staff });
  });

  // Each municipal consultant is registered at their municipality's first school (decisions/0013).
  municipalityIds.forEach((_, m) =>
    addUser(staffEmail.municipality(m), [
      { role: "MUNICIPALITY", schoolId: schoolIds[m * perMunicipality]! },
    ]),
  );
  return plans;
}

/** Writes one school's classes, pupils and guardians; returns the school as the other areas see it. */
export function writeSchoolRegister(run: Run, plan: SchoolPlan): SchoolModel {
  const { writer } = run;
  const random = randomFor(run.seed, "school", plan.index, "register");
  const faker = fakerDA;
  faker.seed(random.int(1, 2 ** 31 - 1));
  const classesCreated = atHour(addDays(run.schoolYearStart, -random.int(20, 40)), 8);
  const startYear = run.schoolYearStart.getUTCFullYear();

  const classes: ClassModel[] = [];
  for (let grade = 0; grade <= 9; grade++) {
    for (const letter of LETTERS.slice(0, plan.classesPerGrade)) {
      const teacherNumber = classes.length;
      // Most classes have their own teacher as class teacher; the rest are subject teachers.
      const teacherId = random.chance(0.85) ? plan.staff.teachers[teacherNumber]! : null;
      const id = random.uuid(classesCreated);
      classes.push({ id, grade, letter, teacherId });
      writer.add("Class", {
        id,
        schoolId: plan.id,
        grade,
        letter,
        schoolYear: run.schoolYear,
        active: true,
        createdAt: classesCreated,
        updatedAt: classesCreated,
        version: 1,
      });
      if (teacherId) writer.add("ClassTeacher", { userId: teacherId, classId: id });
    }
  }

  const pupils: PupilModel[] = [];
  const registered = atHour(run.since, 9);
  for (let number = 0; number < plan.pupils; number++) {
    const schoolClass = classes[number % classes.length]!;
    const sex = random.chance(0.5) ? ("girl" as const) : ("boy" as const);
    const firstName = faker.person.firstName(sex === "girl" ? "female" : "male");
    const lastName = faker.person.lastName();
    // About one in a hundred has left the school during the year (moved away).
    const left = random.chance(0.01);
    const leftOn = left ? addDays(run.since, random.int(30, 330)) : null;
    const id = random.uuid(registered);
    const birthYear = startYear - schoolClass.grade - 6;
    const dateOfBirth = addDays(new Date(Date.UTC(birthYear, 0, 1)), random.int(0, 364));
    writer.add("Pupil", {
      id,
      schoolId: plan.id,
      classId: left ? null : schoolClass.id,
      firstName,
      lastName,
      dateOfBirth,
      externalId: `E${100001 + number}`,
      active: !left,
      leftOn,
      legalHold: false,
      createdAt: registered,
      updatedAt: leftOn ? atHour(leftOn, 10) : registered,
      version: leftOn ? 2 : 1,
    });
    pupils.push({
      id,
      schoolId: plan.id,
      classId: left ? null : schoolClass.id,
      grade: schoolClass.grade,
      firstName,
      lastName,
      sex,
      active: !left,
      consentingGuardians: writeGuardians(run, random, faker, { id, lastName }, registered),
    });
  }

  const active = pupils.filter((pupil) => pupil.active && pupil.grade >= 3);
  return {
    index: plan.index,
    id: plan.id,
    name: plan.name,
    classes,
    pupils,
    staff: plan.staff,
    timelinePupil: plan.index === 0 ? (active[Math.floor(active.length / 2)] ?? null) : null,
  };
}

/**
 * One or two guardians, as in the demo seed: most pupils two parents at one address, some living
 * apart, now and then a parent without parental authority, a few a foster parent. Returns the ids
 * of those who may consent.
 */
function writeGuardians(
  run: Run,
  random: ReturnType<typeof randomFor>,
  faker: typeof fakerDA,
  pupil: { id: string; lastName: string },
  createdAt: Date,
): string[] {
  const address = () => `${faker.location.street()} ${random.int(1, 140)}, ${random.pick(TOWNS)}`;
  const home = address();
  const consenting: string[] = [];
  const add = (
    name: string,
    relation: string,
    hasParentalAuthority: boolean,
    at: string | null,
  ) => {
    const id = random.uuid(createdAt);
    const first = name.split(" ")[0]!.toLowerCase();
    run.writer.add("Guardian", {
      id,
      pupilId: pupil.id,
      name,
      relation,
      email: `${first}.${pupil.lastName.toLowerCase().replace(/\s+/g, "")}${random.int(1, 99)}@example.dk`,
      phone: String(random.int(20_000_000, 99_999_999)),
      address: at,
      hasParentalAuthority,
      createdAt,
      updatedAt: createdAt,
      version: 1,
    });
    if (hasParentalAuthority) consenting.push(id);
  };
  const mother = faker.person.firstName("female");
  const father = faker.person.firstName("male");
  const shape = random.int(1, 10);
  if (shape <= 6) {
    add(`${mother} ${pupil.lastName}`, "mor", true, home);
    add(`${father} ${pupil.lastName}`, "far", true, home);
  } else if (shape <= 8) {
    add(`${mother} ${pupil.lastName}`, "mor", true, home);
    add(`${father} ${faker.person.lastName()}`, "far", true, address());
  } else if (shape === 9) {
    add(`${mother} ${pupil.lastName}`, "mor", true, home);
    add(`${father} ${faker.person.lastName()}`, "far", false, null);
  } else {
    add(faker.person.fullName(), "plejeforælder", true, home);
  }
  return consenting;
}
