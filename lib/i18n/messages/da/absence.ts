const absence = {
  title: "Fravær",
  import: {
    title: "Importér fravær",
    intro:
      "Indlæs en fil med fravær fra skolens administrative system. Hele filen kontrolleres først, og du ser en rapport. Der importeres først, når du bekræfter — og så alt eller intet.",
    file: "Fil fra det administrative system (CSV)",
    fileHint:
      "Kolonner: elevnummer, dato (eller fra og til), type (syg, lovligt, ulovligt) og evt. lektioner.",
    exampleTitle: "Eksempel på en fil",
    example:
      "elevnummer;dato;type;lektioner\nE1001;03-11-2026;syg;\nE1001;04-11-2026;ulovligt;2\nE1002;05-11-2026;lovligt;",
    chooseFile: "Vælg en fil først.",
    check: "Kontrollér filen",
    phase: {
      read: "Læser filen …",
      check: "Kontrollerer {done} af {total} dage …",
      import: "Importerer {done} af {total} dage …",
    },
    reportTitle: "Kontrol af {file}",
    doneTitle: "Fraværet er importeret",
    lines: "Linjer i filen",
    days: "Fraværsdage",
    pupils: "Elever",
    newDays: "Nye dage",
    changedDays: "Ændrede dage",
    unchangedDays: "Uændrede dage",
    period: "Fra {from} til {to}",
    refused: "{count} linje(r) kan ikke importeres:",
    refusedCaption: "Linjer, der ikke kan importeres",
    line: "Linje",
    reason: "Hvorfor",
    value: "Værdi",
    moreProblems: "… og {count} mere.",
    unknown: "Ukendte elevnumre: {ids}",
    fixFirst: "Ret fejlene i filen, og kontrollér den igen. Der er ikke importeret noget.",
    confirm: "Importér {count} dage",
    alreadyImported: "Filen er allerede importeret. Der er intet at ændre.",
    nothingNew: "Alt i filen er allerede registreret. Der er intet at ændre.",
    done: "{count} dage er skrevet.",
    toWorklist: "Se elever over fraværsgrænsen på arbejdslisten",
    errors: {
      unreadable:
        "Filen kan ikke læses som CSV. Gem den som CSV (semikolon- eller kommasepareret) og prøv igen.",
      header:
        "Filens første linje skal navngive kolonnerne: elevnummer, dato (eller fra og til) og type — fx »elevnummer;dato;type;lektioner«.",
      noPupil: "Elevnummer mangler.",
      kind: "Ukendt fraværstype. Brug syg, lovligt eller ulovligt.",
      lessons: "Antal lektioner skal være et helt tal fra 1 til 12.",
      date: "Ugyldig dato. Brug fx 2026-11-21 eller 21-11-2026.",
      period: "Perioden er ugyldig (slut før start, eller længere end et år).",
      future: "Datoen ligger ude i fremtiden.",
      weekend: "Datoen er en lørdag eller søndag.",
      unknownPupil: "Der findes ingen elev med det elevnummer på skolen.",
      conflict: "Samme elev og dag står flere gange i filen med forskellig fraværstype.",
      changed: "Filen er ikke den samme som den, der blev kontrolleret. Kontrollér den igen.",
      notClean: "Filen har fejl. Ret dem i filen og kontrollér den igen — intet er importeret.",
    },
  },
} as const;

export default absence;
