import type { Messages } from "../da";

const home: Messages["home"] = {
  worklist: {
    title: "Worklist",
    intro: "What is waiting for you today.",
    newConcerns: "New concerns",
    followUps: "Follow-ups due",
    absence: "Pupils over the absence threshold without follow-up",
    consents: "Consents expiring soon",
    myActions: "My actions",
    nextMeeting: "Next wellbeing forum",
    emptySection: "Nothing here right now.",
  },
  dashboard: {
    title: "Overview",
    intro:
      "The school's wellbeing work in figures. Groups smaller than 5 show as “<5”, so no pupil can be identified.",
    empty: "There is not yet enough data for an overview.",
  },
  forum: {
    title: "Wellbeing forum",
    intro:
      "Meetings you take part in, and what is shared with the forum about pupils with consent.",
    empty: "You have not been invited to any meetings yet.",
  },
  concerns: {
    title: "My concerns",
    intro:
      "Concerns you have raised and how far they have come. The case work itself is the coordinator's.",
    empty: "You have not raised any concerns.",
  },
  actions: {
    title: "My actions",
    intro: "Actions you are responsible for, from action plans and class conferences.",
    empty: "You have no open actions.",
  },
  welcome: "Welcome, {name}",
};

export default home;
