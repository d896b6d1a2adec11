import type { Messages } from "../da";

const absence: Messages["absence"] = {
  title: "Absence",
  manual: {
    title: "Absence for {pupil}",
    intro:
      "Registered days of absence over the last four months. Imported days and days registered here are kept together.",
    empty: "No absence registered in the last four months.",
    caption: "Days of absence, newest first",
    date: "Date",
    kind: "Kind",
    lessons: "Lessons",
    wholeDay: "Whole day",
    reason: "The parents' explanation",
    source: "Source",
    sources: { IMPORT: "Import", MANUAL: "Registered here" },
    kinds: { ILLNESS: "Ill", AUTHORISED: "Authorised", UNAUTHORISED: "Unauthorised" },
    record: "Register absence",
    recordHint:
      "Every school day of the period is registered. A day already registered takes the new kind.",
    from: "From",
    to: "To",
    lessonsHint: "Only if the pupil was away for part of the day.",
    recorded: "{days} school days registered.",
    reasonTitle: "The parents' explanation",
    reasonHint:
      "Written on the registered days of absence in the period. When the parents call, note what they say.",
    saveReason: "Save explanation",
    reasonSaved: "The explanation is written on {days} days.",
    open: "Absence",
    errors: {
      order: "The end date must be after the start date.",
      tooLong: "Register at most three months at a time.",
      noSchoolDays:
        "The period has no school days (only weekends, public holidays or the school's holidays).",
      nothingRegistered: "No absence is registered in the period.",
    },
  },
  import: {
    title: "Import absence",
    intro:
      "Load a file of absence from the school's administrative system. The whole file is checked first and you see a report. Nothing is imported until you confirm — and then all of it or nothing.",
    file: "File from the administrative system (CSV)",
    fileHint:
      "Columns: pupil number, date (or from and to), type (syg, lovligt, ulovligt) and optionally lessons.",
    exampleTitle: "Example of a file",
    example:
      "elevnummer;dato;type;lektioner\nE1001;03-11-2026;syg;\nE1001;04-11-2026;ulovligt;2\nE1002;05-11-2026;lovligt;",
    chooseFile: "Choose a file first.",
    check: "Check the file",
    phase: {
      read: "Reading the file …",
      check: "Checking {done} of {total} days …",
      import: "Importing {done} of {total} days …",
    },
    reportTitle: "Check of {file}",
    doneTitle: "The absence has been imported",
    lines: "Lines in the file",
    days: "Days of absence",
    pupils: "Pupils",
    newDays: "New days",
    changedDays: "Changed days",
    unchangedDays: "Unchanged days",
    period: "From {from} to {to}",
    refused: "{count} line(s) cannot be imported:",
    refusedCaption: "Lines that cannot be imported",
    line: "Line",
    reason: "Why",
    value: "Value",
    moreProblems: "… and {count} more.",
    unknown: "Unknown pupil numbers: {ids}",
    fixFirst: "Correct the errors in the file and check it again. Nothing has been imported.",
    confirm: "Import {count} days",
    alreadyImported: "The file has already been imported. There is nothing to change.",
    nothingNew: "Everything in the file is already registered. There is nothing to change.",
    done: "{count} days written.",
    toWorklist: "See pupils over the absence threshold on the worklist",
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
      noSchool: "The school is closed that day (a public holiday or the school's holiday).",
      unknownPupil: "No pupil of the school has that pupil number.",
      conflict: "The same pupil and day appear several times in the file with different kinds.",
      changed: "The file is not the one that was checked. Check it again.",
      notClean:
        "The file has errors. Correct them in the file and check it again — nothing was imported.",
    },
  },
};

export default absence;
