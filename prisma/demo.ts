/**
 * The demo school's logins: printed by `npm start`, listed in the README, used by the e2e tests.
 * Created only by the demo seed, which refuses in production unless told otherwise.
 */
import type { Role } from "@/lib/generated/prisma/enums";

export const DEMO_PASSWORD = "trivsel-demo";
export const DEMO_SCHOOL = "Demoskolen";
export const SECOND_SCHOOL = "Nordskolen";

export type DemoUser = { email: string; name: string; roles: { school: string; role: Role }[] };

export const DEMO_USERS: DemoUser[] = [
  {
    email: "trivselsperson@demoskolen.dk",
    name: "Mette Lund",
    roles: [{ school: DEMO_SCHOOL, role: "TRIVSELSPERSON" }],
  },
  {
    email: "leder@demoskolen.dk",
    name: "Henrik Bach",
    roles: [{ school: DEMO_SCHOOL, role: "LEADERSHIP" }],
  },
  {
    email: "ppr@demoskolen.dk",
    name: "Sara Holm",
    // One PPR psychologist covers several schools: she picks the school after signing in.
    roles: [
      { school: DEMO_SCHOOL, role: "PPR" },
      { school: SECOND_SCHOOL, role: "PPR" },
    ],
  },
  {
    email: "sundhedsplejerske@demoskolen.dk",
    name: "Birgitte Kjær",
    roles: [{ school: DEMO_SCHOOL, role: "HEALTH_NURSE" }],
  },
  {
    email: "raadgiver@demoskolen.dk",
    name: "Jonas Friis",
    roles: [{ school: DEMO_SCHOOL, role: "FAMILY_COUNSELLOR" }],
  },
  { email: "ssp@demoskolen.dk", name: "Ali Demir", roles: [{ school: DEMO_SCHOOL, role: "SSP" }] },
  {
    email: "laerer@demoskolen.dk",
    name: "Camilla Nør",
    roles: [{ school: DEMO_SCHOOL, role: "TEACHER" }],
  },
  {
    email: "admin@demoskolen.dk",
    name: "Peter Skov",
    roles: [{ school: DEMO_SCHOOL, role: "ADMIN" }],
  },
  {
    email: "kommune@demoskolen.dk",
    name: "Ida Mortensen",
    // Registered at one school of the municipality; sees only the municipality's aggregates.
    roles: [{ school: DEMO_SCHOOL, role: "MUNICIPALITY" }],
  },
  {
    email: "trivselsperson@nordskolen.dk",
    name: "Lone Vestergaard",
    roles: [{ school: SECOND_SCHOOL, role: "TRIVSELSPERSON" }],
  },
  {
    email: "leder@nordskolen.dk",
    name: "Karsten Dahl",
    roles: [{ school: SECOND_SCHOOL, role: "LEADERSHIP" }],
  },
  {
    email: "admin@nordskolen.dk",
    name: "Anne Bloch",
    roles: [{ school: SECOND_SCHOOL, role: "ADMIN" }],
  },
];

/** The demo teacher's classes ("class teacher of two classes"). */
export const DEMO_TEACHER_CLASSES = [
  { grade: 4, letter: "A" },
  { grade: 5, letter: "B" },
];
