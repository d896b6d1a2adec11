import type { Messages } from "../da";

const roles: Messages["roles"] = {
  TRIVSELSPERSON: "Wellbeing coordinator",
  LEADERSHIP: "School leadership",
  PPR: "PPR psychologist",
  HEALTH_NURSE: "Health nurse",
  FAMILY_COUNSELLOR: "Family counsellor",
  SSP: "SSP teacher",
  TEACHER: "Teacher",
  MUNICIPALITY: "Municipal consultant",
  ADMIN: "Administrator",
};

export default roles;
