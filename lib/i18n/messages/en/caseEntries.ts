import type { Messages } from "../da";

const caseEntries: Messages["caseEntries"] = {
  title: "",
};

export default caseEntries;
