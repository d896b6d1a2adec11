const home = {
  worklist: {
    title: "Arbejdsliste",
    intro: "Det, der venter på dig i dag.",
    newConcerns: "Nye bekymringer",
    followUps: "Opfølgninger, der er forfaldne",
    absence: "Elever over fraværsgrænsen uden opfølgning",
    consents: "Samtykker, der udløber snart",
    myActions: "Mine opgaver",
    nextMeeting: "Næste Trivselsforum",
    emptySection: "Intet her lige nu.",
  },
  dashboard: {
    title: "Overblik",
    intro:
      "Skolens trivselsarbejde i tal. Små grupper under 5 vises som «<5», så ingen elev kan genkendes.",
    empty: "Der er endnu ikke data nok til et overblik.",
  },
  forum: {
    title: "Trivselsforum",
    intro: "Møder, du deltager i, og det, der er delt med forum om elever med samtykke.",
    empty: "Du er ikke inviteret til nogen møder endnu.",
  },
  concerns: {
    title: "Mine bekymringer",
    intro:
      "Bekymringer, du har meldt, og hvor langt de er. Selve sagsarbejdet ser trivselspersonen.",
    empty: "Du har ikke meldt nogen bekymringer.",
  },
  actions: {
    title: "Mine opgaver",
    intro: "Opgaver, du er ansvarlig for, fra handleplaner og klassekonferencer.",
    empty: "Du har ingen åbne opgaver.",
  },
  welcome: "Velkommen, {name}",
} as const;

export default home;
