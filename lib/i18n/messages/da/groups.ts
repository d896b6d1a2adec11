const groups = {
  title: "",
} as const;

export default groups;
