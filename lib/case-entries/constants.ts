/** Choices within the kinds' fields; plain values, importable by client components. */
export const CONVERSATION_WITH = ["PUPIL", "PARENTS", "BOTH"] as const;
export const CONTACT_METHODS = [
  "PHONE",
  "MEETING",
  "HOME_VISIT",
  "PICKED_UP_AT_HOME",
  "LETTER",
] as const;
export const HANDOVER_DIRECTIONS = ["INCOMING", "OUTGOING"] as const;
