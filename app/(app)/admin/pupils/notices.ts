import type { MessageKey } from "@/lib/i18n";

/**
 * What the pupil's page says after a change that took its form away (see actions.ts). Only these
 * names are read from the query string, so a link cannot make the page say anything else.
 */
const NOTICES = {
  created: "adminPupils.notices.created",
  left: "adminPupils.notices.left",
  reactivated: "adminPupils.notices.reactivated",
  "guardian-removed": "adminPupils.notices.guardianRemoved",
} as const satisfies Record<string, MessageKey>;

export type PupilNotice = keyof typeof NOTICES;

export function noticeMessage(value: unknown): MessageKey | null {
  return typeof value === "string" && Object.hasOwn(NOTICES, value)
    ? NOTICES[value as PupilNotice]
    : null;
}
