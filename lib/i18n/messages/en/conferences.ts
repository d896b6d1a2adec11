import type { Messages } from "../da";

const conferences: Messages["conferences"] = {
  title: "",
};

export default conferences;
