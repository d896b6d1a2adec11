import type { Messages } from "../da";

const adminStaff: Messages["adminStaff"] = {
  title: "",
};

export default adminStaff;
