import type { Messages } from "../da";

const consent: Messages["consent"] = {
  title: "Consents",
  intro:
    "Consents and refusals from guardians with parental authority. A consent is never edited: a change or a withdrawal becomes a new version, and the history is kept.",
  registerFor: "Consents for {pupil}",
  open: "Consents",
  empty: "No consents are registered for the pupil.",
  new: "Record consent or refusal",
  change: "Record a new version",
  changeIntro: "The current version stays in the history.",
  withdraw: "Withdraw",
  withdrawIntro: "Parents may withdraw a consent at any time. Record who and when.",
  withdrawSubmit: "Record withdrawal",
  withdrawnSaved: "The withdrawal is recorded.",
  saved: "The consent is recorded.",
  earlier: "Earlier versions ({count})",
  informOnly:
    "{names} do not hold parental authority and cannot consent, but have the right to be informed.",
  noGuardians:
    "The pupil has no registered guardians with parental authority. Contact the school's administrator.",
  states: {
    VALID: "Valid",
    NOT_YET_VALID: "Valid from {date}",
    EXPIRED: "Expired",
    WITHDRAWN: "Withdrawn",
    REFUSED: "Refused",
    SUPERSEDED: "Replaced",
  },
  decision: "Decision",
  decisions: {
    GIVEN: "Consent given",
    REFUSED: "Refused",
  },
  form: "Form",
  forms: {
    WRITTEN: "Written",
    ORAL: "Oral",
  },
  givenOn: "Date",
  oralNote: "How was it given?",
  oralNoteHint:
    "Oral consent: who spoke with whom, and how. E.g. “Phone call with mother, read back and confirmed”.",
  guardians: "Given by",
  guardiansHint: "Only guardians with parental authority.",
  scopes: "What does it cover?",
  scopeNames: {
    FORUM: "Discussion in the wellbeing forum",
    PPR: "Exchange with PPR",
    HEALTH_NURSE: "Exchange with the health nurse",
    FAMILY_COUNSELLOR: "Exchange with the family counsellor",
    EXTERNAL: "Exchange with an external partner",
  },
  externalPartner: "External partner",
  externalPartnerHint: "A service, not a person. E.g. “Child and adolescent psychiatry”.",
  purpose: "Purpose",
  purposeHint: "What will the information be used for?",
  purposeDefault:
    "So that the pupil's wellbeing can be discussed and the school and its partners can help together.",
  validFrom: "Valid from",
  validUntil: "Valid until",
  validUntilHint: "At most one year. Close to expiry the consent appears on the worklist.",
  pupilView: "The pupil's own view",
  pupilViewHint: "What does the pupil say? Especially important for older pupils.",
  withdrawnOn: "Withdrawn on",
  withdrawnBy: "Withdrawn by",
  recordedBy: "Recorded by {name} {date}",
  withdrawnLine: "Withdrawn {date} by {name}",
  validLine: "{from} – {until}",
  errors: {
    guardians: "Choose at least one guardian with parental authority.",
    guardianAuthority:
      "Only guardians with parental authority over the pupil can give or withdraw consent.",
    oralNote: "Write how the oral consent was given.",
    externalPartner: "Write which partner the consent covers.",
    validUntil: "The end date must be after the start date.",
    tooLong: "A consent can be valid for at most one year at a time.",
    notWithdrawable: "Only a given consent that has not been withdrawn can be withdrawn.",
    withdrawnBeforeGiven: "A consent cannot be withdrawn before it was given.",
  },
};

export default consent;
