/**
 * The Danish words of the generated municipality: school names, notes, agreements, concerns,
 * minutes and actions, written as staff at a Danish school would write them — short and concrete.
 * Notes are put together from parts, so hundreds of thousands of entries do not all read alike.
 * "{han}", "{ham}", "{hans}" and "{Han}" become "hun", "hende", "hendes", "Hun" for a girl.
 */
import type { ConcernCategory } from "@/lib/generated/prisma/enums";
import type { Random } from "./random";

export type Sex = "girl" | "boy";

const PRONOUNS: Record<Sex, Record<string, string>> = {
  girl: { "{han}": "hun", "{ham}": "hende", "{hans}": "hendes", "{Han}": "Hun" },
  boy: { "{han}": "han", "{ham}": "ham", "{hans}": "hans", "{Han}": "Han" },
};

export function about(sex: Sex, text: string): string {
  return text.replace(/\{(han|ham|hans|Han)\}/g, (word) => PRONOUNS[sex][word]!);
}

/** Parts joined into one note: one of each list, in order. */
export function compose(
  random: Random,
  sex: Sex,
  ...parts: readonly (readonly string[])[]
): string {
  return about(sex, parts.map((list) => random.pick(list)).join(" "));
}

// ─── Names ───────────────────────────────────────────────────────────────────────────────────

const SCHOOL_PLACES = [
  "Bakke",
  "Eng",
  "Skov",
  "Fjord",
  "Lind",
  "Hede",
  "Mølle",
  "Kilde",
  "Strand",
  "Bøge",
  "Ege",
  "Rosen",
  "Tofte",
  "Vang",
  "Holm",
  "Dal",
  "Kær",
  "Bro",
  "Sø",
  "Nord",
  "Syd",
  "Øst",
  "Vest",
  "Klinte",
  "Lunde",
  "Ask",
  "Hassel",
  "Ravns",
  "Trane",
  "Svane",
];
const SCHOOL_ENDINGS = ["", "høj", "vang", "dal", "gård", "holm", "bjerg", "lund", "toft", "mark"];

/** `count` different school names: "Bakkehøjskolen", "Skovvangskolen" …, then numbered ones. */
export function schoolNames(random: Random, count: number): string[] {
  const names = random.sample(
    SCHOOL_PLACES.flatMap((place) => SCHOOL_ENDINGS.map((ending) => `${place}${ending}skolen`)),
    count,
  );
  for (let i = names.length; i < count; i++) names.push(`Skole nr. ${i + 1}`);
  return names;
}

export const MUNICIPALITY = { name: "Limfjord Kommune (genererede data)", code: "900" };

/** Postcodes and towns of the generated municipality, for the guardians' addresses. */
export const TOWNS = [
  "9000 Aalborg",
  "9200 Aalborg SV",
  "9210 Aalborg SØ",
  "9220 Aalborg Øst",
  "9230 Svenstrup J",
  "9240 Nibe",
  "9260 Gistrup",
  "9280 Storvorde",
  "9310 Vodskov",
  "9400 Nørresundby",
  "9430 Vadum",
  "9370 Hals",
  "9380 Vestbjerg",
  "9270 Klarup",
];

// ─── Conversations ───────────────────────────────────────────────────────────────────────────

export const CONVERSATION_TITLES = [
  "Samtale med eleven",
  "Samtale med forældrene",
  "Opfølgende samtale",
  "Samtale om frikvartererne",
  "Samtale om trivsel i klassen",
  "Kort snak på gangen",
  "Telefonsamtale med mor",
  "Telefonsamtale med far",
  "Samtale efter episode",
  "Status",
];
export const CONVERSATION_OPENINGS = [
  "{Han} fortæller, at det er svært at komme i skole om morgenen.",
  "{Han} siger, at {han} ikke har nogen at være sammen med i frikvartererne.",
  "Forældrene har set, at {han} trækker sig og sidder meget på værelset.",
  "{Han} var ked af det efter en konflikt i idræt og ville gerne tale om det.",
  "Mor ringede, fordi {han} ikke vil med i skole mandag morgen.",
  "{Han} fortæller om en gruppechat, hvor der bliver skrevet grimme ting.",
  "Klasselæreren har bedt mig tale med {ham} om uroen i timerne.",
  "{Han} virker træt og siger, at {han} sover dårligt.",
  "{Han} har været hjemme mange dage og er bange for at være bagud.",
  "Far fortæller, at der har været meget uro derhjemme efter skilsmissen.",
  "{Han} kom selv forbi trivselslokalet i frikvarteret.",
  "{Han} siger, at {han} bliver drillet med sit tøj og sin vægt.",
];
export const CONVERSATION_MIDDLES = [
  "Vi talte om, hvad der gør dagen svær, og hvad der hjælper.",
  "Det er især i de lange frikvarterer og i omklædningen, det er svært.",
  "{Han} har en god ven i parallelklassen, som {han} gerne vil være mere sammen med.",
  "Forældrene er enige i, at vi skal samarbejde tæt de næste uger.",
  "{Han} synes, at de voksne griber ind for sent.",
  "Fagligt går det fint; det er det sociale, der fylder.",
  "Der er ikke tegn på, at noget alvorligt er sket, men vi holder øje.",
  "{Han} var åben og kom selv med forslag.",
  "Mor er selv presset og vil gerne have hjælp til morgenerne.",
  "{Han} vil gerne have, at klasselæreren ved besked, men ikke resten af klassen.",
];
export const AGREEMENTS = [
  "Vi ses igen om to uger.",
  "Klasselæreren sørger for en makker i frikvartererne.",
  "{Han} må gå til trivselslokalet, når det bliver for meget.",
  "Forældrene ringer til skolen, hvis {han} bliver hjemme.",
  "Vi drøfter det på næste teammøde med klassens lærere.",
  "{Han} får en fast plads tæt på læreren.",
  "Tilbud om samtaleforløb hos PPR, hvis det ikke bliver bedre.",
  "Kort snak hver fredag frem til næste ferie.",
  "Mor og trivselspersonen taler sammen i telefonen hver anden uge.",
  "{Han} siger til, hvis det sker igen.",
];

// ─── Absence follow-up ───────────────────────────────────────────────────────────────────────

export const ABSENCE_PARENTS_REASONS = [
  "Mor fortæller, at det er svært at få {ham} op om morgenen.",
  "{Han} har haft ondt i maven og vil ikke fortælle hvorfor.",
  "Familien har haft en svær periode efter en skilsmisse.",
  "Far siger, at {han} har været syg, men ikke har været hos lægen.",
  "Forlænget ferie hos familien i udlandet.",
  "{Han} har hovedpine mange morgener.",
  null,
];
export const ABSENCE_OUTCOMES = [
  "Aftalt, at forældrene ringer til kontoret inden kl. 8, når {han} ikke kommer. Ny snak om 14 dage.",
  "Forældrene kontakter egen læge. Klasselæreren tager en snak med {ham} om klassen.",
  "Skriftlig henvendelse om det ulovlige fravær sendt via Aula; far ringede tilbage samme dag.",
  "Besøg sammen med klasselæreren. Aftalt fast morgenaftale og opfølgning om to uger.",
  "Vi henter {ham} hjemme de næste tre mandage. Fraværet drøftes på skole-hjem-samtalen.",
  "Fraværet er faldet siden sidst. Aftalerne holder; vi følger op efter ferien.",
];

// ─── The school-home conversation on absence ─────────────────────────────────────────────────

export const SCHOOL_HOME = {
  participants: [
    "Eleven, mor, klasselæreren og trivselspersonen",
    "Eleven, begge forældre, klasselæreren og trivselspersonen",
    "Far, eleven og trivselspersonen",
  ],
  pupilPerspective: [
    "{Han} synes, morgenen er det sværeste, og ved ikke, hvem {han} skal være sammen med.",
    "{Han} føler sig bagud fagligt og er bange for at blive spurgt i timerne.",
    "{Han} siger, at det er larmen i klassen, der gør {ham} træt.",
  ],
  homePerspective: [
    "Forældrene oplever, at det er værst søndag aften og mandag morgen.",
    "Mor arbejder tidligt, så {han} går selv hjemmefra de fleste dage.",
    "Forældrene har svært ved at få {ham} i seng om aftenen.",
  ],
  schoolPerspective: [
    "Fagligt følger {han} med. {Han} er stille i timerne og går ofte alene i frikvartererne.",
    "{Han} fungerer godt, når {han} er her, men mister kontakten til klassen, når {han} er væk.",
    "Lærerne ser en dygtig elev, som har trukket sig det sidste halve år.",
  ],
  academic: ["Nej, {han} klarer sig fint fagligt.", "{Han} er bagud i matematik.", null],
  social: [
    "En god ven er flyttet klasse, og {han} føler sig alene.",
    "Der har været en konflikt i pigegruppen.",
    "Nej, ikke ifølge {ham} selv.",
  ],
  atHome: [
    "Forældrene er gået fra hinanden i foråret.",
    "En bedsteforælder er alvorligt syg.",
    null,
  ],
  childSays: [
    "»Jeg vil gerne i skole, men jeg får ondt i maven, når jeg tænker på frikvarteret.«",
    "»Det er lettere, når jeg ved, hvad der skal ske.«",
    "»Jeg ved ikke rigtig, hvorfor det er så svært.«",
  ],
  agreements: [
    "Du møder kl. 8.00 og går direkte til trivselspersonen de første ti minutter.\nI frikvarteret må du være med i legegruppen i biblioteket.",
    "Du får en makker i frikvartererne.\nDu siger til din klasselærer, når noget er svært.",
    "Du kommer i skole hver dag, også når du er træt.\nVi taler sammen hver fredag.",
  ],
  responsibilities: [
    "Mor ringer til skolen kl. 7.45, hvis du bliver hjemme.\nKlasselæreren sørger for en makker.\nTrivselspersonen tager imod dig om morgenen.",
    "Far følger dig til skole om mandagen.\nTrivselspersonen taler med dig hver fredag.",
  ],
  followUpHow: ["Telefonsamtale med forældrene og en kort snak med eleven", "Nyt møde på skolen"],
};

// ─── Referrals, handovers, notifications, notes ──────────────────────────────────────────────

export const REFERRAL_PARTNERS = [
  "PPR",
  "Sundhedsplejen",
  "Familiegruppen",
  "Børne- og ungdomspsykiatrien",
  "Egen læge",
  "SSP",
  "Headspace",
  "Børns Vilkår",
];
export const REFERRAL_REASONS = [
  "Vedvarende angst i forbindelse med skolen med stigende fravær. Forældrene ønsker en vurdering og råd til skolen.",
  "Koncentrationsvanskeligheder og mange konflikter. Klasseteamet ønsker sparring om struktur.",
  "Tristhed og tilbagetrækning gennem flere måneder; eleven har selv bedt om hjælp.",
  "Familien ønsker støtte efter dødsfald i den nærmeste familie.",
  "Bekymring for elevens spisning og vægttab.",
];
export const OTHER_SCHOOLS = [
  "Vestbyskolen",
  "Sønderskolen",
  "Nørre Uttrup Skole",
  "Privatskolen i byen",
  "Friskolen",
  "Efterskolen ved fjorden",
];
export const HANDOVER_NEEDS = [
  "Har brug for en tryg start med faste voksne og klare aftaler. Skal ikke sidde alene i frikvartererne de første uger.",
  "Har haft et godt år efter et forløb i stille unge-gruppen. Trives med ansvar og med at blive inviteret med.",
  "Har haft meget fravær og har brug for tæt kontakt mellem skole og hjem fra første dag.",
  "Blev drillet på sin tidligere skole; har brug for en makker og en voksen at gå til.",
];
export const NOTIFICATION_REASONS = [
  "Eleven har et tiltagende fravær og fortæller selv om brug af hash. Vi er bekymrede for elevens sundhed og udvikling.",
  "Eleven har blå mærker på overarmene og fortæller, at en voksen derhjemme bliver vred.",
  "Eleven kommer ofte uden madpakke og i for tyndt tøj, og forældrene er svære at få kontakt med.",
  "Eleven har fortalt om selvskade og tanker om ikke at ville leve.",
  "Eleven har et stort ulovligt fravær, og forældrene har ikke reageret på skolens henvendelser.",
];
export const NOT_INFORMED_WHY = [
  "Mistanke om vold i hjemmet: forældrene orienteres ikke, før kommunen har vurderet sagen.",
  "Mistanke om overgreb: kommunen orienterer forældrene.",
];
export const NOTE_TEXTS: Record<
  "TRIVSELSPERSON" | "PPR" | "HEALTH_NURSE" | "FAMILY_COUNSELLOR" | "SSP",
  readonly string[]
> = {
  TRIVSELSPERSON: [
    "Husk at spørge far, om han også vil have ugeplanen på mail.",
    "{Han} er startet i gruppeforløbet og deltager aktivt.",
    "Klasselæreren melder om en god uge uden konflikter.",
    "Aftalt med klasseteamet at følge op efter næste ferie.",
    "Mor har sendt besked om, at det går bedre derhjemme.",
  ],
  PPR: [
    "Samtale med eleven og mor. Tegn på præstationsangst; ingen tegn på depression. Forløb med 6 samtaler aftalt.",
    "Observation i klassen i to lektioner. Råd til klasseteamet om struktur og pauser følger.",
    "Testning gennemført; resultaterne gennemgås med forældrene.",
  ],
  HEALTH_NURSE: [
    "Falder sent i søvn, skærm i sengen. Ingen tegn på somatisk årsag til mavepinen.",
    "Vejning og samtale om mad og motion. Ny samtale om tre uger.",
    "Samtale om pubertet og kropsbillede; eleven vil gerne komme igen.",
  ],
  FAMILY_COUNSELLOR: [
    "Familien har takket ja til samtaler i Familiegruppen. Første møde er aftalt.",
    "Børnefaglig undersøgelse er igangsat efter underretningen.",
    "Kontakt med familien; de ønsker ikke yderligere hjælp lige nu.",
  ],
  SSP: [
    "Klubben har set {ham} om aftenen sammen med ældre unge ved stationen.",
    "Holdt forløb om digital dannelse i klassen. Flere elever fortalte om hårde kommentarer i chatten.",
    "Kontakt med gadeplansmedarbejderne om gruppen af ældre unge.",
  ],
};

// ─── Concerns ────────────────────────────────────────────────────────────────────────────────

export const CONCERN_TEXTS: Record<ConcernCategory, readonly string[]> = {
  ABSENCE: [
    "Har været væk mange mandage og fredage siden sommerferien, ofte uden besked hjemmefra.",
    "Har ondt i maven næsten hver morgen og er gået hjem flere gange de sidste uger.",
  ],
  SOCIAL: [
    "Bliver holdt udenfor af de andre og står alene i de fleste frikvarterer.",
    "Er kommet i en ny gruppe, som holder andre ude, og er blevet hård i tonen.",
  ],
  EMOTIONAL: [
    "Virker trist og træt, græder let og siger, at {han} ikke gider noget.",
    "Bliver meget urolig før prøver og fremlæggelser og bliver hjemme de dage.",
  ],
  ACADEMIC: [
    "Læser stadig meget langsomt og gemmer sig, når vi skal læse højt.",
    "Er gået meget tilbage fagligt i løbet af efteråret.",
  ],
  HOME: [
    "Forældrene er gået fra hinanden, og {han} glemmer ofte sine ting og er ked af det om mandagen.",
    "Kommer ofte uden madpakke og siger, at der ikke er nogen hjemme om morgenen.",
  ],
  BEHAVIOUR: [
    "Slår og sparker, når {han} taber i fodbold, og falder først ned efter en halv time.",
    "Forlader klassen flere gange om dagen og vil ikke tage imod beskeder.",
  ],
  HEALTH: [
    "Har tabt sig tydeligt og spiser næsten intet af sin madpakke.",
    "Er ofte svimmel og træt og siger, at {han} sover dårligt.",
  ],
  ONLINE: [
    "Der er lagt et billede af {ham} i klassens chat med grimme kommentarer.",
    "Er blevet kontaktet af en voksen fremmed på et spil og har sendt billeder.",
  ],
  SUBSTANCE: [
    "Lugter af røg og er set med ældre unge, der ryger hash ved stationen.",
    "Har fortalt om fester med meget alkohol i weekenderne.",
  ],
  CRIME: [
    "Er set sammen med ældre unge, da der blev stjålet fra butikken.",
    "Har været involveret i hærværk på skolen sammen med to fra parallelklassen.",
  ],
};
export const NOTICED_BY = [
  "Jeg selv, i frikvartererne",
  "Mor, ved skole-hjem-samtalen",
  "To elever fra klassen",
  "Pædagogen i SFO",
  "Far har skrevet på Aula",
  "Idrætslæreren",
  null,
  null,
];

// ─── Consent ─────────────────────────────────────────────────────────────────────────────────

export const CONSENT_PURPOSE =
  "At elevens trivsel kan drøftes i Trivselsforum, så skolen og samarbejdspartnerne kan hjælpe i fællesskab.";
export const ORAL_NOTES = [
  "Telefonsamtale med mor; læst op og bekræftet.",
  "Mundtligt ved skole-hjem-samtalen; begge forældre til stede.",
  "Telefonsamtale med far; bekræftet på Aula samme dag.",
];
export const PUPIL_VIEWS = [
  "Eleven synes, det er fint, at de voksne taler sammen om at hjælpe.",
  "Eleven vil gerne selv være med til en del af mødet.",
  null,
];
export const EXTERNAL_PARTNERS = ["Headspace", "Børne- og ungdomspsykiatrien", "Egen læge"];

// ─── Trivselsforum ───────────────────────────────────────────────────────────────────────────

export const FORUM_PLACES = [
  "Mødelokalet ved kontoret",
  "Personalerummet",
  "Lokale 12",
  "Biblioteket",
];
export const THEMES = [
  "Alkohol og rusmidler i udskolingen",
  "Sundhedsfremme: søvn og skærm",
  "Fraværsopfølgning: fælles praksis",
  "Online liv: billeder og chatregler",
  "Trivselsmålingen: hvad viser den?",
  "Overgangen fra 6. til 7. klasse",
  "Ensomhed blandt eleverne",
];
export const ANONYMOUS_CASES = [
  "Pige i 4. klasse, der bliver holdt uden for fællesskabet i frikvartererne",
  "Dreng i 1. klasse med uro og konflikter i frikvarteret",
  "Dreng i 8. klasse, der er holdt ude af klassens chat",
  "Pige i 9. klasse: krænkende billeder på en Instagram-profil",
  "Dreng i 7. klasse, der er set om aftenen med ældre unge",
  "Pige i 5. klasse med meget fravær om mandagen",
];
export const PUPIL_MINUTES = [
  "Fraværet er faldet efter skole-hjem-samtalen, men mandage er stadig svære. Aftalt makkerordning og morgenmodtagelse.",
  "Henvist til PPR med forældrenes samtykke. PPR starter et forløb; indtil videre fremlægger {han} for læreren alene.",
  "{Han} er stille i klassen, men kommer hver dag. Drøftet, hvordan klassen kan støtte {ham}.",
  "Forældrene deltog under punktet. Familiegruppen tilbyder samtaler med familien.",
  "Sundhedsplejersken har talt med {ham} om søvn. Tages op igen på næste møde.",
];
export const CASE_MINUTES = [
  "Trivselspersonen starter legegrupper i klassen sammen med klasselærerne. Tages op igen, hvis det ikke bliver bedre.",
  "Intet samtykke endnu, så sagen er drøftet anonymt. Trivselspersonen taler med forældrene og spørger om samtykke.",
  "PPR tilbyder konsultation til klasseteamet om struktur og pauser.",
];
export const THEME_MINUTES = [
  "Vi holder et forældremøde i 8. årgang med SSP og sundhedsplejersken.",
  "Vi laver fælles chatregler, som klasselærerne tager med på forældremøderne.",
  "Klasselærerne kontakter hjemmet samme dag ved ulovligt fravær.",
];
export const MEETING_SUMMARIES = [
  "Alle faste medlemmer deltog.",
  "Rådgiveren fra Familiegruppen havde meldt afbud.",
  "Klasselæreren deltog under sit punkt.",
  null,
  null,
];
export const ACTIONS = {
  USER: [
    "Samtale med eleven hver fredag frem til ferien",
    "Observere i klassen i to frikvarterer og give råd til klasseteamet",
    "Tilbyde familien samtaler i Familiegruppen",
    "Opfølgende sundhedssamtale om søvn og skærm",
    "Kontakte klubben om, hvem de ældre unge er",
    "Lægge en plan for fremlæggelserne sammen med klasselæreren",
    "Makkerordning i frikvartererne",
    "Brev til forældrene om fravær og ferie",
  ],
  PARENTS: [
    "Forældrene ringer til skolen kl. 7.45, hvis eleven bliver hjemme",
    "Forældrene aftaler faste sengetider",
    "Mor fortæller klasselæreren, hvis der har været en svær aften",
  ],
  PUPIL: [
    "Eleven siger til sin faste voksne, når noget bliver for svært",
    "Eleven møder til første time hver dag",
  ],
};
export const PARENT_INVOLVEMENT = [
  "Mor og trivselspersonen taler sammen i telefonen hver anden fredag.",
  "Forældrene deltog og er med i planen.",
  "Forældrene deltager i PPR's første og sidste samtale.",
  "Far og trivselspersonen taler sammen hver mandag.",
];
export const FEEDBACK_SUMMARIES = [
  "Forældrene er orienteret i telefonen om, hvad Trivselsforum har talt om, og hvad skolen gør nu.",
  "Mor er orienteret ved et møde på skolen; hun er enig i planen.",
];

// ─── Class conference tasks ──────────────────────────────────────────────────────────────────

export const CONFERENCE_TASKS = [
  "Forløb «Den gode klasse» med faste legegrupper i frikvartererne.",
  "Forløb om sprogbrug i klassen; sprogaftalen sendes til forældrene.",
  "Samtale med klasselærerne om pigegruppen og en plan for klassens chat.",
  "Oplæg om sociale medier for eleverne og på forældremødet.",
  "Følge op på trivselsmålingen med klassens lærere.",
];
