/**
 * Demoskolen's Trivselsforum this school year: an opening meeting in August and one on the first
 * Tuesday of each month since, 14.00–15.30 in "Mødelokalet ved kontoret", with the fixed members
 * (and the class teacher of 5.B ad hoc for her pupil), and the next meeting planned with its agenda
 * ready. The agendas hold the demo stories' pupils with consent covering the forum (the 3.A boy in
 * grief, the 7.B girl with anxiety, the 5.B girl with high absence), the 9.B boy discussed with
 * his parents present and no consent, anonymous cases and general themes. Each discussion ends in
 * an action plan — PPR, the health nurse, the trivselsperson, SSP, leadership, the class teacher,
 * "forældrene" and "eleven" responsible; some actions done, some open, some overdue — with how the
 * parents are involved and, when they did not attend, feedback to them (given, or still open).
 *
 * The meetings keep to their months (August to November); a demo built later in the school year
 * has these four, and the next one planned. Written straight to the database like the rest of the
 * demo; no random draws, so the class work seeded after it keeps its pupils.
 */
import { currentSchoolYear } from "@/lib/admin/school-year";
import { validForumConsentWhere } from "@/lib/auth/policy";
import { addDays, danishTime, isoDay } from "@/lib/dates";
import type { Role } from "@/lib/generated/prisma/enums";
import { storyPupil, type DemoContext, type StoryPupil } from "./context";

const PLACE = "Mødelokalet ved kontoret";
const FIXED_MEMBERS = [
  "TRIVSELSPERSON",
  "LEADERSHIP",
  "PPR",
  "HEALTH_NURSE",
  "FAMILY_COUNSELLOR",
  "SSP",
] as const satisfies readonly Role[];

/** Who is responsible: a demo user by role, the class teacher, the parents, or the pupil. */
type Who = (typeof FIXED_MEMBERS)[number] | "TEACHER" | "PARENTS" | "PUPIL";

type ActionSpec = {
  who: Who;
  what: string;
  /** Days after the meeting. */
  dueIn: number;
  /** Done a couple of days before it was due (if that day has come). */
  done?: boolean;
};

type PlanSpec = {
  parentInvolvement?: string;
  /** Taken up again this many meetings later (1: the next one). */
  followUpAfter?: number;
  actions: ActionSpec[];
  /** Feedback to the parents, when they did not attend. */
  feedback?: { who: Who; dueIn: number; given?: { after: number; summary: string } };
};

type ItemSpec = { minutes?: string; plan?: PlanSpec } & (
  | {
      kind: "PUPIL";
      pupil: StoryPupil;
      guardiansAttending?: boolean;
      pupilAttending?: boolean;
    }
  | { kind: "ANONYMOUS_CASE" | "THEME"; title: string }
);

type MeetingSpec = {
  summary?: string;
  /** The class teacher joins ad hoc for her pupil. */
  teacherAdHoc?: boolean;
  /** Fixed members who sent their apologies. */
  absent?: Who[];
  items: ItemSpec[];
};

const GRIEF: StoryPupil = [3, "A", "boy", 1];
const ANXIETY: StoryPupil = [7, "B", "girl", 2];
const ABSENCE: StoryPupil = [5, "B", "girl", 1];
const SUBSTANCES: StoryPupil = [9, "B", "boy", 3];

const HELD_MEETINGS = (schoolYear: string): MeetingSpec[] => [
  {
    // The opening meeting, the second week of the school year.
    summary:
      "Opstartsmøde. Mødeplanen for året og den fælles praksis for fraværsopfølgning er aftalt.",
    items: [
      {
        kind: "THEME",
        title: `Mødeplan og arbejdsform for Trivselsforum ${schoolYear}`,
        minutes:
          "Vi mødes første tirsdag i måneden kl. 14.00–15.30 i mødelokalet ved kontoret. Trivselspersonen sender dagsordenen senest fredagen før. En elev drøftes kun med navn, når forældrene har givet samtykke eller selv deltager; ellers drøftes sagen anonymt.",
        plan: {
          actions: [
            {
              who: "LEADERSHIP",
              what: "Lægge mødeplanen i kalenderen og på intra",
              dueIn: 3,
              done: true,
            },
          ],
        },
      },
      {
        kind: "THEME",
        title: "Fraværsopfølgning: fælles praksis i år",
        minutes:
          "Ved ulovligt fravær kontakter klasselæreren hjemmet samme dag. Ved 10 % fravær holder vi skole-hjem-samtale efter skabelonen. Trivselspersonen får fraværslisten hver mandag og følger op på elever over grænsen.",
        plan: {
          actions: [
            {
              who: "TRIVSELSPERSON",
              what: "Sende fraværslisten til klasselærerne hver mandag",
              dueIn: 6,
              done: true,
            },
          ],
        },
      },
      {
        kind: "ANONYMOUS_CASE",
        title: "Pige i 4. klasse, der bliver holdt uden for fællesskabet i frikvartererne",
        minutes:
          "Klasselæreren har meldt bekymring. Hun står alene ved hegnet i de fleste frikvarterer. Trivselspersonen starter legegrupper i klassen sammen med klasselærerne. Tages op igen, hvis det ikke bliver bedre.",
        plan: {
          actions: [
            {
              who: "TRIVSELSPERSON",
              what: "Legegrupper i ét frikvarter om ugen i 4. klasse sammen med klasselærerne",
              dueIn: 21,
              done: true,
            },
          ],
        },
      },
    ],
  },
  {
    summary: "Alle faste medlemmer deltog.",
    items: [
      {
        kind: "PUPIL",
        pupil: GRIEF,
        minutes:
          "Far døde i sommerferien efter kort tids sygdom. Mor har givet mundtligt samtykke til, at vi drøfter ham her. Han er stille i klassen, men kommer hver dag og deltager. Drøftet, hvordan klassen kan støtte ham, og at han tilbydes sorggruppen fra oktober. PPR ser ingen grund til mere lige nu; vigtigst er tæt kontakt med mor.",
        plan: {
          parentInvolvement:
            "Mor giver besked, hvis der sker noget derhjemme, fx op til mærkedage. Trivselspersonen ringer til mor efter efterårsferien.",
          actions: [
            {
              who: "TRIVSELSPERSON",
              what: "Tilbyde ham en plads i sorggruppen fra oktober",
              dueIn: 21,
              done: true,
            },
            {
              who: "TRIVSELSPERSON",
              what: "Kort snak med ham hver fredag frem til efterårsferien",
              dueIn: 45,
              done: true,
            },
            {
              who: "PARENTS",
              what: "Mor fortæller klasselæreren, hvis han har haft en svær aften",
              dueIn: 45,
              done: true,
            },
          ],
          feedback: {
            who: "TRIVSELSPERSON",
            dueIn: 7,
            given: {
              after: 3,
              summary:
                "Mor er orienteret i telefonen: Trivselsforum har talt om, hvordan skolen bedst støtter ham. Han får tilbud om sorggruppen fra oktober, og trivselspersonen taler med ham hver fredag. Mor giver besked, hvis der sker noget derhjemme.",
            },
          },
        },
      },
      {
        kind: "ANONYMOUS_CASE",
        title: "Dreng i 1. klasse med uro og konflikter i frikvarteret",
        minutes:
          "Pædagogen har meldt bekymring. Han løber ud af klassen flere gange om dagen og slår, når han bliver frustreret. Forældrene genkender det hjemmefra. PPR tilbyder konsultation til klasseteamet om struktur og pauser.",
        plan: {
          actions: [
            {
              who: "PPR",
              what: "Konsultation med klasseteamet i 1. klasse om struktur, pauser og overgange",
              dueIn: 21,
              done: true,
            },
          ],
        },
      },
      {
        kind: "THEME",
        title: "Alkohol og rusmidler i udskolingen",
        minutes:
          "SSP fortalte, at flere elever i 8. og 9. klasse er til fester med alkohol i weekenderne, og at der er set hash ved stationen. Vi holder et forældremøde i 8. årgang om fester og alkohol med SSP og sundhedsplejersken.",
        plan: {
          actions: [
            {
              who: "SSP",
              what: "Holde forældremøde i 8. årgang om fester, alkohol og aftaler forældrene imellem",
              dueIn: 44,
              done: true,
            },
            {
              who: "HEALTH_NURSE",
              what: "Oplæg om alkohol og unges krop til forældremødet i 8. årgang",
              dueIn: 44,
              done: true,
            },
          ],
        },
      },
    ],
  },
  {
    summary: "Rådgiveren fra Familiegruppen havde meldt afbud.",
    absent: ["FAMILY_COUNSELLOR"],
    items: [
      {
        kind: "PUPIL",
        pupil: ANXIETY,
        minutes:
          "Henvist til PPR i september med forældrenes skriftlige samtykke. Hun får hjertebanken og kvalme før prøver og fremlæggelser og har været hjemme på alle prøvedage i september. PPR starter et forløb med 6 samtaler. Indtil videre fremlægger hun for læreren alene. Tages op igen i december.",
        plan: {
          parentInvolvement:
            "Forældrene deltager i PPR's første og sidste samtale. Klasselæreren sender hver fredag en oversigt over næste uges prøver og fremlæggelser til forældrene.",
          followUpAfter: 2,
          actions: [
            {
              who: "PPR",
              what: "Samtaleforløb med eleven (6 samtaler) og status til Trivselsforum i december",
              dueIn: 56,
            },
            {
              who: "PPR",
              what: "Skriftlige råd til klasseteamet om prøver og fremlæggelser",
              dueIn: 14,
              done: true,
            },
            {
              who: "TRIVSELSPERSON",
              what: "Lægge en plan for fremlæggelserne frem til jul sammen med klasselæreren",
              dueIn: 21,
              done: true,
            },
            {
              who: "PUPIL",
              what: "Hun siger til sin faste voksne, når en prøve bliver for svær",
              dueIn: 56,
            },
          ],
          feedback: {
            who: "PPR",
            dueIn: 10,
            given: {
              after: 8,
              summary:
                "Forældrene er orienteret ved første samtale hos PPR: Trivselsforum har talt om hendes angst før prøver. Hun får et forløb hos PPR, og skolen lægger en plan, så hun først fremlægger for læreren alene.",
            },
          },
        },
      },
      {
        kind: "ANONYMOUS_CASE",
        title: "Dreng i 8. klasse, der er holdt ude af klassens chat",
        minutes:
          "Trivselspersonen har talt med ham og forældrene. Der bliver skrevet grimme ting om ham i en ny gruppechat. SSP holder forløb om digital dannelse i klassen; klasselæreren laver chatregler sammen med klassen.",
        plan: {
          actions: [
            {
              who: "SSP",
              what: "Forløb om digital dannelse og sprogbrug i klassen",
              dueIn: 21,
              done: true,
            },
            {
              who: "TRIVSELSPERSON",
              what: "Opfølgende samtale med drengen efter forløbet i klassen",
              dueIn: 35,
              done: true,
            },
          ],
        },
      },
      {
        kind: "THEME",
        title: "Online liv: billeder og chatregler på mellemtrinnet",
        minutes:
          "Flere klasser på mellemtrinnet har haft sager med billeder delt uden lov. Vi laver fælles chatregler, som klasselærerne tager med på forældremøderne.",
        plan: {
          actions: [
            {
              who: "LEADERSHIP",
              what: "Fælles chatregler til forældremøderne i 4.–6. årgang",
              dueIn: 30,
              done: true,
            },
          ],
        },
      },
    ],
  },
  {
    summary:
      "Klasselæreren fra 5.B deltog under sit punkt; forældrene og eleven fra 9.B under deres.",
    teacherAdHoc: true,
    items: [
      {
        kind: "PUPIL",
        pupil: ABSENCE,
        minutes:
          "Klasselæreren deltog under punktet. Fraværet var over 20 % i september. Efter skole-hjem-samtalen og morgenmodtagelsen er det faldet, men mandage er stadig svære. Hun går ofte alene i frikvartererne. Sundhedsplejersken har talt med hende om søvn. Aftalt: makkerordning i frikvartererne, morgenmodtagelsen fortsætter til jul, og PPR observerer i klassen.",
        plan: {
          parentInvolvement:
            "Mor og trivselspersonen taler sammen i telefonen hver anden fredag. Mor ringer til skolen kl. 7.45, hvis hun bliver hjemme.",
          followUpAfter: 1,
          actions: [
            {
              who: "TEACHER",
              what: "Makkerordning for hende i frikvartererne",
              dueIn: 7,
              done: true,
            },
            {
              who: "TEACHER",
              what: "Kort status til trivselspersonen hver fredag om fravær og frikvarterer",
              dueIn: 28,
            },
            {
              who: "PPR",
              what: "Observere i 5.B i to frikvarterer og give råd til klasseteamet",
              dueIn: 14,
            },
            {
              who: "HEALTH_NURSE",
              what: "Opfølgende sundhedssamtale om søvn og skærm; henvise til egen læge, hvis mavepinen fortsætter",
              dueIn: 21,
            },
            {
              who: "TRIVSELSPERSON",
              what: "Morgenmodtagelse i trivselslokalet frem til juleferien",
              dueIn: 45,
            },
          ],
          feedback: { who: "TRIVSELSPERSON", dueIn: 14 },
        },
      },
      {
        kind: "PUPIL",
        pupil: SUBSTANCES,
        guardiansAttending: true,
        pupilAttending: true,
        minutes:
          "Mor, far og eleven deltog under punktet. Han fortæller selv, at han har røget hash nogle gange sammen med ældre unge. Skolen har lavet en underretning, og forældrene kender den. Familiegruppen tilbyder samtaler med familien. Han vil gerne gøre 9. klasse færdig og søge ind på teknisk skole.",
        plan: {
          parentInvolvement:
            "Forældrene deltog og er med i planen. Far og trivselspersonen taler sammen hver mandag; skolen ringer samme dag, hvis han ikke er mødt.",
          followUpAfter: 1,
          actions: [
            {
              who: "FAMILY_COUNSELLOR",
              what: "Tilbyde familien samtaler i Familiegruppen",
              dueIn: 14,
              done: true,
            },
            {
              who: "TRIVSELSPERSON",
              what: "Fast samtale med ham hver uge om fravær og fritid",
              dueIn: 28,
            },
            {
              who: "SSP",
              what: "Holde kontakt med klubben og gadeplansmedarbejderne om de ældre unge",
              dueIn: 14,
            },
            {
              who: "PARENTS",
              what: "Forældrene aftaler tidspunkter for, hvornår han er hjemme om aftenen",
              dueIn: 7,
              done: true,
            },
            {
              who: "PUPIL",
              what: "Han møder til første time hver dag og siger til, hvis han bliver presset",
              dueIn: 28,
            },
          ],
        },
      },
      {
        kind: "ANONYMOUS_CASE",
        title: "Dreng i 7. klasse, der er set om aftenen med ældre unge",
        minutes:
          "SSP fortalte om en dreng, som klubben har set med ældre drenge ved Netto, også da der blev stjålet fra butikken. Intet samtykke endnu, så sagen er drøftet anonymt. Trivselspersonen taler med forældrene og spørger om samtykke.",
        plan: {
          actions: [
            {
              who: "SSP",
              what: "Kontakte klubben om, hvem de ældre unge er",
              dueIn: 7,
              done: true,
            },
            {
              who: "TRIVSELSPERSON",
              what: "Samtale med forældrene og spørge om samtykke til drøftelse i Trivselsforum",
              dueIn: 10,
            },
          ],
        },
      },
      {
        kind: "THEME",
        title: "Fraværsmønstre efter efterårsferien",
        minutes:
          "Fraværslisten viser flere elever i 4.–6. klasse med fravær i dagene efter efterårsferien, ofte forlængede ferier. Skolelederen skriver til forældrene om ferie uden for skolens ferier. Trivselspersonen kontakter hjemmene til elever med tre eller flere fraværsdage.",
        plan: {
          actions: [
            {
              who: "LEADERSHIP",
              what: "Brev til forældrene i 4.–6. årgang om fravær og ferie",
              dueIn: 7,
              done: true,
            },
            {
              who: "TRIVSELSPERSON",
              what: "Kontakte hjemmene til elever med tre eller flere fraværsdage efter ferien",
              dueIn: 10,
            },
          ],
        },
      },
    ],
  },
];

/** The next meeting's agenda, ready a week or two before. */
const NEXT_MEETING: ItemSpec[] = [
  { kind: "PUPIL", pupil: ANXIETY },
  { kind: "PUPIL", pupil: GRIEF },
  {
    kind: "ANONYMOUS_CASE",
    title: "Pige i 9. klasse: krænkende billeder på en Instagram-profil",
  },
  { kind: "THEME", title: "Sundhedsfremme: søvn og skærm" },
];

/** The first Tuesday on or after `day`. */
function tuesdayFrom(day: Date): Date {
  return addDays(day, (2 - day.getUTCDay() + 7) % 7);
}

/**
 * The forum's meeting days this school year: an opening meeting in the school year's second week
 * (the first Tuesday from 15 August), then the first Tuesday of each month, September to June.
 */
function meetingDays(schoolYearStart: Date): Date[] {
  const year = schoolYearStart.getUTCFullYear();
  const days = [tuesdayFrom(new Date(Date.UTC(year, 7, 15)))];
  for (let month = 8; month <= 17; month++) {
    days.push(tuesdayFrom(new Date(Date.UTC(year, month, 1))));
  }
  return days;
}

export async function seedForum(context: DemoContext): Promise<{
  meetings: number;
  held: number;
  items: number;
  actions: number;
  feedback: number;
}> {
  const { db, demo, today, schoolYearStart } = context;
  const trivselsperson = demo.users.TRIVSELSPERSON;
  if (!trivselsperson) throw new Error("The demo school has no trivselsperson.");
  const trivselId: string = trivselsperson;
  const userOf = (who: Who): string | null => {
    if (who === "PARENTS" || who === "PUPIL") return null;
    const id = demo.users[who];
    if (!id) throw new Error(`Demo forum: no demo user with role ${who}`);
    return id;
  };

  const days = meetingDays(schoolYearStart);
  const heldSpecs = HELD_MEETINGS(currentSchoolYear(schoolYearStart));
  const held = days
    .slice(0, heldSpecs.length)
    .filter((day) => day.getTime() < today.getTime())
    .map((day, index) => ({ day, spec: heldSpecs[index]! }));
  const nextDay = days.find((day) => day.getTime() >= today.getTime()) ?? null;
  /** The meeting day `meetings` meetings after `day`. */
  const followingDay = (day: Date, meetings: number) =>
    days.filter((candidate) => candidate.getTime() > day.getTime())[meetings - 1] ??
    addDays(day, 28 * meetings);

  let items = 0;
  let actions = 0;
  let feedback = 0;

  /** A time on `day` + `days`, at `hour` UTC; null unless it is before today. */
  const pastOn = (day: Date, days: number, hour: number) => {
    const at = new Date(addDays(day, days).getTime() + hour * 3600_000);
    return at.getTime() < today.getTime() ? at : null;
  };

  async function seedMeeting(day: Date, spec: MeetingSpec, status: "HELD" | "PLANNED") {
    const isHeld = status === "HELD";
    const absent = new Set(spec.absent ?? []);
    const members: { who: Who; adHoc: boolean }[] = [
      ...FIXED_MEMBERS.map((who) => ({ who, adHoc: false })),
      ...(spec.teacherAdHoc ? [{ who: "TEACHER" as const, adHoc: true }] : []),
    ];
    const meeting = await db.forumMeeting.create({
      data: {
        schoolId: demo.id,
        startsAt: danishTime(day, "14:00"),
        endsAt: danishTime(day, "15:30"),
        place: PLACE,
        status,
        summary: spec.summary ?? null,
        createdById: trivselId,
        createdAt: addDays(day, -21),
        participants: {
          create: members.map(({ who, adHoc }) => ({
            userId: userOf(who)!,
            adHoc,
            attended: isHeld ? !absent.has(who) : null,
          })),
        },
      },
    });

    let position = 0;
    for (const item of spec.items) {
      const pupil = item.kind === "PUPIL" ? storyPupil(demo.pupils, item.pupil) : null;
      const guardiansAttending = item.kind === "PUPIL" && !!item.guardiansAttending;
      // The gate: a named pupil only with consent covering the forum that day, or the parents there.
      if (pupil && !guardiansAttending) {
        const consent = await db.consent.count({
          where: { pupilId: pupil.id, ...validForumConsentWhere(day) },
        });
        if (consent === 0) continue;
      }
      const concern = pupil
        ? await db.concern.findFirst({
            where: { pupilId: pupil.id, status: "ON_FORUM" },
            select: { id: true },
          })
        : null;
      const created = await db.agendaItem.create({
        data: {
          meetingId: meeting.id,
          position: ++position,
          kind: item.kind,
          pupilId: pupil?.id ?? null,
          concernId: concern?.id ?? null,
          title: item.kind === "PUPIL" ? `${pupil!.firstName} ${pupil!.lastName}` : item.title,
          guardiansAttending,
          pupilAttending: item.kind === "PUPIL" && !!item.pupilAttending,
          minutes: isHeld ? (item.minutes ?? null) : null,
          createdAt: addDays(day, -10),
        },
      });
      items++;
      if (!isHeld || !item.plan) continue;

      const plan = await db.actionPlan.create({
        data: {
          schoolId: demo.id,
          agendaItemId: created.id,
          pupilId: pupil?.id ?? null,
          parentInvolvement: item.plan.parentInvolvement ?? null,
          followUpOn: item.plan.followUpAfter ? followingDay(day, item.plan.followUpAfter) : null,
          createdById: trivselId,
        },
      });
      await db.action.createMany({
        data: item.plan.actions.map((action) => {
          const completedAt = action.done ? pastOn(day, Math.max(1, action.dueIn - 2), 11) : null;
          const responsibleUserId = userOf(action.who);
          return {
            schoolId: demo.id,
            planId: plan.id,
            description: action.what,
            responsibleKind:
              action.who === "PARENTS" || action.who === "PUPIL" ? action.who : ("USER" as const),
            responsibleUserId,
            dueOn: addDays(day, action.dueIn),
            status: completedAt ? ("DONE" as const) : ("OPEN" as const),
            completedAt,
            // The parents' and the pupil's actions are marked done by the trivselsperson.
            completedById: completedAt ? (responsibleUserId ?? trivselId) : null,
          };
        }),
      });
      actions += item.plan.actions.length;

      const task = item.plan.feedback;
      if (task && !guardiansAttending) {
        const givenAt = task.given ? pastOn(day, task.given.after, 12) : null;
        await db.parentFeedback.create({
          data: {
            schoolId: demo.id,
            planId: plan.id,
            responsibleUserId: userOf(task.who)!,
            dueOn: addDays(day, task.dueIn),
            givenOn: givenAt ? new Date(`${isoDay(givenAt)}T00:00:00Z`) : null,
            summary: givenAt && task.given ? task.given.summary : null,
            createdAt: danishTime(day, "15:30"),
            // Recorded when it was given ("Mine opgaver" shows what was given lately).
            updatedAt: givenAt ?? danishTime(day, "15:30"),
          },
        });
        feedback++;
      }
    }
  }

  for (const { day, spec } of held) await seedMeeting(day, spec, "HELD");
  if (nextDay) await seedMeeting(nextDay, { items: NEXT_MEETING }, "PLANNED");

  return {
    meetings: held.length + (nextDay ? 1 : 0),
    held: held.length,
    items,
    actions,
    feedback,
  };
}
