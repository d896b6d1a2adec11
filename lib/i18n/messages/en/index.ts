import type { Messages } from "../da";
import admin from "./admin";
import adminClasses from "./adminClasses";
import adminPupils from "./adminPupils";
import adminSchools from "./adminSchools";
import adminStaff from "./adminStaff";
import auth from "./auth";
import common from "./common";
import home from "./home";
import nav from "./nav";
import roles from "./roles";
import validation from "./validation";

export const en: Messages = {
  common,
  auth,
  nav,
  roles,
  validation,
  home,
  admin,
  adminSchools,
  adminClasses,
  adminPupils,
  adminStaff,
};
