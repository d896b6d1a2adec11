import type { Messages } from "../da";

const pupils: Messages["pupils"] = {
  title: "Pupils",
  intro: "Find a pupil and open their wellbeing record. Every search and every look-up is logged.",
  searchLabel: "Search for a pupil",
  query: "Name",
  queryHint: "Type first name, last name or both.",
  class: "Class",
  allClasses: "All classes",
  searchButton: "Search",
  startHint: "Search by name, or choose a class.",
  noHits: "No pupils match the search.",
  caption: "Pupils matching the search",
  tooMany: "Showing the first {count}. Type more of the name to find the pupil.",
  name: "Name",
  openConcerns: "Open concerns",
  consent: "Consent for the forum",
  consentYes: "Valid",
  consentNo: "None",
  header: {
    born: "Born {date}",
    noClass: "No class",
    left: "Left the school",
    guardians: "Parents and guardians",
    noGuardians: "No parents or guardians registered.",
    authority: "Parental authority",
    informOnly: "Right to be informed only",
    openConcerns: "Open concerns",
    noOpenConcerns: "No open concerns.",
    noOwnOpenConcerns:
      "No open concerns that you raised. Only the coordinator and the leadership see concerns raised by others.",
    consent: "Consent for the wellbeing forum",
    consentUntil: "Valid until {date}",
    noConsent:
      "No valid consent. The pupil can only be discussed anonymously in the forum unless the parents attend.",
    absence: "Absence, last 60 days",
    absenceFigure: "{days} of {schoolDays} school days ({percent} %)",
    noAbsence: "No absence registered.",
  },
};

export default pupils;
