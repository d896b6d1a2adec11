/** Concerns (bekymringer): raise, list, read, handle. */
export { defaultSourceFor, raiseConcern } from "./raise-concern";
export {
  findPupilsForConcern,
  listPickerClasses,
  PICKER_LIMIT,
  type PickerClass,
  type PickerResult,
} from "./pupil-picker";
export {
  CONCERNS_PER_PAGE,
  listConcernClassFilter,
  listMyConcerns,
  listSchoolConcerns,
  type ClassFilterOption,
  type ConcernPage,
} from "./list-concerns";
export {
  getConcern,
  type ConcernDetail,
  type ConcernStatusView,
  type ConcernView,
} from "./get-concern";
export { listCoordinatorOptions, manageConcern, type CoordinatorOption } from "./manage-concern";
export type { ConcernRow, ConcernStatusRow, PupilLabel } from "./shared";
