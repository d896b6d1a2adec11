const adminSchools = {
  title: "Skoler",
  intro:
    "De skoler, du er administrator på. En skole, der lukker, gøres inaktiv — den slettes ikke, for dens elever, sager og log skal bevares.",
  caption: "Skoler, du er administrator på",
  empty: "Du er ikke administrator på nogen skoler.",
  name: "Navn",
  code: "Institutionsnummer",
  codeHint: "6 cifre fra Institutionsregistret, fx 280001.",
  municipality: "Kommune",
  activeSchool: "Du arbejder her nu",
  newSchool: "Ny skole",
  newSchoolIntro:
    "Skolen oprettes i {municipality}, og du bliver administrator på den. Vælg den under Skift skole for at arbejde med den.",
  editSchool: "Rediger {name}",
  activeLabel: "Skolen er aktiv",
  activeHint: "Ingen kan logge ind på en inaktiv skole.",
  activeSchoolHint: "Du arbejder på skolen nu, så den kan ikke gøres inaktiv herfra.",
  created: "Skolen er oprettet, og du er administrator på den. Vælg den under Skift skole.",
  updated: "Skolen er gemt.",
  codeFormat: "Institutionsnummeret er 6 cifre, fx 280001.",
  codeTaken: "En anden skole har allerede det institutionsnummer.",
  cannotDeactivateActive:
    "Du kan ikke gøre den skole inaktiv, som du arbejder på nu. Skift til en anden skole først.",
} as const;

export default adminSchools;
