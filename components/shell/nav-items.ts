import { can, type Actor, type Permission } from "@/lib/auth/policy";
import type { MessageKey } from "@/lib/i18n";

type NavItem = {
  href: string;
  label: MessageKey;
  permission: Permission;
  /** Hidden when the actor also has this permission (a wider item replaces it). */
  unless?: Permission;
};

/** The app's sections, each shown to those whose roles grant its permission. */
const NAV_ITEMS: NavItem[] = [
  { href: "/worklist", label: "nav.worklist", permission: "worklist:view" },
  { href: "/dashboard", label: "nav.dashboard", permission: "dashboard:view" },
  {
    href: "/emergency-access",
    label: "emergencyAccess.nav",
    permission: "emergency-access:review",
  },
  { href: "/municipality", label: "nav.municipality", permission: "dashboard:municipality" },
  { href: "/pupils", label: "nav.pupils", permission: "pupil:open-record" },
  { href: "/concerns", label: "nav.concerns", permission: "concern:read:all" },
  {
    href: "/concerns",
    label: "nav.myConcerns",
    permission: "concern:create",
    unless: "concern:read:all",
  },
  { href: "/classes", label: "nav.classes", permission: "class-work:manage" },
  { href: "/groups", label: "nav.groups", permission: "group:manage" },
  { href: "/class-conferences", label: "nav.conferences", permission: "class-conference:manage" },
  { href: "/absence", label: "nav.absence", permission: "absence:import" },
  { href: "/forum", label: "nav.forum", permission: "forum:participate" },
  { href: "/actions", label: "nav.actions", permission: "action:read:own" },
  { href: "/admin", label: "nav.admin", permission: "admin:pupils" },
  { href: "/admin/pupils", label: "admin.pupils", permission: "admin:pupils" },
  { href: "/admin/classes", label: "admin.classes", permission: "admin:classes" },
  { href: "/admin/staff", label: "admin.staff", permission: "admin:staff" },
  { href: "/admin/schools", label: "admin.schools", permission: "admin:schools" },
  { href: "/admin/thresholds", label: "thresholds.title", permission: "admin:schools" },
  { href: "/admin/calendar", label: "calendar.title", permission: "admin:schools" },
  { href: "/privacy", label: "nav.privacy", permission: "audit:read" },
];

/**
 * The navigation of an actor. `forumGuest`: invited to a forum meeting without a forum role
 * (a class teacher for their pupil's item, or a user with no role at the school).
 */
export function navItemsFor(actor: Actor, forumGuest = false): NavItem[] {
  const forum = NAV_ITEMS.find((item) => item.href === "/forum");
  return NAV_ITEMS.filter(
    (item) =>
      (forumGuest && item === forum) ||
      (can(actor, item.permission) && !(item.unless && can(actor, item.unless))),
  );
}
