import type { Messages } from "../da";

const adminPupils: Messages["adminPupils"] = {
  title: "",
};

export default adminPupils;
