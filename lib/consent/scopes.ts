/** What a consent can cover; plain values, importable by client components. */
export const CONSENT_SCOPES = [
  "FORUM",
  "PPR",
  "HEALTH_NURSE",
  "FAMILY_COUNSELLOR",
  "EXTERNAL",
] as const;
