const adminPupils = {
  title: "Elever og forældre",
  intro:
    "Skolens elever og deres forældre og værger. Her er intet sagsindhold, men oplysningerne er fortrolige: hver søgning, hvert opslag og hver ændring logges.",
  newPupil: "Ny elev",
  createPupil: "Opret elev",
  newPupilIntro:
    "Opret eleven med navn, fødselsdato og elevnummer. Forældre og værger tilføjer du bagefter på elevens side.",
  caption: "Elever, sorteret efter klasse og navn",
  pagination: "Sider i elevlisten",
  empty: "Ingen elever passer til søgningen.",
  noClass: "Ingen klasse",
  classOption: "{name} ({schoolYear})",
  classOptionInactive: "{name} ({schoolYear}, inaktiv)",
  search: {
    label: "Søg efter elever",
    query: "Navn eller elevnummer",
    queryHint: "Fx »anna jen« eller elevnummeret.",
    class: "Klasse",
    allClasses: "Alle klasser",
    withoutClass: "Uden klasse",
    status: "Vis",
    active: "Nuværende elever",
    left: "Udmeldte elever",
    all: "Alle elever",
  },
  fields: {
    name: "Navn",
    firstName: "Fornavn",
    lastName: "Efternavn",
    dateOfBirth: "Fødselsdato",
    externalId: "Elevnummer",
    externalIdHint:
      "Elevens nummer i skolens administrative system. Det bruges, når fravær importeres, og skal være entydigt på skolen.",
    class: "Klasse",
    classHint: "Kun aktive klasser kan vælges.",
    status: "Status",
  },
  status: {
    active: "Elev på skolen",
    left: "Udmeldt {date}",
    legalHold: "Sletning standset",
    legalHoldHint: "Der er lagt et stop for sletning af elevens oplysninger.",
  },
  pupil: {
    details: "Elevoplysninger",
    summary: "{class} · elevnummer {externalId} · født {dateOfBirth}",
    summaryNoClass: "Ingen klasse · elevnummer {externalId} · født {dateOfBirth}",
  },
  leave: {
    title: "Udmeldelse",
    intro:
      "Når en elev er udmeldt eller fraflyttet, forsvinder eleven fra lister og søgninger over nuværende elever. Oplysningerne slettes først, når opbevaringsperioden regnet fra udmeldelsesdatoen er udløbet.",
    leftOn: "Udmeldelsesdato",
    leftOnHint: "Den sidste dag, eleven gik på skolen.",
    submit: "Meld eleven ud",
    leftIntro:
      "Eleven blev udmeldt {date}. Kommer eleven tilbage, eller var udmeldelsen en fejl, kan eleven gøres aktiv igen.",
    reactivate: "Gør eleven aktiv igen",
  },
  guardians: {
    title: "Forældre og værger",
    authorityExplained:
      "Kun forældre og værger med forældremyndighed kan give samtykke, fx til at eleven drøftes i Trivselsforum. En forælder uden forældremyndighed har kun ret til at blive orienteret.",
    empty: "Der er ikke registreret forældre eller værger for eleven.",
    add: "Tilføj forælder eller værge",
    edit: "Ret oplysninger om {name}",
    remove: "Fjern {name}",
    name: "Navn",
    relation: "Relation til eleven",
    relationHint: "Fx mor, far, plejemor eller værge.",
    contact: "Kontaktoplysninger",
    email: "E-mail",
    phone: "Telefon",
    address: "Adresse",
    hasParentalAuthority: "Har forældremyndighed",
    hasParentalAuthorityHint:
      "Sæt kun flueben, hvis personen har del i forældremyndigheden. Kun de kan give samtykke.",
    authority: "Forældremyndighed",
    informationOnly: "Kun ret til orientering",
    noContact: "Ingen kontaktoplysninger",
    confirmRemove: "Ja, fjern {name} fra elevens forældre og værger",
    removeHint:
      "Det kan ikke fortrydes. En forælder, der har givet eller trukket et samtykke, kan ikke fjernes.",
    removeSubmit: "Fjern",
  },
  notices: {
    created: "Eleven er oprettet. Tilføj elevens forældre og værger herunder.",
    left: "Eleven er meldt ud.",
    reactivated: "Eleven er aktiv igen.",
    guardianRemoved: "Forælderen eller værgen er fjernet.",
  },
  saved: "Elevoplysningerne er gemt.",
  guardianAdded: "Forælderen eller værgen er tilføjet.",
  guardianSaved: "Oplysningerne om forælderen eller værgen er gemt.",
  errors: {
    duplicateExternalId: "Der findes allerede en elev med det elevnummer på skolen.",
    dateOfBirthTooEarly: "Fødselsdatoen ligger for langt tilbage. Tjek årstallet.",
    classInactive: "Klassen er ikke længere aktiv. Vælg en aktiv klasse.",
    confirmRemove: "Sæt flueben for at bekræfte, at forælderen eller værgen skal fjernes.",
    guardianHasConsents:
      "Personen indgår i et registreret samtykke og kan ikke fjernes, for samtykkets historik skal bevares. Fjern i stedet forældremyndigheden, hvis den er ophørt.",
  },
} as const;

export default adminPupils;
