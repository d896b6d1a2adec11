import type { Messages } from "../da";

const absence: Messages["absence"] = {
  title: "Absence",
  import: {
    title: "Import absence",
    intro:
      "Load a file of absence from the school's administrative system. The whole file is checked first and you see a report. Nothing is imported until you confirm — and then all of it or nothing.",
    errors: {
      unreadable:
        "The file cannot be read as CSV. Save it as CSV (semicolon or comma separated) and try again.",
      header:
        "The file's first line must name the columns: pupil number, date (or from and to) and type — e.g. “elevnummer;dato;type;lektioner”.",
      noPupil: "The pupil number is missing.",
      kind: "Unknown kind of absence. Use syg (ill), lovligt (authorised) or ulovligt (unauthorised).",
      lessons: "Lessons must be a whole number from 1 to 12.",
      date: "Invalid date. Use e.g. 2026-11-21 or 21-11-2026.",
      period: "The period is invalid (ends before it starts, or longer than a year).",
      future: "The date is in the future.",
      weekend: "The date is a Saturday or Sunday.",
      unknownPupil: "No pupil of the school has that pupil number.",
      conflict: "The same pupil and day appear several times in the file with different kinds.",
      changed: "The file is not the one that was checked. Check it again.",
      notClean:
        "The file has errors. Correct them in the file and check it again — nothing was imported.",
    },
  },
};

export default absence;
