import type { Messages } from "../da";

const nav: Messages["nav"] = {
  worklist: "Worklist",
  pupils: "Pupils",
  classes: "Classes",
  forum: "Wellbeing forum",
  actions: "My actions",
  concerns: "Concerns",
  myConcerns: "My concerns",
  dashboard: "Overview",
  admin: "Administration",
  absence: "Absence",
  groups: "Groups",
  municipality: "Municipality",
  conferences: "Class conferences",
  privacy: "Data protection",
};

export default nav;
