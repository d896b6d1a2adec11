const adminSchools = {
  title: "",
} as const;

export default adminSchools;
