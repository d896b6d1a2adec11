import type { Messages } from "../da";

const classes: Messages["classes"] = {
  title: "",
};

export default classes;
