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
};

/** The catalogue's shape, with every text widened to string: other locales must match it. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof da>;
