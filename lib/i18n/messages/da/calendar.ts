const calendar = {
  title: "Ferier og fridage",
  intro:
    "Skolens ferier og fridage efter kommunens ferieplan. Fraværsreglerne og fraværsprocenterne tæller skoledage: hverdage uden helligdage og uden de dage, skolen holder fri. Helligdagene kender Trivsel selv.",
  schoolYear: "Skoleåret {schoolYear}",
  tableCaption: "Ferier og fridage, skoleåret {schoolYear}",
  schoolDays: "{count} skoledage",
  current: "dette skoleår",
  empty: "Ingen ferier eller fridage registreret for {schoolYear}.",
  emptyHint:
    "Uden ferier tæller fraværsreglerne ferieugerne som skoledage uden fravær: efter sommerferien kan en elev med meget fravær falde ud af arbejdslisten.",
  typicalPlan: "Indsæt den sædvanlige ferieplan for {schoolYear}",
  typicalPlanHint:
    "Efterårsferie (uge 42), juleferie, vinterferie (uge 7), påskeferie, dagen efter Kristi himmelfartsdag, grundlovsdag og sommerferie. Ret bagefter datoerne til kommunens egen plan.",
  typicalPlanAdded: "{count} ferier og fridage er indsat for {schoolYear}.",
  name: "Navn",
  from: "Fra og med",
  to: "Til og med",
  days: "Skoledage",
  add: "Tilføj ferie eller fridag",
  addTitle: "Ny ferie eller fridag",
  namePlaceholder: "Fx Efterårsferie",
  added: "{name} er tilføjet.",
  remove: "Slet",
  removed: "Ferien er slettet.",
  publicHolidays: "Helligdage i skoleåret",
  publicHolidaysHint: "Helligdage er altid fridage og skal ikke registreres.",
  publicHolidayNames: {
    newYearsDay: "Nytårsdag",
    maundyThursday: "Skærtorsdag",
    goodFriday: "Langfredag",
    easterSunday: "Påskedag",
    easterMonday: "2. påskedag",
    greatPrayerDay: "Store bededag",
    ascensionDay: "Kristi himmelfartsdag",
    whitSunday: "Pinsedag",
    whitMonday: "2. pinsedag",
    christmasDay: "Juledag",
    boxingDay: "2. juledag",
  },
  errors: {
    endsBeforeItBegins: "Slutdatoen ligger før startdatoen.",
    tooLong: "En ferie kan højst vare et år.",
    overlaps:
      "Perioden overlapper {name}, som allerede står i kalenderen. Slet den først, eller vælg andre datoer.",
    planExists:
      "Skolen har allerede ferier i {schoolYear}. Tilføj de manglende en ad gangen, eller slet dem først.",
  },
} as const;

export default calendar;
