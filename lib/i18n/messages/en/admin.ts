import type { Messages } from "../da";

const admin: Messages["admin"] = {
  title: "Administration",
  intro: "Schools, classes, pupils, guardians and staff. Administrators see no case content.",
  schools: "Schools",
  schoolsHint: "Name, institution number and active schools.",
  classes: "Classes",
  classesHint: "Classes and class teachers for the school year.",
  pupils: "Pupils and guardians",
  pupilsHint: "Pupils, guardians and parental authority.",
  staff: "Staff",
  staffHint: "Users and their roles at the school.",
};

export default admin;
