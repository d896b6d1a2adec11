/**
 * Why a pupil's data was used (DESIGN.md §8): one fixed purpose per place that reads it, stored
 * as this code in the audit trail and shown in the access report in the reader's language
 * (messages `privacy.purposes.*`). Every audited read names one (lib/audit), and PostgreSQL
 * refuses a read row without one (a trigger; docs/decisions/0024).
 */
export const AUDIT_PURPOSES = [
  "worklist",
  "case-work",
  "entry-form",
  "entry-edit",
  "entry-history",
  "family-page",
  "concern",
  "my-tasks",
  "forum-preparation",
  "forum-meeting",
  "class-work",
  "class-conference",
  "group-work",
  "absence-follow-up",
  "absence-import",
  "consent",
  "pupil-search",
  "administration",
  "dashboard",
  "dashboard-export",
  "data-protection",
  "access-report",
  "access-request",
  "legal-hold",
  "emergency-access",
  "emergency-access-review",
  "retention",
] as const;

export type AuditPurpose = (typeof AUDIT_PURPOSES)[number];

export function isAuditPurpose(value: unknown): value is AuditPurpose {
  return typeof value === "string" && (AUDIT_PURPOSES as readonly string[]).includes(value);
}

/**
 * The read actions' last word: an audited read is named "<entity>.<one of these>", so the
 * database can tell a read from a write and refuse a read without a purpose.
 */
export const READ_VERBS = [
  "read",
  "list",
  "list-own",
  "search",
  "export",
  "print",
  "history",
  "options",
  "candidates",
  "calendar",
  "review-list",
  "check",
] as const;

/** The same rule as the database's trigger (migration audit_read_purpose). */
export const READ_ACTION = new RegExp(`\\.(${READ_VERBS.join("|")})$`);
