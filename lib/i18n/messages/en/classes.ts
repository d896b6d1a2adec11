import type { Messages } from "../da";

const classes: Messages["classes"] = {
  title: "Classes",
  intro:
    "This school year's classes: class work, focus pupils and groups. Open a class to see its log and write up class work.",
  caption: "This school year's classes",
  empty: "There are no active classes in the school year {schoolYear}.",
  columns: {
    class: "Class",
    pupils: "Pupils",
    teachers: "Class teachers",
    latestClassWork: "Latest class work",
    focusPupils: "Focus pupils",
  },
  noClassWorkYet: "None yet",
  focusCount: "{count} focus pupils",
  noFocus: "None",
  noTeachers: "No class teachers registered",
  classTitle: "Class {name}",
  classIntro: "School year {schoolYear} · Class teachers: {teachers}",
  inactive: "The class is no longer active.",
  backToClasses: "All classes",
  work: {
    title: "Class work",
    intro: "What was done with the class and what was observed. Newest first.",
    empty: "No class work has been written up for this class yet.",
    newTitle: "Write up class work",
    heldOn: "Date",
    heading: "Heading",
    headingHint: "E.g. “The good class”, “Language” or “Follow-up on the wellbeing survey”.",
    description: "What was done?",
    observations: "Observations",
    observationsHint:
      "How did the class work? Write about the class — notes on a single pupil belong in that pupil's record.",
    observationsHeading: "Observations",
    writtenBy: "Written by {name}",
    submit: "Save class work",
    edit: "Edit “{title}”",
    logged: "The class work has been saved.",
    updated: "Your changes have been saved.",
    listLabel: "The class's class work",
  },
  pupils: {
    title: "Pupils ({count})",
    empty: "The class has no pupils.",
    listLabel: "The class's pupils",
  },
  focus: {
    title: "Focus pupils",
    from: "From {title} on {date}.",
    none: "The class has no focus pupils from the latest class conference.",
    noConference: "The class has not been reviewed at a class conference yet.",
    openConference: "Open the review",
    logged: "Each view of the focus pupils is logged per pupil.",
  },
  groups: {
    title: "Groups",
    intro: "Active groups that pupils of the class take part in.",
    empty: "No pupil of the class takes part in an active group.",
    pupilCount: "{count} from the class",
  },
};

export default classes;
