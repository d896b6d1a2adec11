import absence from "./absence";
import admin from "./admin";
import adminClasses from "./adminClasses";
import adminPupils from "./adminPupils";
import adminSchools from "./adminSchools";
import adminStaff from "./adminStaff";
import auth from "./auth";
import calendar from "./calendar";
import caseEntries from "./caseEntries";
import classes from "./classes";
import common from "./common";
import concerns from "./concerns";
import consent from "./consent";
import conferences from "./conferences";
import dashboard from "./dashboard";
import emergencyAccess from "./emergencyAccess";
import forum from "./forum";
import groups from "./groups";
import home from "./home";
import nav from "./nav";
import privacy from "./privacy";
import pupils from "./pupils";
import roles from "./roles";
import thresholds from "./thresholds";
import validation from "./validation";
import worklist from "./worklist";

export const da = {
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
  pupils,
  caseEntries,
  concerns,
  worklist,
  classes,
  groups,
  conferences,
  consent,
  forum,
  absence,
  thresholds,
  calendar,
  dashboard,
  emergencyAccess,
  privacy,
};

/** The catalogue's shape, with every text widened to string: other locales must match it. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof da>;
