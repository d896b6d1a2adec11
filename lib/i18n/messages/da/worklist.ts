const worklist = {
  title: "",
} as const;

export default worklist;
