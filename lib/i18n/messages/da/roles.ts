const roles = {
  TRIVSELSPERSON: "Trivselsperson",
  LEADERSHIP: "Skoleledelse",
  PPR: "PPR-psykolog",
  HEALTH_NURSE: "Sundhedsplejerske",
  FAMILY_COUNSELLOR: "Rådgiver, Familiegruppen",
  SSP: "SSP-lærer",
  TEACHER: "Lærer / pædagog",
  MUNICIPALITY: "Kommunal konsulent",
  ADMIN: "Administrator",
} as const;

export default roles;
