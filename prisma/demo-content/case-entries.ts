/**
 * Demo timelines: ten pupils of Demoskolen whose stories run through the school year — high
 * absence with home visits and a school-home conversation, loneliness and online harassment,
 * grief, suspected substance use with a notification, a new pupil handed over from another
 * school, a divorce, anxiety with a referral to PPR. Written by the trivselsperson and, in their
 * own compartments, by the health nurse, PPR and SSP; some shared with the forum under consent.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseEntryKind, Confidentiality, Role } from "@/lib/generated/prisma/enums";
import { receiptDueOn as receiptDue } from "@/lib/case-entries/notification-rules";
import { addDays } from "@/lib/dates";
import { storyPupil, type DemoContext, type DemoPupil, type StoryPupil } from "./context";

type Entry = {
  day: number;
  kind: CaseEntryKind;
  as: Role;
  confidentiality: Confidentiality;
  title?: string;
  details: Prisma.InputJsonValue;
  followUpIn?: number;
  followUpDone?: boolean;
};

type Story = {
  pupil: (pupils: DemoPupil[]) => DemoPupil;
  consent?: {
    day: number;
    scopes: ("FORUM" | "PPR" | "HEALTH_NURSE" | "FAMILY_COUNSELLOR" | "EXTERNAL")[];
    form: "WRITTEN" | "ORAL";
  };
  absenceDays?: number;
  entries: Entry[];
};

const inClass =
  (...story: StoryPupil) =>
  (pupils: DemoPupil[]) =>
    storyPupil(pupils, story);

const STORIES: Story[] = [
  {
    // High absence, mavepine, home visits, a school-home conversation with clear agreements.
    pupil: inClass(5, "B", "girl", 1),
    consent: { day: 70, scopes: ["FORUM", "HEALTH_NURSE"], form: "WRITTEN" },
    absenceDays: 14,
    entries: [
      {
        day: 34,
        kind: "ABSENCE_FOLLOW_UP",
        as: "TRIVSELSPERSON",
        confidentiality: "CASE",
        title: "Opringning til mor",
        details: {
          periodFrom: "P-30",
          periodTo: "P0",
          absencePercent: 12.5,
          contacts: ["PHONE"],
          parentsReason: "Mor fortæller, at hun har ondt i maven om morgenen og ikke vil af sted.",
          outcome:
            "Aftalt at mor ringer til skolen kl. 7.45, når hun ikke kommer. Ny snak om 14 dage.",
        },
      },
      {
        day: 52,
        kind: "ABSENCE_FOLLOW_UP",
        as: "TRIVSELSPERSON",
        confidentiality: "CASE",
        title: "Hjemmebesøg",
        details: {
          periodFrom: "P-18",
          periodTo: "P0",
          absencePercent: 21,
          contacts: ["HOME_VISIT"],
          parentsReason: "Mavepine og søvnbesvær. Mor er selv presset på arbejdet.",
          outcome:
            "Besøg hjemme sammen med klasselæreren. Hun fulgte med i skole bagefter. Aftalt skole-hjem-samtale i næste uge.",
        },
      },
      {
        day: 59,
        kind: "SCHOOL_HOME_CONVERSATION",
        as: "TRIVSELSPERSON",
        confidentiality: "CASE",
        title: "Skole-hjem-samtale om fraværet",
        details: {
          participants: "Eleven, mor, klasselærer Camilla Nør og trivselsperson Mette Lund",
          pupilPerspective:
            "Hun synes, morgenen er det sværeste. Frikvartererne er lange, og hun ved ikke, hvem hun skal være sammen med.",
          homePerspective:
            "Mor oplever, at mavepinen er værst søndag aften og mandag morgen. Hun vil gerne have hjælp til morgenerne.",
          schoolPerspective:
            "Fagligt følger hun med. Hun er stille i timerne og går ofte alene i frikvartererne.",
          academic: "Nej, hun klarer sig fint fagligt.",
          social: "Veninden fra sidste år er flyttet klasse. Hun føler sig alene.",
          atHome: "Mor arbejder tidligt tre dage om ugen, så hun går selv hjemmefra.",
          childSays:
            "»Jeg vil gerne i skole, men jeg får ondt i maven, når jeg tænker på frikvarteret.«",
          agreements:
            "Du møder kl. 8.00 og går direkte til Mette i trivselslokalet de første ti minutter.\nI frikvarteret må du være med i legegruppen i biblioteket.\nHar du ondt i maven, siger du det til Camilla — du bliver ikke sendt hjem med det samme.",
          responsibilities:
            "Mor ringer til skolen kl. 7.45, hvis du bliver hjemme.\nCamilla sørger for en makker i frikvartererne.\nMette tager imod dig om morgenen.",
          followUpHow: "Telefonsamtale med mor og en kort snak med dig",
          tovholder: "Mette Lund, trivselsperson",
        },
        followUpIn: 10,
        followUpDone: true,
      },
      {
        day: 75,
        kind: "CONVERSATION",
        as: "TRIVSELSPERSON",
        confidentiality: "FORUM",
        title: "Status til Trivselsforum",
        details: {
          with: "BOTH",
          notes:
            "Fraværet er faldet siden samtalen. Morgenerne går bedre, men mandage er stadig svære. Mor og eleven ønsker, at sundhedsplejersken taler med hende om søvn og mavepine.",
          agreements:
            "Sundhedsplejersken kontakter familien. Vi drøfter hende på næste Trivselsforum.",
        },
      },
      {
        day: 78,
        kind: "CONVERSATION",
        as: "HEALTH_NURSE",
        confidentiality: "PROFESSION",
        title: "Samtale om søvn",
        details: {
          with: "PUPIL",
          notes:
            "Falder sent i søvn (ca. kl. 23), skærm i sengen. Ingen tegn på somatisk årsag til mavepinen; tydelig sammenhæng med uro før skoledage.",
          agreements: "Skærmen bliver i køkkenet fra kl. 21. Ny samtale om tre uger.",
        },
        followUpIn: 20,
      },
      {
        day: -5,
        kind: "ABSENCE_FOLLOW_UP",
        as: "TRIVSELSPERSON",
        confidentiality: "CASE",
        title: "Opfølgning efter samtalen",
        details: {
          periodFrom: "P-30",
          periodTo: "P0",
          absencePercent: 6.5,
          contacts: ["PHONE", "MEETING"],
          parentsReason: "To sygedage med feber.",
          outcome: "Fraværet er halveret. Aftalerne holder; morgenmodtagelsen fortsætter til jul.",
        },
        followUpIn: 4,
      },
    ],
  },
  {
    // Loneliness and harassment in a class chat.
    pupil: inClass(8, "A", "boy", 2),
    entries: [
      {
        day: 41,
        kind: "CONVERSATION",
        as: "TRIVSELSPERSON",
        confidentiality: "CASE",
        title: "Samtale om klassens chat",
        details: {
          with: "PUPIL",
          notes:
            "Han viser skærmbilleder fra en gruppechat, hvor han bliver kaldt øgenavne. Han er ikke med i den nye klassechat. Han siger, det har stået på siden sommerferien.",
          agreements:
            "Vi taler med klasselæreren om klassens chatregler. Han siger til, hvis det sker igen.",
        },
        followUpIn: 14,
        followUpDone: true,
      },
      {
        day: 48,
        kind: "CONVERSATION",
        as: "TRIVSELSPERSON",
        confidentiality: "CASE",
        title: "Samtale med forældrene",
        details: {
          with: "PARENTS",
          notes:
            "Forældrene har set, at han trækker sig og sidder meget på værelset. De vidste ikke noget om chatten og er kede af det.",
          agreements:
            "Forældrene taler med ham om, hvad han må dele. Klassen får et forløb om sprogbrug og sociale medier.",
        },
      },
      {
        day: 63,
        kind: "NOTE",
        as: "SSP",
        confidentiality: "PROFESSION",
        title: "Forløb i klassen",
        details: {
          text: "Holdt forløb om digital dannelse i 8.A. Flere elever fortalte om hårde kommentarer i chatten. Aftalt opfølgning med klasselæreren i december.",
        },
      },
      {
        day: -12,
        kind: "CONVERSATION",
        as: "TRIVSELSPERSON",
        confidentiality: "CASE",
        title: "Opfølgning",
        details: {
          with: "PUPIL",
          notes:
            "Det er blevet bedre. Han er kommet med i en ny gruppe til projektopgaven og har spillet fodbold i frikvarteret.",
          agreements: "Vi ses igen efter jul.",
        },
        followUpIn: -2,
      },
    ],
  },
  {
    // Grief: a father has died.
    pupil: inClass(3, "A", "boy", 1),
    consent: { day: 30, scopes: ["FORUM"], form: "ORAL" },
    entries: [
      {
        day: 12,
        kind: "CONVERSATION",
        as: "TRIVSELSPERSON",
        confidentiality: "CASE",
        title: "Far er død",
        details: {
          with: "PARENTS",
          notes:
            "Mor fortæller, at far døde i sommerferien efter kort tids sygdom. Hun er bange for, at han lukker sig inde i skolen.",
          agreements:
            "Tilbud om sorggruppen fra oktober. Klasselæreren orienterer klassen efter aftale med mor.",
        },
      },
      {
        day: 40,
        kind: "NOTE",
        as: "TRIVSELSPERSON",
        confidentiality: "FORUM",
        title: "Sorggruppe",
        details: {
          text: "Han er startet i sorggruppen og deltager aktivt. Tegner meget og fortæller om turene med far. Mor oplever ham mere rolig om aftenen.",
        },
      },
    ],
  },
  {
    // Suspected substance use; SSP, and a notification with the parents informed.
    pupil: inClass(9, "B", "boy", 3),
    absenceDays: 9,
    entries: [
      {
        day: 55,
        kind: "NOTE",
        as: "SSP",
        confidentiality: "PROFESSION",
        title: "Observation fra klubben",
        details: {
          text: "Klubmedarbejder har set ham ryge hash ved stationen to fredage i træk sammen med ældre unge, der ikke går på skolen.",
        },
      },
      {
        day: 60,
        kind: "CONVERSATION",
        as: "TRIVSELSPERSON",
        confidentiality: "CASE",
        title: "Samtale med eleven",
        details: {
          with: "PUPIL",
          notes:
            "Han benægter først, men fortæller så, at han har prøvet det »et par gange«. Han virker træt og har meget fravær om mandagen.",
          agreements:
            "Vi inviterer forældrene til møde. Han kan altid komme forbi trivselslokalet.",
        },
      },
      {
        day: 66,
        kind: "NOTIFICATION",
        as: "TRIVSELSPERSON",
        confidentiality: "CASE",
        title: "Underretning om rusmidler",
        details: {
          reason:
            "Eleven på 15 år har et tiltagende fravær og fortæller selv om brug af hash. Han færdes med ældre unge, som SSP kender fra sager om salg. Vi er bekymrede for hans sundhed og udvikling.",
          parentsInformed: true,
          parentsNotInformedWhy: null,
        },
      },
    ],
  },
  {
    // A new pupil handed over from another school.
    pupil: inClass(6, "A", "girl", 0),
    entries: [
      {
        day: 8,
        kind: "HANDOVER",
        as: "TRIVSELSPERSON",
        confidentiality: "CASE",
        title: "Indskrivningssamtale",
        details: {
          direction: "INCOMING",
          otherSchool: "Vestbyskolen",
          contactPerson: "Rikke Holm, trivselsperson",
          wellbeingNeeds:
            "Blev drillet på sin tidligere skole og har brug for en tryg start. Hun trives med faste voksne og klare aftaler, og hun er glad for at tegne. Hun skal ikke sidde alene i frikvartererne de første uger.",
        },
      },
      {
        day: 30,
        kind: "CONVERSATION",
        as: "TRIVSELSPERSON",
        confidentiality: "CASE",
        title: "Hvordan går det?",
        details: {
          with: "PUPIL",
          notes:
            "Hun har fået to veninder i klassen og er med i tegneklubben. Savner stadig sin gamle klasse.",
          agreements: null,
        },
      },
    ],
  },
  {
    // Parents divorcing.
    pupil: inClass(4, "A", "boy", 2),
    entries: [
      {
        day: 25,
        kind: "CONVERSATION",
        as: "TRIVSELSPERSON",
        confidentiality: "CASE",
        title: "Forældrene skal skilles",
        details: {
          with: "BOTH",
          notes:
            "Mor og far er gået fra hinanden og skiftes til at have ham en uge ad gangen. Han glemmer ofte sine ting og er ked af det om mandagen, når han skifter hjem.",
          agreements: "Han får en kasse i klassen til sine ting. Tilbud om skilsmissegruppen.",
        },
      },
      {
        day: 27,
        kind: "NOTE",
        as: "TRIVSELSPERSON",
        confidentiality: "PRIVATE",
        title: "Til mig selv",
        details: { text: "Husk at spørge far, om han også vil have ugeplanen på mail." },
      },
    ],
  },
  {
    // Anxiety: referral to PPR, PPR's own note, shared with the forum under consent.
    pupil: inClass(7, "B", "girl", 2),
    consent: { day: 45, scopes: ["FORUM", "PPR"], form: "WRITTEN" },
    absenceDays: 11,
    entries: [
      {
        day: 38,
        kind: "CONVERSATION",
        as: "TRIVSELSPERSON",
        confidentiality: "CASE",
        title: "Angst før prøver",
        details: {
          with: "PUPIL",
          notes:
            "Hun får hjertebanken og kvalme før prøver og fremlæggelser og bliver hjemme de dage. Hun ligger vågen om natten og tænker på det.",
          agreements: "Hun må fremlægge for læreren alene indtil videre.",
        },
      },
      {
        day: 47,
        kind: "REFERRAL",
        as: "TRIVSELSPERSON",
        confidentiality: "FORUM",
        title: "Henvisning til PPR",
        details: {
          partner: "PPR",
          reason:
            "Vedvarende angst i forbindelse med skolen med stigende fravær. Forældrene ønsker en vurdering og råd til skolen.",
          consentNote: "Skriftligt samtykke fra begge forældre.",
        },
      },
      {
        day: 72,
        kind: "NOTE",
        as: "PPR",
        confidentiality: "PROFESSION",
        title: "Første samtale",
        details: {
          text: "Samtale med eleven og mor. Tegn på præstationsangst; ingen tegn på depression. Forløb med 6 samtaler aftalt. Råd til skolen følger.",
        },
      },
      {
        day: 80,
        kind: "CONVERSATION",
        as: "PPR",
        confidentiality: "FORUM",
        title: "Råd til skolen",
        details: {
          with: "BOTH",
          notes:
            "Anbefaler gradvis tilbagevenden til fremlæggelser: først for læreren, så for en lille gruppe. Forberedelse dagen før og en fast voksen at gå til.",
          agreements: "Klasselæreren lægger en plan for fremlæggelserne frem til jul.",
        },
        followUpIn: 25,
      },
    ],
  },
  {
    // Restless behaviour in 1st grade.
    pupil: inClass(1, "B", "boy", 3),
    entries: [
      {
        day: 20,
        kind: "CONVERSATION",
        as: "TRIVSELSPERSON",
        confidentiality: "CASE",
        title: "Uro i timerne",
        details: {
          with: "PARENTS",
          notes:
            "Han har svært ved at sidde stille og kommer i konflikter i frikvarteret. Forældrene genkender det hjemmefra, især når han er træt.",
          agreements:
            "Han får en fast plads tæt på læreren og pauser med en opgave. Vi ses igen om en måned.",
        },
        followUpIn: 30,
        followUpDone: true,
      },
    ],
  },
  {
    // Moving away: outgoing handover.
    pupil: inClass(9, "A", "boy", 0),
    entries: [
      {
        day: -20,
        kind: "HANDOVER",
        as: "TRIVSELSPERSON",
        confidentiality: "CASE",
        title: "Flytter til Sønderskolen",
        details: {
          direction: "OUTGOING",
          otherSchool: "Sønderskolen",
          contactPerson: "Trivselspersonen på Sønderskolen",
          wellbeingNeeds:
            "Har haft et godt år efter forløbet i stille unge-gruppen. Har brug for at blive set og inviteret med i fællesskabet; trives med ansvar, fx som hjælper i idræt.",
        },
      },
    ],
  },
  {
    // The health nurse's own notification; the parents not told first.
    pupil: inClass(5, "A", "girl", 4),
    entries: [
      {
        day: -8,
        kind: "NOTIFICATION",
        as: "HEALTH_NURSE",
        confidentiality: "PROFESSION",
        title: "Underretning",
        details: {
          reason:
            "Eleven har blå mærker på overarmene og fortæller, at »far bliver vred«. Hun er bange for at tage hjem.",
          parentsInformed: false,
          parentsNotInformedWhy:
            "Mistanke om vold i hjemmet: forældrene orienteres ikke før kommunen har vurderet sagen.",
        },
      },
    ],
  },
];

/** "P-30" in a follow-up's period: days relative to the entry's own date. */
function resolvePeriods(details: Prisma.InputJsonValue, on: Date): Prisma.InputJsonValue {
  if (typeof details !== "object" || details === null || Array.isArray(details)) return details;
  const resolved: Record<string, Prisma.InputJsonValue | null> = {};
  for (const [key, value] of Object.entries(details)) {
    resolved[key] =
      typeof value === "string" && /^P-?\d+$/.test(value)
        ? addDays(on, Number(value.slice(1)))
            .toISOString()
            .slice(0, 10)
        : (value as Prisma.InputJsonValue | null);
  }
  return resolved;
}

export async function seedCaseEntries(context: DemoContext): Promise<number> {
  const { db, demo, today } = context;
  /** A day of the school year: positive from 1 August, negative back from today; never in the future. */
  const on = (day: number) => {
    const date = day >= 0 ? addDays(context.schoolYearStart, day) : addDays(today, day);
    return date > today ? addDays(today, -1) : date;
  };
  let count = 0;
  for (const story of STORIES) {
    const pupil = story.pupil(demo.pupils);
    if (story.consent) await seedConsent(context, pupil, story.consent, on(story.consent.day));
    if (story.absenceDays) await seedAbsence(context, pupil, story.absenceDays);
    for (const entry of story.entries) {
      const authorId = demo.users[entry.as]!;
      const occurredOn = on(entry.day);
      const followUpOn =
        entry.followUpIn === undefined ? null : addDays(occurredOn, entry.followUpIn);
      const created = await db.caseEntry.create({
        data: {
          schoolId: demo.id,
          pupilId: pupil.id,
          authorId,
          authorRole: entry.as,
          kind: entry.kind,
          confidentiality: entry.confidentiality,
          occurredOn,
          title: entry.title ?? null,
          details: resolvePeriods(entry.details, occurredOn),
          followUpOn,
          followUpOwnerId: followUpOn ? authorId : null,
          followUpDoneAt: entry.followUpDone && followUpOn ? followUpOn : null,
          createdAt: occurredOn,
        },
      });
      if (entry.kind === "NOTIFICATION") {
        const details = entry.details as {
          reason: string;
          parentsInformed: boolean;
          parentsNotInformedWhy: string | null;
        };
        const receiptDueOn = receiptDue(occurredOn);
        await db.notification.create({
          data: {
            schoolId: demo.id,
            pupilId: pupil.id,
            caseEntryId: created.id,
            authorId,
            madeOn: occurredOn,
            reason: details.reason,
            parentsInformed: details.parentsInformed,
            parentsNotInformedWhy: details.parentsNotInformedWhy,
            receiptDueOn,
            // The older notification has its receipt and feedback; the recent one is still waiting.
            receiptReceivedOn: receiptDueOn < addDays(today, -20) ? addDays(occurredOn, 3) : null,
            municipalityFeedback:
              receiptDueOn < addDays(today, -20)
                ? "Sagen er modtaget og behandles af Familiegruppen. Familien er indkaldt til samtale."
                : null,
          },
        });
      }
      count++;
    }
  }
  return count;
}

async function seedConsent(
  context: DemoContext,
  pupil: DemoPupil,
  consent: NonNullable<Story["consent"]>,
  givenOn: Date,
) {
  const { db, demo } = context;
  const guardians = await db.guardian.findMany({
    where: { pupilId: pupil.id, hasParentalAuthority: true },
    select: { id: true },
  });
  await db.consent.create({
    data: {
      schoolId: demo.id,
      pupilId: pupil.id,
      decision: "GIVEN",
      form: consent.form,
      givenOn,
      recordedById: demo.users.TRIVSELSPERSON!,
      oralNote: consent.form === "ORAL" ? "Telefonsamtale med mor; læst op og bekræftet." : null,
      scopes: consent.scopes,
      purpose:
        "At elevens trivsel kan drøftes i Trivselsforum, så skolen og samarbejdspartnerne kan hjælpe i fællesskab.",
      validFrom: givenOn,
      validUntil: addDays(givenOn, 365),
      guardians: { create: guardians.map((guardian) => ({ guardianId: guardian.id })) },
    },
  });
}

/** Whole days of absence spread over the last weeks, school days only. */
async function seedAbsence(context: DemoContext, pupil: DemoPupil, days: number) {
  const { db, demo, today, faker, calendar } = context;
  const dates = new Set<string>();
  for (let back = 1; dates.size < days && back < 120; back++) {
    const date = addDays(today, -back);
    if (!calendar.isSchoolDay(date)) continue;
    if (faker.number.int({ min: 0, max: 9 }) < 4) dates.add(date.toISOString().slice(0, 10));
  }
  await db.absenceRecord.createMany({
    data: [...dates].map((date, index) => ({
      schoolId: demo.id,
      pupilId: pupil.id,
      date: new Date(`${date}T00:00:00Z`),
      kind: index % 3 === 0 ? ("UNAUTHORISED" as const) : ("ILLNESS" as const),
      source: "IMPORT" as const,
    })),
  });
}
