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
  throttled:
    "For mange forsøg på at logge ind. Vent et par minutter, og prøv igen. Har du glemt din adgangskode, så kontakt skolens administrator.",
  codeLabel: "Kode fra din godkender-app",
  codeHint: "Seks cifre. Har du mistet din telefon, kan du bruge en af dine gendannelseskoder.",
  codeRequired: "Skriv koden fra din godkender-app for at logge ind.",
  codeInvalid: "Koden er forkert eller allerede brugt. Vent på den næste kode, og prøv igen.",
  secondFactorTitle: "Bekræft med din kode",
  secondFactorIntro:
    "Du er logget ind gennem kommunens login. Din bruger har totrinsbekræftelse, så skriv koden fra din godkender-app for at fortsætte.",
  secondFactorContinue: "Fortsæt",
  twoFactorTitle: "Totrinsbekræftelse",
  twoFactorIntro:
    "Med totrinsbekræftelse skal du ud over adgangskoden skrive en kode fra en godkender-app på din telefon (fx Microsoft Authenticator eller Google Authenticator), når du logger ind.",
  twoFactorRequired:
    "Skolen kræver totrinsbekræftelse for din rolle. Du skal slå det til, før du kan arbejde videre.",
  twoFactorEnabled: "Totrinsbekræftelse er slået til.",
  twoFactorRecoveryLeft: "Du har {count} ubrugte gendannelseskoder.",
  twoFactorStart: "Slå totrinsbekræftelse til",
  twoFactorScan:
    "Scan QR-koden med din godkender-app, eller skriv nøglen ind i appen. Nøglen vises kun denne ene gang.",
  twoFactorSecret: "Nøgle",
  twoFactorConfirmLabel: "Kode fra appen",
  twoFactorConfirm: "Bekræft og slå til",
  twoFactorConfirmFailed:
    "Koden passer ikke. Tjek at telefonens ur går rigtigt, og prøv med den næste kode.",
  twoFactorRecoveryTitle: "Dine gendannelseskoder",
  twoFactorRecoveryIntro:
    "Gem kodene et sikkert sted (fx udskrevet i en aflåst skuffe). Hver kode kan bruges én gang, hvis du ikke har din telefon. De vises ikke igen.",
  twoFactorContinue: "Jeg har gemt kodene — fortsæt",
  twoFactorLostPhone:
    "Har du mistet din telefon og dine gendannelseskoder, kan skolens administrator nulstille din totrinsbekræftelse.",
  adminTotpTitle: "Totrinsbekræftelse",
  adminTotpRequire: "Kræv totrinsbekræftelse for roller med egne notater",
  adminTotpRequireHint:
    "Gælder trivselspersoner, PPR-psykologer, sundhedsplejersker, rådgivere og SSP-lærere på skolen. De skal slå det til, næste gang de logger ind.",
  adminTotpSaved: "Skolens krav om totrinsbekræftelse er gemt.",
  adminTotpStatusOn: "Totrinsbekræftelse er slået til.",
  adminTotpStatusOff: "Totrinsbekræftelse er ikke slået til.",
  adminTotpResetIntro:
    "Har medarbejderen mistet sin telefon og sine gendannelseskoder, kan du nulstille totrinsbekræftelsen. Medarbejderen slår den til igen ved næste login.",
  adminTotpResetConfirm: "Ja, nulstil totrinsbekræftelsen",
  adminTotpReset: "Nulstil totrinsbekræftelse",
  adminTotpResetDone: "Totrinsbekræftelsen er nulstillet.",
  qrAlt: "QR-kode til godkender-appen",
} as const;

export default auth;
