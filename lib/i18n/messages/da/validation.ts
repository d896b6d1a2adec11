const validation = {
  required: "Skal udfyldes.",
  tooLong: "Må højst være {max} tegn.",
  tooShort: "Skal være mindst {min} tegn.",
  email: "Skriv en gyldig e-mailadresse, fx navn@skole.dk.",
  date: "Skriv en gyldig dato.",
  dateInFuture: "Datoen kan ikke ligge ude i fremtiden.",
  number: "Skriv et tal.",
  integerRange: "Skal være et helt tal mellem {min} og {max}.",
  choose: "Vælg en mulighed.",
  chooseAtLeastOne: "Vælg mindst én.",
  invalid: "Ugyldig værdi.",
  phone: "Skriv et telefonnummer med 8 cifre, evt. med landekode.",
  password: "Adgangskoden skal være mindst 12 tegn.",
  schoolYear: "Skriv skoleåret som fx 2026/27.",
} as const;

export default validation;
