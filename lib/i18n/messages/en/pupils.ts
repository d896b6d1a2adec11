import type { Messages } from "../da";

const pupils: Messages["pupils"] = {
  title: "",
};

export default pupils;
