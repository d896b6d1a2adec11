const adminPupils = {
  title: "",
} as const;

export default adminPupils;
