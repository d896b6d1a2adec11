/**
 * The trivselsperson's class work, groups and autumn class conference at Demoskolen: "Den gode
 * klasse" in 4.A, language in 7.B, social media in 6.A/6.B and more spread over the school year;
 * a quiet-youth group in udskolingen, a grief group, a divorce group and a play group in
 * indskolingen, with participants and sessions; and one class conference in late September or
 * October that went through every class — notes for most, focus pupils in some, and tasks for the
 * trivselsperson, some overdue, some upcoming, one done.
 *
 * Deterministic for a given `today` (the seeded faker picks the pupils). Written straight to the
 * database, like the rest of the demo register.
 */
import { randomUUID } from "node:crypto";
import { currentSchoolYear } from "@/lib/admin/school-year";
import { createTranslator, messagesFor } from "@/lib/i18n";
import { defaultConferenceTitle } from "@/lib/class-conferences/title";
import type { GroupKind } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DemoClass, DemoContext, DemoPupil } from "./context";

const DAY = 86_400_000;

type ClassWorkSpec = {
  className: string;
  /** Where in the school year so far, 0 (its start) to 1 (today). */
  at: number;
  title: string;
  description: string;
  observations?: string;
};

export const CLASS_WORK: ClassWorkSpec[] = [
  {
    className: "4.A",
    at: 0.12,
    title: "Den gode klasse – vores fælles regler",
    description:
      "Første gang i forløbet «Den gode klasse». Eleverne formulerede i grupper, hvad der gør en klasse god at gå i, og vi samlede det til fem fælles klasseregler, som hænger i klassen.",
    observations:
      "God energi og mange forslag. En lille gruppe drenge tager meget ordet; pigerne er mere tilbageholdende i plenum, men aktive i grupperne.",
  },
  {
    className: "4.A",
    at: 0.3,
    title: "Den gode klasse – venskaber og frikvarterer",
    description:
      "Samtale om frikvartererne: hvem leger med hvem, og hvordan man spørger, om man må være med. Rollespil med situationer fra skolegården.",
    observations:
      "Flere elever fortæller, at fodboldbanen er «drengenes». Aftalt med klasselærerne at prøve faste legegrupper i ét frikvarter om ugen.",
  },
  {
    className: "4.A",
    at: 0.55,
    title: "Den gode klasse – opfølgning på legegrupperne",
    description:
      "Opfølgning på legegrupperne og klassereglerne. Eleverne evaluerede med tommel op/ned og foreslog selv ændringer.",
    observations:
      "Tydeligt roligere frikvarterer ifølge eleverne. Legegrupperne fortsætter, men med ny sammensætning hver måned.",
  },
  {
    className: "7.B",
    at: 0.2,
    title: "Sprogbrug – hvad siger vi til hinanden?",
    description:
      "Oplæg og øvelse om sprogbrug: eleverne placerede udsagn på en skala fra «sjov» til «krænkende» og drøftede, hvor grænsen går, og hvem der bestemmer den.",
    observations:
      "Meget groft sprog er blevet normalt i klassen, også over for de voksne. Flere elever sagde, at de ikke bryder sig om det, men ikke tør sige fra.",
  },
  {
    className: "7.B",
    at: 0.45,
    title: "Sprogbrug – klassens sprogaftale",
    description:
      "Klassen lavede en fælles sprogaftale med tre konkrete punkter. Aftalen er sendt til forældrene på Aula.",
    observations: "Bedre stemning end sidst. Klasselæreren melder om færre episoder i timerne.",
  },
  {
    className: "6.A",
    at: 0.35,
    title: "Brug af sociale medier",
    description:
      "Forløb om sociale medier: klassens egne chatgrupper, deling af billeder og hvad man gør, hvis nogen bliver holdt ude af en gruppe.",
    observations:
      "Klassen har en Snapchat-gruppe uden to af eleverne. Emnet tages op på forældremødet.",
  },
  {
    className: "6.B",
    at: 0.37,
    title: "Brug af sociale medier",
    description:
      "Samme forløb som i 6.A: chatgrupper, billeddeling og digital omgangstone. Eleverne lavede regler for klassens fælles chat.",
    observations: "Mere afslappet end i 6.A. Eleverne var hurtige til at blive enige om reglerne.",
  },
  {
    className: "8.A",
    at: 0.5,
    title: "Opfølgning på trivselsmålingen",
    description:
      "Gennemgang af klassens resultater fra den nationale trivselsmåling. Eleverne arbejdede anonymt med spørgsmålene om ro og orden og om at føle sig ensom.",
    observations:
      "Flere end sidste år svarer, at de ofte føler sig ensomme. Aftalt med klasselærerne at tilbyde stille unge-gruppen til nogle af eleverne.",
  },
  {
    className: "2.B",
    at: 0.6,
    title: "Opfølgning på trivselsmålingen",
    description:
      "Trivselsmålingen gennemgået med børnevenlige spørgsmål og smileys. Fokus på «Er der nogen at lege med i frikvarteret?».",
    observations:
      "De fleste trives godt. Et par elever leger ofte alene; det følges op i legegruppen.",
  },
  {
    className: "0.A",
    at: 0.25,
    title: "Legekammerater",
    description:
      "Lege i hele klassen med skiftende makkere, så alle leger med alle. Sammen med børnehaveklasselederen.",
    observations: "God start på året. Et par børn søger mest de voksne i frikvartererne.",
  },
  {
    className: "5.B",
    at: 0.8,
    title: "Holddannelse og samarbejde",
    description:
      "Samarbejdsøvelser i skiftende hold, som klasselærerne har sat sammen på tværs af de faste grupper.",
    observations:
      "Det gik bedst i de små hold. To elever trak sig helt og fik en særlig rolle som tidtagere.",
  },
  {
    className: "3.A",
    at: 0.92,
    title: "Konflikter i frikvarteret",
    description:
      "Konfliktløsning med «stop – tænk – tal»: rollespil om konflikter fra skolegården, og hvornår man henter en voksen.",
    observations:
      "Mange ville vise deres eget eksempel. Klasselæreren bruger modellen videre i klassen.",
  },
  {
    className: "9.B",
    at: 0.7,
    title: "Deling af billeder og samtykke",
    description:
      "Samtale om deling af billeder og videoer, samtykke og hvad loven siger. Sammen med SSP.",
    observations:
      "Meget engagerede elever og mange spørgsmål. Flere ville gerne have mere om emnet.",
  },
];

type GroupSpec = {
  kind: GroupKind;
  name: string;
  description: string;
  leader: "TRIVSELSPERSON" | "TEACHER";
  grades: number[];
  participants: number;
  /** Days from the start of the school year. */
  startsAfter: number;
  lengthDays: number;
  sessionEveryDays: number;
  sessionNotes: string[];
  /** How many participants have left again. */
  left?: number;
};

export const GROUPS: GroupSpec[] = [
  {
    kind: "QUIET_YOUTH",
    name: "Stille unge, 8.–9. klasse",
    description:
      "Et gruppeforløb for stille og generte unge: at tage ordet, sige fra og finde hinanden. Otte mødegange à 90 minutter, tirsdag efter skole.",
    leader: "TRIVSELSPERSON",
    grades: [8, 9],
    participants: 5,
    startsAfter: 35,
    lengthDays: 110,
    sessionEveryDays: 14,
    sessionNotes: [
      "Præsentation og forventninger. Hvad vil vi gerne turde?",
      "Øvelser i at tage ordet i en lille gruppe.",
      "At sige fra – rollespil med situationer fra klassen.",
      "Venskaber: hvordan kommer man ind i et fællesskab?",
      "Kropssprog og stemme. Filmoptagelse, som kun gruppen ser.",
      "Hver deltager fortalte om en situation, hvor de har brugt noget fra gruppen.",
      "Afslutning og evaluering.",
    ],
  },
  {
    kind: "GRIEF",
    name: "Sorggruppe, mellemtrinnet",
    description:
      "For børn, der har mistet en forælder, en søskende eller en anden nær. Et trygt rum til at tale om savn og minder. Aftalt med forældrene.",
    leader: "TRIVSELSPERSON",
    grades: [4, 5, 6],
    participants: 3,
    startsAfter: 50,
    lengthDays: 90,
    sessionEveryDays: 14,
    sessionNotes: [
      "Vi lærte hinanden at kende og lavede aftaler for gruppen.",
      "Mindebog: hver deltager har taget billeder med.",
      "Om de svære dage – fødselsdage og højtider.",
      "Hvem kan man tale med, når man er ked af det?",
      "Vi tegnede og skrev om et godt minde.",
      "Følelser i kroppen – hvor mærker man savnet?",
      "Afslutning: hver deltager fik sin mindebog med hjem.",
    ],
  },
  {
    kind: "DIVORCE",
    name: "Skilsmissegruppe, 5.–7. klasse",
    description:
      "For børn, hvis forældre er gået fra hinanden: at have to hjem, loyalitet og at mærke efter, hvad man selv har brug for.",
    leader: "TRIVSELSPERSON",
    grades: [5, 6, 7],
    participants: 4,
    startsAfter: 42,
    lengthDays: 100,
    sessionEveryDays: 14,
    left: 1,
    sessionNotes: [
      "Præsentation. «Mit ene hjem og mit andet hjem».",
      "At have to hjem – det praktiske og det svære.",
      "Loyalitet: når man ikke vil gøre nogen kede af det.",
      "Hvad ønsker jeg mig af mine forældre? Brevøvelse (brevene sendes ikke).",
      "Højtider i to hjem.",
    ],
  },
  {
    kind: "PLAY_GROUP",
    name: "Legegruppe, indskolingen",
    description:
      "Social træning gennem leg for børn i 0.–2. klasse, der har svært ved at finde nogen at lege med. I et frikvarter om ugen.",
    leader: "TEACHER",
    grades: [0, 1, 2],
    participants: 6,
    startsAfter: 28,
    lengthDays: 140,
    sessionEveryDays: 7,
    sessionNotes: [
      "Navnelege og en fælles regel: alle må være med.",
      "Stopdans og «kongens efterfølger».",
      "Lege med at vente på tur.",
      "Byggeleg i små grupper – samarbejde.",
      "Børnene valgte selv legene i dag.",
      "Fangeleg med faste makkere.",
      "Vi øvede at spørge «Må jeg være med?».",
      "Gemmeleg; to af børnene legede videre sammen bagefter.",
      "Rundbold i hele gruppen.",
    ],
  },
];

/** How each class worked, written at the conference (most classes). */
export const HOW_CLASSES_WORK = [
  "Et trygt og legende fællesskab. Børnene kender rutinerne, og der er god kontakt til forældrene.",
  "Rolig klasse med gode relationer. Nogle faste par, men alle bliver inviteret med i legen.",
  "Klassen fungerer godt i timerne, men frikvartererne er præget af konflikter om fodbold.",
  "God klasse med mange ressourcer. Der er opstået en pigegruppe, som holder andre ude.",
  "Klassen har fået to nye elever, som er taget godt imod. Uro efter frikvartererne.",
  "Stærkt fællesskab og god tone. Klassen har gavn af de faste legegrupper.",
  "Urolig klasse med et groft sprog; arbejdet med sprogbrug er begyndt at virke.",
  "Klassen er splittet i to grupper efter sommerferien. Klasselærerne oplever mange konflikter i chatten.",
  "Fagligt ambitiøs klasse, hvor flere elever giver udtryk for præstationspres.",
  "Rolig klasse, hvor mange er stille. Trivselsmålingen viser flere ensomme elever end sidste år.",
  "Afgangsklasse med fokus på eksamen og valg af ungdomsuddannelse. Generelt god trivsel.",
];

export const FOCUS_REASONS = [
  "Meget fravær siden sommerferien – flere dage med ondt i maven.",
  "Holdes ofte udenfor i frikvartererne.",
  "Har mistet sin far i foråret; følges i sorggruppen.",
  "Forældrene er gået fra hinanden; virker trist og træt.",
  "Mange konflikter med kammeraterne; har svært ved at styre sin vrede.",
  "Meget stille, siger næsten intet i timerne.",
  "Nævnt i flere episoder i klassens chat.",
];

type TaskSpec = {
  className: string;
  description: string;
  /** Days from today; negative is overdue. */
  dueInDays: number;
  done?: boolean;
};

const TASKS: TaskSpec[] = [
  {
    className: "4.A",
    description: "Forløb «Den gode klasse» med faste legegrupper i frikvartererne.",
    dueInDays: -21,
    done: true,
  },
  {
    className: "7.B",
    description: "Forløb om sprogbrug i klassen, to gange; sprogaftalen sendes til forældrene.",
    dueInDays: -6,
  },
  {
    className: "8.B",
    description: "Samtale med klasselærerne om pigegruppen og en plan for klassens chat.",
    dueInDays: -12,
  },
  {
    className: "6.A",
    description: "Oplæg om sociale medier for eleverne og på forældremødet.",
    dueInDays: 9,
  },
  {
    className: "8.A",
    description: "Tilbyde stille unge-gruppen til elever, der svarer, at de føler sig ensomme.",
    dueInDays: 16,
  },
  {
    className: "2.B",
    description: "Følge op på trivselsmålingen med klassens lærere og pædagog.",
    dueInDays: 34,
  },
];

function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY);
}

/** Saturday and Sunday move back to Friday: the school does this work on school days. */
function schoolDay(day: Date): Date {
  const weekday = day.getUTCDay();
  return weekday === 6 ? addDays(day, -1) : weekday === 0 ? addDays(day, -2) : day;
}

function earliest(...days: Date[]): Date {
  return new Date(Math.min(...days.map((day) => day.getTime())));
}

function latest(...days: Date[]): Date {
  return new Date(Math.max(...days.map((day) => day.getTime())));
}

function nameOf(value: { grade: number; letter: string }): string {
  return `${value.grade}.${value.letter}`;
}

export async function seedClassWork(context: DemoContext): Promise<{
  classWork: number;
  groups: number;
  participants: number;
  sessions: number;
  reviews: number;
  focusPupils: number;
  tasks: number;
}> {
  const { db, faker, demo, today, schoolYearStart } = context;
  const trivselId = demo.users.TRIVSELSPERSON;
  if (!trivselId) throw new Error("The demo school has no trivselsperson.");
  const teacherId = demo.users.TEACHER ?? trivselId;
  const classes = new Map(demo.classes.map((row) => [nameOf(row), row]));
  const pupilsOf = (grades: number[]) =>
    demo.pupils.filter((pupil) => grades.includes(pupil.grade));
  const elapsedDays = Math.max(0, Math.round((today.getTime() - schoolYearStart.getTime()) / DAY));
  /** A school day `fraction` of the way from the start of the school year to today. */
  const soFar = (fraction: number) =>
    latest(
      schoolYearStart,
      schoolDay(addDays(schoolYearStart, Math.round(fraction * elapsedDays))),
    );

  // ─── Class work ──────────────────────────────────────────────────────────────────────────
  const classWork: Prisma.ClassWorkCreateManyInput[] = CLASS_WORK.flatMap((spec) => {
    const target = classes.get(spec.className);
    if (!target) return [];
    return [
      {
        schoolId: demo.id,
        classId: target.id,
        authorId: trivselId,
        heldOn: soFar(spec.at),
        title: spec.title,
        description: spec.description,
        observations: spec.observations ?? null,
      },
    ];
  });
  await db.classWork.createMany({ data: classWork });

  // ─── Groups ──────────────────────────────────────────────────────────────────────────────
  const taken = new Set<string>();
  let participantCount = 0;
  let sessionCount = 0;
  for (const spec of GROUPS) {
    const startsOn = earliest(schoolDay(addDays(schoolYearStart, spec.startsAfter)), today);
    const endsOn = addDays(startsOn, spec.lengthDays);
    const groupId = randomUUID();
    await db.group.create({
      data: {
        id: groupId,
        schoolId: demo.id,
        kind: spec.kind,
        name: spec.name,
        description: spec.description,
        leaderId: spec.leader === "TEACHER" ? teacherId : trivselId,
        startsOn,
        endsOn,
        active: true,
      },
    });

    const candidates = pupilsOf(spec.grades).filter((pupil) => !taken.has(pupil.id));
    const chosen: DemoPupil[] = faker.helpers.arrayElements(candidates, spec.participants);
    chosen.forEach((pupil) => taken.add(pupil.id));
    const leavers = new Set(chosen.slice(0, spec.left ?? 0).map((pupil) => pupil.id));
    const sessions: Date[] = [];
    for (
      let at = startsOn;
      at.getTime() <= endsOn.getTime();
      at = addDays(at, spec.sessionEveryDays)
    )
      sessions.push(at);
    const held = sessions.filter((heldOn) => heldOn.getTime() <= today.getTime());
    const leftOn = held.length > 1 ? held[Math.floor(held.length / 2)]! : null;
    await db.groupParticipant.createMany({
      data: chosen.map((pupil) => ({
        groupId,
        pupilId: pupil.id,
        joinedOn: startsOn,
        leftOn: leftOn && leavers.has(pupil.id) ? leftOn : null,
      })),
    });
    participantCount += chosen.length;

    // Sessions held so far with notes, and the next one planned (without notes yet).
    const planned = sessions.find((heldOn) => heldOn.getTime() > today.getTime());
    await db.groupSession.createMany({
      data: [
        ...held.map((heldOn, index) => ({
          groupId,
          heldOn,
          // A weekly play group repeats its favourite games.
          notes: spec.sessionNotes[index % spec.sessionNotes.length]!,
          authorId: spec.leader === "TEACHER" ? teacherId : trivselId,
        })),
        ...(planned ? [{ groupId, heldOn: planned, notes: null, authorId: trivselId }] : []),
      ],
    });
    sessionCount += held.length + (planned ? 1 : 0);
  }

  // ─── The autumn class conference ─────────────────────────────────────────────────────────
  // Early October (or today, early in the school year), on a school day.
  const heldOn = latest(
    schoolYearStart,
    earliest(schoolDay(addDays(schoolYearStart, 63)), schoolDay(addDays(today, -1))),
  );
  const conferenceId = randomUUID();
  const ordered: DemoClass[] = [...demo.classes].sort(
    (a, b) => a.grade - b.grade || a.letter.localeCompare(b.letter),
  );
  await db.classConference.create({
    data: {
      id: conferenceId,
      schoolId: demo.id,
      schoolYear: currentSchoolYear(schoolYearStart),
      heldOn,
      title: defaultConferenceTitle(heldOn, createTranslator(messagesFor("da"))),
      createdById: trivselId,
    },
  });
  const reviewIds = new Map<string, string>();
  const reviewedAt = new Date(heldOn.getTime() + 14 * 3600_000);
  const reviews: Prisma.ClassConferenceReviewCreateManyInput[] = ordered.map((row, index) => {
    const id = randomUUID();
    reviewIds.set(nameOf(row), id);
    // The last two classes were not reached that day: not reviewed, nothing written.
    const reached = index < ordered.length - 2;
    return {
      id,
      conferenceId,
      classId: row.id,
      howClassWorks: reached ? HOW_CLASSES_WORK[Math.min(row.grade + (index % 2), 10)]! : null,
      notes:
        reached && index % 3 === 0
          ? "Klasselærerne var med under gennemgangen og er enige i billedet."
          : null,
      reviewedAt: reached ? reviewedAt : null,
    };
  });
  await db.classConferenceReview.createMany({ data: reviews });

  // Focus pupils in some classes: one or two, each with a reason.
  const focus: Prisma.ClassConferenceFocusPupilCreateManyInput[] = [];
  for (const [index, row] of ordered.entries()) {
    if (index % 3 !== 1 || index >= ordered.length - 2) continue;
    const inClass = demo.pupils.filter((pupil) => pupil.classId === row.id);
    const chosen = faker.helpers.arrayElements(inClass, 1 + (index % 2));
    chosen.forEach((pupil, offset) =>
      focus.push({
        reviewId: reviewIds.get(nameOf(row))!,
        pupilId: pupil.id,
        reason: FOCUS_REASONS[(index + offset) % FOCUS_REASONS.length]!,
      }),
    );
  }
  await db.classConferenceFocusPupil.createMany({ data: focus });

  // The trivselsperson's tasks for the coming period.
  const tasks: Prisma.ActionCreateManyInput[] = TASKS.flatMap((spec) => {
    const reviewId = reviewIds.get(spec.className);
    if (!reviewId) return [];
    const dueOn = addDays(today, spec.dueInDays);
    return [
      {
        schoolId: demo.id,
        reviewId,
        description: spec.description,
        responsibleKind: "USER" as const,
        responsibleUserId: trivselId,
        dueOn,
        status: spec.done ? ("DONE" as const) : ("OPEN" as const),
        completedAt: spec.done ? new Date(addDays(dueOn, -2).getTime() + 12 * 3600_000) : null,
        completedById: spec.done ? trivselId : null,
      },
    ];
  });
  await db.action.createMany({ data: tasks });

  return {
    classWork: classWork.length,
    groups: GROUPS.length,
    participants: participantCount,
    sessions: sessionCount,
    reviews: reviews.length,
    focusPupils: focus.length,
    tasks: tasks.length,
  };
}
