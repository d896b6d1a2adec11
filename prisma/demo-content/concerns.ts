/**
 * Demo concerns at Demoskolen: 25 concerns spread over the school year, written as teachers and
 * the trivselsperson would write them — short and concrete. Eight are raised by the demo teacher
 * (laerer@demoskolen.dk) about pupils of 4.A and 5.B, with every status; six are new and recent,
 * so the worklist has something to start on. Where a demo timeline exists for a pupil
 * (case-entries.ts), the concern comes a few days before the case work it started.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type {
  ConcernCategory,
  ConcernLevel,
  ConcernSource,
  ConcernStatus,
  Role,
} from "@/lib/generated/prisma/enums";
import { addDays, todayInDenmark } from "@/lib/dates";
import { storyPupil, type DemoContext, type StoryPupil } from "./context";

type DemoConcern = {
  /** Grade, letter, girl or boy (the text's "hun"/"han") and which of them (as in case-entries.ts). */
  pupil: StoryPupil;
  /** Days after 1 August, or `{ ago }` days before today; never after today. */
  day: number | { ago: number };
  by: Role;
  source: ConcernSource;
  noticedBy?: string;
  level: ConcernLevel;
  categories: ConcernCategory[];
  status: ConcernStatus;
  description: string;
};

const CONCERNS: DemoConcern[] = [
  // ── The demo teacher's own concerns (4.A and 5.B) ──
  {
    pupil: [5, "B", "girl", 1],
    day: 30,
    by: "TEACHER",
    source: "TEACHER",
    noticedBy: "Jeg selv, og mor har skrevet på Aula",
    level: "YELLOW",
    categories: ["ABSENCE", "HEALTH"],
    status: "ON_FORUM",
    description:
      "Har ondt i maven næsten hver morgen og er gået hjem fire gange de sidste to uger. Hun siger, at hun ikke kan holde ud at være i klassen, men vil ikke sige hvorfor. Mor skriver, at det er svært at få hende af sted.",
  },
  {
    pupil: [4, "A", "boy", 2],
    day: 22,
    by: "TEACHER",
    source: "PARENT",
    noticedBy: "Mor, ved skole-hjem-samtalen",
    level: "GREEN",
    categories: ["HOME", "EMOTIONAL"],
    status: "IN_PROGRESS",
    description:
      "Mor fortalte ved skole-hjem-samtalen, at hun og far er ved at gå fra hinanden. Han er blevet mere stille i timerne og har to gange grædt i frikvarteret uden at ville sige hvorfor.",
  },
  {
    pupil: [4, "A", "girl", 0],
    day: 16,
    by: "TEACHER",
    source: "TEACHER",
    noticedBy: "Jeg selv, i frikvartererne",
    level: "GREEN",
    categories: ["SOCIAL"],
    status: "CLOSED",
    description:
      "Bliver holdt udenfor af de andre piger. Står ved hegnet ved multibanen i de fleste frikvarterer og har sagt til mig, at »ingen gider være sammen med mig«.",
  },
  {
    pupil: [5, "B", "boy", 0],
    day: { ago: 2 },
    by: "TEACHER",
    source: "TEACHER",
    level: "RED",
    categories: ["HOME", "ABSENCE"],
    status: "NEW",
    description:
      "Er kommet for sent fem gange de sidste to uger og har ikke spist morgenmad. Han siger, at mor sover, når han går hjemmefra, og at han selv smører sin madpakke. I dag havde han ingen madpakke med.",
  },
  {
    pupil: [5, "B", "girl", 2],
    day: 60,
    by: "TEACHER",
    source: "PUPIL",
    noticedBy: "To piger fra klassen kom og fortalte det",
    level: "YELLOW",
    categories: ["ONLINE", "SOCIAL"],
    status: "IN_PROGRESS",
    description:
      "Der er lagt et billede af hende i klassens Snapchat-gruppe med grimme kommentarer. Hun har slettet appen, men de andre viser hende beskederne i skolen. Hun var syg de to næste dage.",
  },
  {
    pupil: [4, "A", "boy", 3],
    day: { ago: 5 },
    by: "TEACHER",
    source: "TEACHER",
    level: "YELLOW",
    categories: ["BEHAVIOUR"],
    status: "NEW",
    description:
      "Slår og sparker, når han taber i fodbold. I fredags fik en klassekammerat en flænge over øjet. Han bliver meget vred og falder først ned efter en halv time.",
  },
  {
    pupil: [4, "A", "boy", 4],
    day: 45,
    by: "TEACHER",
    source: "TEACHER",
    level: "GREEN",
    categories: ["ACADEMIC", "EMOTIONAL"],
    status: "CLOSED",
    description:
      "Læser stadig meget langsomt og gætter på ordene. Gemmer sig på toilettet, når vi skal læse højt, og siger, at han er dum.",
  },
  {
    pupil: [5, "B", "girl", 3],
    day: 85,
    by: "TEACHER",
    source: "TEACHER",
    noticedBy: "Idrætslæreren og jeg",
    level: "YELLOW",
    categories: ["EMOTIONAL", "HEALTH"],
    status: "IN_PROGRESS",
    description:
      "Spiser ikke sin madpakke og smider den ud. Hun er holdt op med at være med til idræt og har tabt sig synligt siden sommerferien.",
  },

  // ── The rest of the school ──
  {
    pupil: [3, "A", "boy", 1],
    day: 11,
    by: "TRIVSELSPERSON",
    source: "TEACHER",
    noticedBy: "Klasselæreren i 3.A",
    level: "YELLOW",
    categories: ["EMOTIONAL", "HOME"],
    status: "IN_PROGRESS",
    description:
      "Hans far døde pludselig i sommerferien. Han er stille, sidder meget for sig selv og spørger flere gange om dagen, om han må ringe til mor.",
  },
  {
    pupil: [8, "A", "boy", 2],
    day: 38,
    by: "TRIVSELSPERSON",
    source: "PARENT",
    noticedBy: "Far ringede",
    level: "YELLOW",
    categories: ["ONLINE", "SOCIAL"],
    status: "IN_PROGRESS",
    description:
      "Far ringer, fordi han ikke vil i skole. Han er blevet smidt ud af klassens chat, og der bliver skrevet om ham i en ny gruppe. Han spiser alene i frikvarteret.",
  },
  {
    pupil: [9, "B", "boy", 3],
    day: 52,
    by: "TRIVSELSPERSON",
    source: "PARENT",
    noticedBy: "Mor ringede",
    level: "RED",
    categories: ["SUBSTANCE"],
    status: "ON_FORUM",
    description:
      "Mor har fundet en lille pose hash og cigaretpapir i hans jakke. Han siger, at det er en vens. Han er ofte træt om morgenen og er gået før sidste time flere gange.",
  },
  {
    pupil: [7, "B", "girl", 2],
    day: 35,
    by: "TRIVSELSPERSON",
    source: "TEACHER",
    noticedBy: "Matematiklæreren",
    level: "YELLOW",
    categories: ["EMOTIONAL"],
    status: "ON_FORUM",
    description:
      "Får hjertebanken og må gå ud af klassen, når der er prøver eller fremlæggelser. Har været hjemme på alle dage med prøver i september.",
  },
  {
    pupil: [1, "B", "boy", 3],
    day: 18,
    by: "TRIVSELSPERSON",
    source: "TEACHER",
    noticedBy: "Pædagogen i 1.B",
    level: "GREEN",
    categories: ["BEHAVIOUR"],
    status: "IN_PROGRESS",
    description:
      "Har svært ved at sidde stille og løber ud af klassen flere gange om dagen. Han slår, når han bliver frustreret, men er glad og god til at lege, når han har en voksen for sig selv.",
  },
  {
    pupil: [5, "A", "girl", 4],
    day: { ago: 9 },
    by: "HEALTH_NURSE",
    source: "OTHER",
    noticedBy: "Sundhedsplejersken, ved sundhedssamtalen",
    level: "RED",
    categories: ["HOME", "HEALTH"],
    status: "IN_PROGRESS",
    description:
      "Havde mærker på begge overarme ved sundhedssamtalen og ville ikke sige, hvordan hun havde fået dem. Hun blev bange, da jeg spurgte, om hun er tryg derhjemme.",
  },
  {
    pupil: [8, "B", "boy", 1],
    day: { ago: 1 },
    by: "TRIVSELSPERSON",
    source: "TEACHER",
    noticedBy: "Klasselæreren i 8.B",
    level: "YELLOW",
    categories: ["ABSENCE"],
    status: "NEW",
    description:
      "Har været væk hver fredag siden efterårsferien. Han har sagt til en kammerat, at han arbejder for sin onkel om fredagen.",
  },
  {
    pupil: [2, "A", "boy", 2],
    day: { ago: 3 },
    by: "TRIVSELSPERSON",
    source: "TEACHER",
    noticedBy: "Pædagogen i SFO",
    level: "YELLOW",
    categories: ["HOME"],
    status: "NEW",
    description:
      "Kommer i SFO uden overtøj, også når det regner, og har haft det samme tøj på hele ugen. Spørger de andre børn, om han må få noget af deres mad.",
  },
  {
    pupil: [6, "A", "girl", 3],
    day: { ago: 0 },
    by: "TRIVSELSPERSON",
    source: "PUPIL",
    noticedBy: "To veninder fortalte det",
    level: "RED",
    categories: ["EMOTIONAL"],
    status: "NEW",
    description:
      "To veninder fortæller, at hun har skrevet til dem, at hun ikke gider leve mere. Hun siger selv, at det var for sjov, men hun har været meget stille hele ugen.",
  },
  {
    pupil: [0, "A", "boy", 2],
    day: 27,
    by: "TRIVSELSPERSON",
    source: "PARENT",
    noticedBy: "Forældrene bad selv om hjælp",
    level: "GREEN",
    categories: ["BEHAVIOUR", "SOCIAL"],
    status: "CLOSED",
    description:
      "Forældrene fortæller, at han slår de andre børn, når han ikke får sin vilje, og at det også sker derhjemme. De vil gerne have hjælp til, hvordan de kan støtte ham.",
  },
  {
    pupil: [7, "A", "boy", 3],
    day: 70,
    by: "SSP",
    source: "OTHER",
    noticedBy: "Personalet i ungdomsklubben",
    level: "YELLOW",
    categories: ["CRIME", "SOCIAL"],
    status: "ON_FORUM",
    description:
      "Er set flere aftener med nogle ældre drenge ved Netto. Klubben fortæller, at han var med, da der blev stjålet fra butikken i sidste uge.",
  },
  {
    pupil: [9, "B", "girl", 2],
    day: 78,
    by: "LEADERSHIP",
    source: "PARENT",
    noticedBy: "En forælder i 9.B sendte skærmbilleder",
    level: "RED",
    categories: ["ONLINE", "BEHAVIOUR"],
    status: "ON_FORUM",
    description:
      "En forælder har sendt skærmbilleder af en Instagram-profil med billeder af piger fra 9.B og grove kommentarer. Profilen bliver efter alt at dømme drevet af en elev i klassen.",
  },
  {
    pupil: [3, "B", "boy", 2],
    day: 24,
    by: "TRIVSELSPERSON",
    source: "OTHER",
    noticedBy: "Buschaufføren",
    level: "GREEN",
    categories: ["SOCIAL"],
    status: "CLOSED",
    description:
      "Buschaufføren fortæller, at han sidder alene bagerst i bussen, og at nogle af de store elever kalder ham grimme ting og tager hans hue.",
  },
  {
    pupil: [4, "B", "boy", 1],
    day: 65,
    by: "TRIVSELSPERSON",
    source: "PARENT",
    noticedBy: "Mor ringede",
    level: "YELLOW",
    categories: ["SOCIAL", "EMOTIONAL"],
    status: "IN_PROGRESS",
    description:
      "Mor ringer, fordi han ikke vil i skole efter noget, der skete i omklædningsrummet efter idræt. Han vil ikke fortælle hvad, og han vil ikke i bad på skolen mere.",
  },
  {
    pupil: [8, "A", "girl", 3],
    day: { ago: 4 },
    by: "TRIVSELSPERSON",
    source: "TEACHER",
    noticedBy: "Dansklæreren",
    level: "YELLOW",
    categories: ["ACADEMIC", "EMOTIONAL"],
    status: "NEW",
    description:
      "Har næsten ikke afleveret opgaver siden september. Sidder med hætten oppe og svarer ikke, når man spørger. Sidste år var hun en af de mest aktive i klassen.",
  },
  {
    pupil: [6, "B", "girl", 1],
    day: 48,
    by: "HEALTH_NURSE",
    source: "PUPIL",
    noticedBy: "Eleven selv, ved sundhedssamtalen",
    level: "YELLOW",
    categories: ["HOME", "HEALTH"],
    status: "IN_PROGRESS",
    description:
      "Fortalte ved sundhedssamtalen, at hun ofte er alene hjemme om aftenen og laver aftensmad til sin lillebror. Hun har tit ondt i hovedet og sover dårligt.",
  },
  {
    pupil: [2, "B", "boy", 4],
    day: 40,
    by: "TRIVSELSPERSON",
    source: "PARENT",
    noticedBy: "Forældrene, ved skole-hjem-samtalen",
    level: "GREEN",
    categories: ["ACADEMIC"],
    status: "CLOSED",
    description:
      "Forældrene er bekymrede, fordi han stadig blander bogstaverne og ikke kan skrive sit navn uden hjælp. Han bliver ked af det, når de øver derhjemme.",
  },
];

const earliest = (a: Date, b: Date) => (a.getTime() <= b.getTime() ? a : b);

/** Seeds the demo school's concerns; returns how many. */
export async function seedConcerns(context: DemoContext): Promise<number> {
  const { db, demo, faker } = context;
  const now = context.today;
  const today = todayInDenmark(now);
  const trivselsperson = demo.users.TRIVSELSPERSON;
  if (!trivselsperson) throw new Error("Demo concerns: the demo school has no trivselsperson");

  /** A time in school hours on that day; never after now. */
  const at = (day: DemoConcern["day"]) => {
    const date =
      typeof day === "number" ? addDays(context.schoolYearStart, day) : addDays(today, -day.ago);
    const minutes = faker.number.int({ min: 7 * 60, max: 14 * 60 });
    return earliest(new Date(earliest(date, today).getTime() + minutes * 60_000), now);
  };
  /** Some days later, a little later in the day; never after now. */
  const later = (from: Date, minDays: number, maxDays: number) =>
    earliest(
      new Date(
        addDays(from, faker.number.int({ min: minDays, max: maxDays })).getTime() +
          faker.number.int({ min: 30, max: 150 }) * 60_000,
      ),
      now,
    );

  const rows = CONCERNS.map((concern): Prisma.ConcernCreateManyInput => {
    const raisedById = demo.users[concern.by];
    if (!raisedById) throw new Error(`Demo concerns: no demo user with role ${concern.by}`);
    const createdAt = at(concern.day);
    const handled = concern.status !== "NEW";
    const firstActionAt = handled ? later(createdAt, 0, 3) : null;
    const closedAt =
      concern.status === "CLOSED" && firstActionAt ? later(firstActionAt, 14, 40) : null;
    return {
      schoolId: demo.id,
      pupilId: storyPupil(demo.pupils, concern.pupil).id,
      raisedById,
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
      // A handled concern was last touched when it was handled; a new one when it came in.
      updatedAt: closedAt ?? firstActionAt ?? createdAt,
      version: handled ? (concern.status === "IN_PROGRESS" ? 2 : 3) : 1,
    };
  });
  await db.concern.createMany({ data: rows });
  return rows.length;
}
