const admin = {
  title: "Administration",
  intro:
    "Skoler, klasser, elever, forældre og medarbejdere. Administratorer ser ingen sagsindhold.",
  schools: "Skoler",
  schoolsHint: "Navn, institutionsnummer og aktive skoler.",
  classes: "Klasser",
  classesHint: "Klasser og klasselærere for skoleåret.",
  pupils: "Elever og forældre",
  pupilsHint: "Elever, forældre og forældremyndighed.",
  staff: "Medarbejdere",
  staffHint: "Brugere og deres roller på skolen.",
} as const;

export default admin;
