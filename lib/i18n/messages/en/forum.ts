import type { Messages } from "../da";

const forum: Messages["forum"] = {
  title: "Wellbeing forum",
  gate: {
    refused:
      "The pupil cannot go on the agenda by name: there is no valid consent for discussion in the wellbeing forum on the day of the meeting, and the parents are not marked as attending. Add the case as an anonymous case, or obtain consent first.",
    guardiansNeeded:
      "Without the parents attending, the item needs valid consent for discussion in the forum, and there is none.",
    blocked:
      "The item is blocked: the consent for discussion in the forum has been withdrawn or has expired, and the parents do not attend. Discuss the case anonymously, or obtain new consent.",
  },
  plan: {
    feedbackRequired: "The parents did not attend: say who gives them feedback, and by when.",
  },
  errors: {
    time: "Enter a time such as 14:00.",
    endBeforeStart: "The meeting must end after it begins.",
    participant: "Choose an active member of staff in the municipality.",
    alreadyParticipant: "The person already takes part in the meeting.",
    responsible: "Choose one of the meeting's participants.",
    itemHasMinutes: "The item has minutes or an action plan and cannot be removed.",
  },
};

export default forum;
