import type { Messages } from "../da";

const concerns: Messages["concerns"] = {
  title: "",
};

export default concerns;
