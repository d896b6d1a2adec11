import type { Messages } from "../da";

const thresholds: Messages["thresholds"] = {
  title: "Absence thresholds",
  intro:
    "When a pupil appears on the wellbeing coordinator's worklist. The defaults follow the rules: at 10 % unlawful absence in a quarter the parents get a written warning; at 15 % the school leader notifies the municipality. Concerning patterns count all absence.",
  unlawful: "Unlawful absence in the quarter",
  unauthorisedWarningPct: "Written warning to the parents at (%)",
  unauthorisedNotifyPct: "The school leader notifies the municipality at (%)",
  pattern: "Concerning pattern (all absence)",
  patternDays: "Days of absence",
  patternWindowDays: "out of the most recent school days",
  patternHint: "E.g. 15 of the last 60 school days.",
  consecutiveDays: "Consecutive days of absence",
  consecutiveHint: "E.g. 5 school days in a row.",
  defaults: "The school uses the defaults. They are saved the first time you change them.",
  saved: "The absence thresholds have been saved.",
  errors: {
    notifyBelowWarning:
      "The notification threshold cannot be lower than the written-warning threshold.",
    patternLongerThanWindow: "The days of absence cannot exceed the school days counted over.",
  },
};

export default thresholds;
