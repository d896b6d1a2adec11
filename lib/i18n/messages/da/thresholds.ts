const thresholds = {
  title: "Fraværsgrænser",
  intro:
    "Hvornår en elev kommer på trivselspersonens arbejdsliste. Standardværdierne følger reglerne: ved 10 % ulovligt fravær i et kvartal sendes en skriftlig henvendelse til forældrene, ved 15 % underretter skolelederen kommunen. Bekymrende mønstre tæller alt fravær.",
  unlawful: "Ulovligt fravær i kvartalet",
  unauthorisedWarningPct: "Skriftlig henvendelse til forældrene ved (%)",
  unauthorisedNotifyPct: "Skolelederen underretter kommunen ved (%)",
  pattern: "Bekymrende fraværsmønster (alt fravær)",
  patternDays: "Antal fraværsdage",
  patternWindowDays: "ud af de seneste skoledage",
  patternHint: "Fx 15 af de seneste 60 skoledage.",
  consecutiveDays: "Sammenhængende fraværsdage",
  consecutiveHint: "Fx 5 skoledage i træk.",
  defaults: "Skolen bruger standardværdierne. De gemmes, første gang du retter dem.",
  saved: "Fraværsgrænserne er gemt.",
  errors: {
    notifyBelowWarning:
      "Grænsen for underretning kan ikke være lavere end grænsen for skriftlig henvendelse.",
    patternLongerThanWindow:
      "Antallet af fraværsdage kan ikke være større end antallet af skoledage, der tælles over.",
  },
} as const;

export default thresholds;
