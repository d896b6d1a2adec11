const caseEntries = {
  title: "",
} as const;

export default caseEntries;
