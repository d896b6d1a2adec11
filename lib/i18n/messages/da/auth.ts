const auth = {
  signInTitle: "Log ind",
  signInIntro: "Log ind med din skole-e-mail og adgangskode.",
  email: "E-mail",
  password: "Adgangskode",
  signIn: "Log ind",
  signingIn: "Logger ind …",
  invalidCredentials: "E-mail eller adgangskode er forkert.",
  signInFailed: "Du kunne ikke logges ind. Prøv igen.",
  or: "eller",
  signInWith: "Log ind med {provider}",
  sessionExpired:
    "Du er blevet logget ud, fordi du ikke har været aktiv et stykke tid. Log ind igen.",
  selectSchoolTitle: "Vælg skole",
  selectSchoolIntro:
    "Du arbejder på flere skoler. Vælg den skole, du vil arbejde med nu. Du kan skifte når som helst.",
  noSchoolsTitle: "Ingen adgang endnu",
  noSchoolsBody: "Din bruger er ikke knyttet til nogen skole. Kontakt skolens administrator.",
  privacyNote: "Trivsel indeholder fortrolige oplysninger om børn. Al adgang logges.",
} as const;

export default auth;
