/**
 * Nordskolen's concerns this school year: fourteen, spread over the year and over the grades, so
 * the municipality view has a second school to compare with. Recorded by Nordskolen's
 * trivselsperson (the school has no demo teachers), mostly from what a class teacher or a parent
 * told her; most handled within a few days, some closed, a few new. No random draws, so the seeds
 * after it keep their pupils.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type {
  ConcernCategory,
  ConcernLevel,
  ConcernSource,
  ConcernStatus,
} from "@/lib/generated/prisma/enums";
import { addDays, todayInDenmark } from "@/lib/dates";
import type { DemoContext } from "./context";

type NordConcern = {
  grade: number;
  /** Which pupil of the class (by register order). */
  index: number;
  /** Days after 1 August, or `{ ago }` days before today; never after today. */
  day: number | { ago: number };
  source: ConcernSource;
  noticedBy?: string;
  level: ConcernLevel;
  categories: ConcernCategory[];
  status: ConcernStatus;
  /** Days from the concern to the trivselsperson's first action (handled concerns). */
  actedAfter?: number;
  description: string;
};

const CONCERNS: NordConcern[] = [
  {
    grade: 8,
    index: 2,
    day: 20,
    source: "PUPIL",
    noticedBy: "To veninder fra klassen",
    level: "RED",
    categories: ["EMOTIONAL", "HEALTH"],
    status: "ON_FORUM",
    actedAfter: 0,
    description:
      "Veninderne fortæller, at hun skærer i sig selv og har sendt beskeder om, at hun ikke orker mere. Hun har gået i lange ærmer hele ugen og trækker sig fra de andre.",
  },
  {
    grade: 1,
    index: 4,
    day: 15,
    source: "PARENT",
    noticedBy: "Mor, ved afleveringen",
    level: "GREEN",
    categories: ["HOME"],
    status: "CLOSED",
    actedAfter: 2,
    description:
      "Mor fortæller, at familien er flyttet til en ny lejlighed, og at hun sover dårligt. Hun græder ved afleveringen om morgenen.",
  },
  {
    grade: 3,
    index: 1,
    day: 28,
    source: "TEACHER",
    noticedBy: "Klasselæreren i 3.A",
    level: "YELLOW",
    categories: ["BEHAVIOUR", "SOCIAL"],
    status: "IN_PROGRESS",
    actedAfter: 1,
    description:
      "Slår ud efter de andre i frikvartererne, især når de spiller fodbold. Tre episoder på en uge; han siger selv, at de andre driller ham.",
  },
  {
    grade: 6,
    index: 3,
    day: 35,
    source: "PARENT",
    noticedBy: "Far ringede",
    level: "YELLOW",
    categories: ["ONLINE", "SOCIAL"],
    status: "CLOSED",
    actedAfter: 1,
    description:
      "Et billede af hende er delt i en Snapchat-gruppe med elever fra 6. og 7. klasse. Hun vil ikke i skole og tør ikke gå i omklædningsrummet.",
  },
  {
    grade: 5,
    index: 0,
    day: 50,
    source: "TEACHER",
    noticedBy: "Dansklæreren",
    level: "YELLOW",
    categories: ["ACADEMIC", "EMOTIONAL"],
    status: "IN_PROGRESS",
    actedAfter: 4,
    description:
      "Siger, at han er dum og ikke kan noget. Giver op med det samme i dansk og matematik og har revet sine opgaver i stykker to gange.",
  },
  {
    grade: 7,
    index: 5,
    day: 60,
    source: "TEACHER",
    noticedBy: "Klasselæreren i 7.A",
    level: "YELLOW",
    categories: ["ABSENCE", "HEALTH"],
    status: "ON_FORUM",
    actedAfter: 3,
    description:
      "Er ofte syg mandage og fredage og melder hovedpine. Fraværet er omkring 15 % siden sommerferien, og hun virker trist og træt, når hun er her.",
  },
  {
    grade: 4,
    index: 6,
    day: 70,
    source: "TEACHER",
    noticedBy: "Gårdvagten",
    level: "GREEN",
    categories: ["SOCIAL"],
    status: "CLOSED",
    actedAfter: 2,
    description:
      "Går alene rundt i de fleste frikvarterer og sidder for sig selv i spisefrikvarteret. Siger, at han ikke har nogen at være sammen med.",
  },
  {
    grade: 9,
    index: 3,
    day: 80,
    source: "TEACHER",
    noticedBy: "Klasselæreren i 9.A",
    level: "RED",
    categories: ["SUBSTANCE", "ABSENCE"],
    status: "IN_PROGRESS",
    actedAfter: 0,
    description:
      "Lugter af hash om morgenen, har sovet i timerne flere gange, og fraværet er steget markant siden efterårsferien.",
  },
  {
    grade: 6,
    index: 8,
    day: 90,
    source: "PARENT",
    noticedBy: "Mor, i en besked på Aula",
    level: "YELLOW",
    categories: ["ONLINE", "EMOTIONAL"],
    status: "IN_PROGRESS",
    actedAfter: 6,
    description:
      "Spiller online til langt ud på natten og kommer træt i skole. Mor fortæller, at han bliver vred, når hun tager telefonen, og at han ikke vil ses med vennerne længere.",
  },
  {
    grade: 9,
    index: 7,
    day: 100,
    source: "PUPIL",
    noticedBy: "Eleven selv, til trivselspersonen",
    level: "RED",
    categories: ["HOME", "EMOTIONAL"],
    status: "IN_PROGRESS",
    actedAfter: 0,
    description:
      "Fortæller, at hun passer sine små søskende om morgenen og efter skole, fordi mor er syg. Hun når ikke sine lektier og er bange for at dumpe.",
  },
  {
    grade: 4,
    index: 2,
    day: { ago: 10 },
    source: "TEACHER",
    noticedBy: "Matematiklæreren",
    level: "GREEN",
    categories: ["ACADEMIC"],
    status: "NEW",
    description:
      "Kan ikke gangetabellerne og bliver ked af det, når klassen regner på tid. Forældrene har spurgt, om skolen kan hjælpe.",
  },
  {
    grade: 8,
    index: 9,
    day: { ago: 6 },
    source: "TEACHER",
    noticedBy: "En lærer i udskolingen",
    level: "YELLOW",
    categories: ["CRIME", "BEHAVIOUR"],
    status: "NEW",
    description:
      "Er set sammen med ældre unge ved stationen om aftenen. En lærer har hørt ham fortælle de andre om butikstyveri.",
  },
  {
    grade: 2,
    index: 3,
    day: { ago: 3 },
    source: "TEACHER",
    noticedBy: "Klasselæreren i 2.A",
    level: "YELLOW",
    categories: ["HOME"],
    status: "NEW",
    description:
      "Har fortalt i rundkredsen, at far råber meget derhjemme, og at han gemmer sig under dynen, når det sker.",
  },
  {
    grade: 0,
    index: 11,
    day: { ago: 1 },
    source: "TEACHER",
    noticedBy: "Børnehaveklasselederen",
    level: "GREEN",
    categories: ["EMOTIONAL"],
    status: "NEW",
    description:
      "Meget stille og tilbageholdende. Taler næsten ikke med de voksne og leger mest alene, selv efter tre måneder i klassen.",
  },
];

/** Seeds Nordskolen's concerns; returns how many. */
export async function seedNordskolenConcerns(context: DemoContext): Promise<number> {
  const { db, second } = context;
  const now = context.today;
  const today = todayInDenmark(now);
  const trivselsperson = second.users.TRIVSELSPERSON;
  if (!trivselsperson) throw new Error("Nordskolen has no demo trivselsperson");
  const notAfterNow = (date: Date) => (date.getTime() <= now.getTime() ? date : now);

  const rows = CONCERNS.map((concern, position): Prisma.ConcernCreateManyInput => {
    const inGrade = second.pupils.filter((pupil) => pupil.grade === concern.grade);
    const pupil = inGrade[concern.index % inGrade.length];
    if (!pupil) throw new Error(`Nordskolen has no pupils in grade ${concern.grade}`);
    const day =
      typeof concern.day === "number"
        ? addDays(context.schoolYearStart, concern.day)
        : addDays(today, -concern.day.ago);
    // In school hours, a little later for each concern.
    const createdAt = notAfterNow(new Date(day.getTime() + (8 * 60 + position * 17) * 60_000));
    const handled = concern.status !== "NEW";
    const firstActionAt = handled
      ? notAfterNow(new Date(addDays(createdAt, concern.actedAfter ?? 1).getTime() + 90 * 60_000))
      : null;
    const closedAt =
      concern.status === "CLOSED" && firstActionAt ? notAfterNow(addDays(firstActionAt, 21)) : null;
    return {
      schoolId: second.id,
      pupilId: pupil.id,
      raisedById: trivselsperson,
      source: concern.source,
      noticedBy: concern.noticedBy ?? null,
      categories: concern.categories,
      level: concern.level,
      description: concern.description,
      status: concern.status,
      coordinatorId: handled ? trivselsperson : null,
      firstActionAt,
      closedAt,
      createdAt,
      updatedAt: closedAt ?? firstActionAt ?? createdAt,
      version: handled ? (concern.status === "IN_PROGRESS" ? 2 : 3) : 1,
    };
  });
  // A concern dated after today (a demo built early in the school year) is left out.
  const due = rows.filter((row) => (row.createdAt as Date).getTime() < now.getTime());
  await db.concern.createMany({ data: due });
  return due.length;
}
