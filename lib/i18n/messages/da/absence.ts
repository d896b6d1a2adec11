const absence = {
  title: "Fravær",
  import: {
    title: "Importér fravær",
    intro:
      "Indlæs en fil med fravær fra skolens administrative system. Hele filen kontrolleres først, og du ser en rapport. Der importeres først, når du bekræfter — og så alt eller intet.",
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
