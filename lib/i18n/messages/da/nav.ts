const nav = {
  worklist: "Arbejdsliste",
  pupils: "Elever",
  classes: "Klasser",
  forum: "Trivselsforum",
  actions: "Mine opgaver",
  concerns: "Bekymringer",
  myConcerns: "Mine bekymringer",
  dashboard: "Overblik",
  admin: "Administration",
  absence: "Fravær",
  groups: "Grupper",
  municipality: "Kommunen",
  conferences: "Klassekonferencer",
  privacy: "Databeskyttelse",
} as const;

export default nav;
