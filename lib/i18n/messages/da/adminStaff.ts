const adminStaff = {
  title: "",
} as const;

export default adminStaff;
