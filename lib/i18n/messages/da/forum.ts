const forum = {
  title: "Trivselsforum",
  gate: {
    refused:
      "Eleven kan ikke komme på dagsordenen med navn: der er intet gyldigt samtykke til drøftelse i Trivselsforum på mødedagen, og forældrene er ikke markeret som deltagere. Tilføj sagen som anonym sag, eller indhent samtykke først.",
    guardiansNeeded:
      "Uden forældrenes deltagelse kræver punktet et gyldigt samtykke til drøftelse i Trivselsforum, og det er der ikke.",
    blocked:
      "Punktet er spærret: samtykket til drøftelse i Trivselsforum er trukket tilbage eller udløbet, og forældrene deltager ikke. Drøft sagen anonymt, eller indhent nyt samtykke.",
  },
  plan: {
    feedbackRequired:
      "Forældrene deltog ikke: angiv, hvem der giver dem tilbagemelding, og senest hvornår.",
  },
  errors: {
    time: "Skriv et klokkeslæt som fx 14:00.",
    endBeforeStart: "Mødet skal slutte efter, at det begynder.",
    participant: "Vælg en aktiv medarbejder i kommunen.",
    alreadyParticipant: "Personen deltager allerede i mødet.",
    responsible: "Vælg en af mødets deltagere.",
    itemHasMinutes: "Punktet har referat eller handleplan og kan ikke fjernes.",
  },
} as const;

export default forum;
