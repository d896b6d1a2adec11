const adminStaff = {
  title: "Medarbejdere",
  intro:
    "Skolens medarbejdere og deres roller her. Rollerne bestemmer, hvad den enkelte kan se og gøre på skolen.",
  caption: "Skolens medarbejdere",
  empty: "Skolen har ingen medarbejdere endnu.",
  newStaff: "Ny medarbejder",
  newStaffIntro:
    "Opret en medarbejder på {school}. Har personen allerede en bruger — fx en PPR-psykolog, der også arbejder på en anden skole — så skriv den e-mailadresse, brugeren har. Så får den eksisterende bruger rollerne her.",
  name: "Navn",
  email: "E-mail",
  emailHint: "Bruges til at logge ind.",
  emailManagedElsewhereHint:
    "Kan kun ændres af en, der er administrator på alle medarbejderens skoler.",
  roles: "Roller",
  rolesAt: "Roller på {school}",
  rolesHint:
    "Vælg mindst én. En medarbejder kan have flere roller, fx både SSP-lærer og trivselsperson.",
  ownAdminHint: "Du kan ikke fjerne din egen administratorrolle.",
  classes: "Klasser",
  classesLegend: "Underviser i",
  classesHint:
    "Læreren kan rejse bekymringer om eleverne i disse klasser og står som klasselærer på klassen.",
  classesNeedTeacherHint:
    "Klasser kan kun vælges for medarbejdere med rollen Lærer / pædagog. Giv rollen ovenfor først.",
  noClasses: "Skolen har ingen aktive klasser.",
  inactiveClass: "{name} (inaktiv)",
  status: "Status",
  deactivated: "Deaktiveret",
  you: "dig",
  otherSchoolsOne: "Har også roller på én anden skole.",
  otherSchoolsMany: "Har også roller på {count} andre skoler.",
  managedElsewhereNotice:
    "{name} har også roller på skoler, hvor du ikke er administrator. E-mail, adgangskode og deaktivering kan derfor kun ændres af en, der er administrator på dem alle. Roller og klasser her på skolen kan du ændre, og du kan fjerne {name} fra skolen.",
  details: "Oplysninger",
  createButton: "Opret medarbejder",
  password: "Adgangskode",
  newPassword: "Ny adgangskode",
  passwordRepeat: "Gentag adgangskoden",
  passwordHint: "Mindst {min} tegn. Giv den til medarbejderen på en sikker måde.",
  passwordCreateHint:
    "Lad feltet stå tomt, hvis medarbejderen logger ind med kommunens login. Ellers mindst {min} tegn.",
  signsInWithPassword: "Logger ind med adgangskode.",
  signsInWithProvider: "Har ingen adgangskode og logger ind med kommunens login.",
  setPassword: "Sæt adgangskode",
  passwordManagedElsewhere:
    "Adgangskoden kan kun ændres af en, der er administrator på alle medarbejderens skoler.",
  remove: "Fjern fra skolen",
  removeIntro:
    "Fjerner rollerne og klasserne for {name} på {school}. Kontoen og eventuelle roller på andre skoler bevares, og det, {name} har skrevet, bliver på skolen.",
  removeConfirm: "Ja, fjern {name} fra {school}",
  cannotRemoveSelfHint: "Du kan ikke fjerne dig selv fra skolen.",
  account: "Konto",
  accountActive: "Kontoen er aktiv.",
  accountDeactivatedOn: "Kontoen blev deaktiveret {date}.",
  deactivateIntro:
    "En deaktiveret konto kan ikke logge ind på nogen skole. Det virker med det samme — også hvis medarbejderen er logget ind nu.",
  deactivateConfirm: "Ja, deaktiver kontoen",
  deactivate: "Deaktiver konto",
  reactivateIntro: "Genaktiveres kontoen, kan medarbejderen logge ind igen med sine roller.",
  reactivateConfirm: "Ja, genaktiver kontoen",
  reactivate: "Genaktiver konto",
  cannotDeactivateSelfHint: "Du kan ikke deaktivere din egen konto.",
  accountManagedElsewhere:
    "Kontoen kan kun deaktiveres af en, der er administrator på alle medarbejderens skoler. Du kan i stedet fjerne medarbejderen fra denne skole.",
  // Results
  created: "Medarbejderen er oprettet.",
  addedExisting:
    "Der fandtes allerede en bruger med den e-mailadresse. Brugeren har fået rollerne her på skolen; navn og adgangskode er ikke ændret.",
  addedExistingInactive:
    "Der fandtes allerede en bruger med den e-mailadresse. Brugeren har fået rollerne her på skolen; navn og adgangskode er ikke ændret. Kontoen er deaktiveret, så brugeren kan ikke logge ind, før den er genaktiveret.",
  updated: "Oplysningerne er gemt.",
  rolesSaved: "Rollerne er gemt.",
  classesSaved: "Klasserne er gemt.",
  passwordSaved: "Adgangskoden er ændret.",
  removed: "Medarbejderen er fjernet fra skolen.",
  deactivatedMessage: "Kontoen er deaktiveret.",
  reactivatedMessage: "Kontoen er genaktiveret.",
  // Refusals
  chooseRole: "Vælg mindst én rolle.",
  passwordTooShort: "Adgangskoden skal være mindst {min} tegn.",
  passwordMismatch: "De to adgangskoder er ikke ens.",
  confirmRequired: "Sæt flueben for at bekræfte.",
  emailTaken: "Der findes allerede en bruger med den e-mailadresse.",
  managedElsewhere:
    "Brugeren har også roller på skoler, hvor du ikke er administrator. Det kan kun ændres af en, der er administrator på alle brugerens skoler.",
  cannotRemoveOwnAdmin:
    "Du kan ikke fjerne din egen administratorrolle — så kan du ikke længere administrere skolen. Bed en anden administrator om det.",
  cannotRemoveSelf: "Du kan ikke fjerne dig selv fra skolen. Bed en anden administrator om det.",
  cannotDeactivateSelf: "Du kan ikke deaktivere din egen konto. Bed en anden administrator om det.",
  classesNeedTeacher: "Medarbejderen skal have rollen Lærer / pædagog for at have klasser.",
} as const;

export default adminStaff;
