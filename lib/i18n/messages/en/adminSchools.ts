import type { Messages } from "../da";

const adminSchools: Messages["adminSchools"] = {
  title: "Schools",
  intro:
    "The schools where you are administrator. A school that closes is made inactive — not deleted, as its pupils, cases and log must be kept.",
  caption: "Schools where you are administrator",
  empty: "You are not administrator at any school.",
  name: "Name",
  code: "Institution number",
  codeHint: "6 digits from the institution register, e.g. 280001.",
  municipality: "Municipality",
  activeSchool: "You are working here now",
  newSchool: "New school",
  newSchoolIntro:
    "The school is created in {municipality}, and you become its administrator. Choose it under Switch school to work with it.",
  editSchool: "Edit {name}",
  activeLabel: "The school is active",
  activeHint: "Nobody can sign in at an inactive school.",
  activeSchoolHint: "You are working at this school now, so it cannot be made inactive from here.",
  created:
    "The school has been created, and you are its administrator. Choose it under Switch school.",
  updated: "The school has been saved.",
  codeFormat: "The institution number is 6 digits, e.g. 280001.",
  codeTaken: "Another school already has that institution number.",
  cannotDeactivateActive:
    "You cannot make the school you are working at now inactive. Switch to another school first.",
};

export default adminSchools;
