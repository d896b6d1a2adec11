import type { Messages } from "../da";

const worklist: Messages["worklist"] = {
  title: "",
};

export default worklist;
