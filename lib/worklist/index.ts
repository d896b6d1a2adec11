export {
  getWorklist,
  type Worklist,
  type WorklistConcern,
  type WorklistConsent,
  type WorklistFollowUp,
  type WorklistMeeting,
} from "./get-worklist";
export type { AbsenceFlag, AbsenceSection } from "./absence";
