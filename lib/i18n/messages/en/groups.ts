import type { Messages } from "../da";

const groups: Messages["groups"] = {
  title: "",
};

export default groups;
