/** The pages' "not found", audited: lib/auth/session.ts (kept here for the pages that import it). */
export { orNotFound } from "@/lib/auth/session";
