import type { Messages } from "../da";

const emergencyAccess: Messages["emergencyAccess"] = {
  nav: "Emergency access",
  offer: {
    title: "Emergency access",
    text: "Parts of {pupil}'s record are closed to you. If there is acute concern for the child, you can get emergency access to the record for {hours} hours. You must give a reason, and the school's leadership is told.",
    button: "Emergency access",
  },
  form: {
    title: "Emergency access to {pupil}",
    intro:
      "Use emergency access only when there is acute concern for the child and it cannot wait for the wellbeing coordinator or the parents' consent.",
    rules: {
      reads:
        "You can read the entries the wellbeing coordinator and the forum can read. Other professions' notes and private notes stay closed.",
      expires:
        "The access covers this pupil only and runs out after {hours} hours. You can end it earlier.",
      writes: "You cannot write or change more than you already can.",
      audited:
        "The school's leadership is told and reviews your emergency access afterwards. Everything you open is logged.",
    },
    category: "What is it about?",
    choose: "Choose …",
    reason: "Reason",
    reasonHint:
      "What has happened, and why can it not wait? At least {min} characters. The leadership reads the reason.",
    submit: "Open the record with emergency access",
    cancel: "Cancel",
  },
  categories: {
    CHILD_SAFETY: "Acute concern for the child's safety",
    SELF_HARM: "Risk that the child harms themself",
    VIOLENCE_OR_ABUSE: "Suspected violence or abuse",
    OTHER: "Other acute situation (explain in the reason)",
  },
  banner: {
    title: "Emergency access to {pupil} expires at {time} on {date}",
    text: "You are reading the record with emergency access. Everything you open is logged, and the leadership reviews the access.",
    end: "End emergency access",
  },
  started: "You now have emergency access to the record.",
  ended: "The emergency access has ended.",
  review: {
    title: "Emergency access",
    intro:
      "Every time someone opens a pupil's record with emergency access, it lands here. Read the reason and mark the access reviewed with a comment.",
    pending: "Waiting for review",
    reviewed: "Reviewed",
    empty: "There has been no emergency access at the school.",
    emptyPending: "No emergency access is waiting for review.",
    by: "{name} ({roles})",
    pupil: "Pupil",
    category: "Category",
    reason: "Reason",
    period: "Period",
    running: "Started {start} · runs until {end}",
    expired: "Started {start} · expired {end}",
    endedByUser: "Started {start} · ended {end}",
    comment: "Comment on the review",
    commentHint: "E.g. whether the access was justified and whether to follow up.",
    submit: "Mark as reviewed",
    reviewedBy: "Reviewed by {name} {date}",
    own: "Your own emergency access is reviewed by someone else in the leadership.",
    done: "The emergency access is marked as reviewed.",
  },
  notice: {
    one: "1 emergency access is waiting for your review.",
    many: "{count} emergency accesses are waiting for your review.",
    link: "Go to emergency access",
  },
  errors: {
    ownAccess: "You cannot review your own emergency access.",
  },
};

export default emergencyAccess;
