import type { Messages } from "../da";

const adminClasses: Messages["adminClasses"] = {
  title: "Classes",
  intro:
    "The school's classes per school year. A class that no longer exists is made inactive — not deleted, as its pupils' history points to it.",
  newClass: "New class",
  editClass: "Edit {name}",
  grade: "Grade",
  gradeHint: "0 is the reception class.",
  letter: "Stream",
  letterHint: "E.g. A or B.",
  schoolYear: "School year",
  schoolYearHint: "E.g. 2026/27.",
  pupils: "Pupils",
  teachers: "Class teachers",
  activeLabel: "The class is active",
  duplicate: "A class with that grade and stream already exists in the school year.",
  created: "The class has been created.",
  updated: "The class has been saved.",
  empty: "The school has no classes yet.",
  caption: "The school's classes",
  gradeOption: "Grade {grade}",
  gradeZero: "Grade 0 (reception class)",
};

export default adminClasses;
