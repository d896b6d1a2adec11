import type { Messages } from "../da";

const adminSchools: Messages["adminSchools"] = {
  title: "",
};

export default adminSchools;
