import type { Messages } from "../da";

const adminPupils: Messages["adminPupils"] = {
  title: "Pupils and parents",
  intro:
    "The school's pupils and their parents and guardians. There is no case content here, but the information is confidential: every search, every look-up and every change is logged.",
  newPupil: "New pupil",
  createPupil: "Create pupil",
  newPupilIntro:
    "Create the pupil with name, date of birth and pupil number. You add parents and guardians afterwards on the pupil's page.",
  caption: "Pupils, sorted by class and name",
  pagination: "Pages of the pupil list",
  empty: "No pupils match the search.",
  noClass: "No class",
  classOption: "{name} ({schoolYear})",
  classOptionInactive: "{name} ({schoolYear}, inactive)",
  search: {
    label: "Search for pupils",
    query: "Name or pupil number",
    queryHint: "E.g. “anna jen” or the pupil number.",
    class: "Class",
    allClasses: "All classes",
    withoutClass: "Without a class",
    status: "Show",
    active: "Current pupils",
    left: "Pupils who have left",
    all: "All pupils",
  },
  fields: {
    name: "Name",
    firstName: "First name",
    lastName: "Last name",
    dateOfBirth: "Date of birth",
    externalId: "Pupil number",
    externalIdHint:
      "The pupil's number in the school's administrative system. It is used when absence is imported and must be unique at the school.",
    class: "Class",
    classHint: "Only active classes can be chosen.",
    status: "Status",
  },
  status: {
    active: "At the school",
    left: "Left {date}",
    legalHold: "Deletion on hold",
    legalHoldHint: "Deletion of the pupil's data has been put on hold.",
  },
  pupil: {
    details: "Pupil details",
    summary: "{class} · pupil number {externalId} · born {dateOfBirth}",
    summaryNoClass: "No class · pupil number {externalId} · born {dateOfBirth}",
  },
  leave: {
    title: "Leaving the school",
    intro:
      "When a pupil has left or moved away, they disappear from lists and searches of current pupils. Their data is deleted only when the retention period, counted from the leaving date, has run out.",
    leftOn: "Leaving date",
    leftOnHint: "The last day the pupil attended the school.",
    submit: "Mark the pupil as left",
    leftIntro:
      "The pupil left on {date}. If the pupil comes back, or the leaving was a mistake, the pupil can be made active again.",
    reactivate: "Make the pupil active again",
  },
  guardians: {
    title: "Parents and guardians",
    authorityExplained:
      "Only parents and guardians with parental authority can give consent, e.g. to the pupil being discussed in the wellbeing forum. A parent without parental authority only has the right to be informed.",
    empty: "No parents or guardians are recorded for the pupil.",
    add: "Add a parent or guardian",
    edit: "Edit details of {name}",
    remove: "Remove {name}",
    name: "Name",
    relation: "Relation to the pupil",
    relationHint: "E.g. mother, father, foster mother or guardian.",
    contact: "Contact details",
    email: "Email",
    phone: "Phone",
    address: "Address",
    hasParentalAuthority: "Has parental authority",
    hasParentalAuthorityHint:
      "Tick only if the person shares parental authority. Only they can give consent.",
    authority: "Parental authority",
    informationOnly: "Right to be informed only",
    noContact: "No contact details",
    confirmRemove: "Yes, remove {name} from the pupil's parents and guardians",
    removeHint:
      "This cannot be undone. A parent who has given or withdrawn consent cannot be removed.",
    removeSubmit: "Remove",
  },
  notices: {
    created: "The pupil has been created. Add the pupil's parents and guardians below.",
    left: "The pupil has been marked as left.",
    reactivated: "The pupil is active again.",
    guardianRemoved: "The parent or guardian has been removed.",
  },
  saved: "The pupil's details have been saved.",
  guardianAdded: "The parent or guardian has been added.",
  guardianSaved: "The parent's or guardian's details have been saved.",
  errors: {
    duplicateExternalId: "A pupil with that pupil number already exists at the school.",
    dateOfBirthTooEarly: "The date of birth is too far back. Check the year.",
    classInactive: "The class is no longer active. Choose an active class.",
    confirmRemove: "Tick the box to confirm that the parent or guardian is to be removed.",
    guardianHasConsents:
      "The person is named in a recorded consent and cannot be removed, as the consent's history must be kept. Remove the parental authority instead if it has ended.",
  },
};

export default adminPupils;
