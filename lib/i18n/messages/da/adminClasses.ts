const adminClasses = {
  title: "Klasser",
  intro:
    "Skolens klasser pr. skoleår. En klasse, der ikke længere findes, gøres inaktiv — den slettes ikke, for elevernes historik peger på den.",
  newClass: "Ny klasse",
  editClass: "Rediger {name}",
  grade: "Klassetrin",
  gradeHint: "0 er børnehaveklassen.",
  letter: "Spor",
  letterHint: "Fx A eller B.",
  schoolYear: "Skoleår",
  schoolYearHint: "Fx 2026/27.",
  pupils: "Elever",
  teachers: "Klasselærere",
  activeLabel: "Klassen er aktiv",
  duplicate: "Der findes allerede en klasse med det klassetrin og spor i skoleåret.",
  created: "Klassen er oprettet.",
  updated: "Klassen er gemt.",
  empty: "Skolen har ingen klasser endnu.",
  caption: "Skolens klasser",
  gradeOption: "{grade}. klasse",
  gradeZero: "0. klasse (børnehaveklasse)",
} as const;

export default adminClasses;
