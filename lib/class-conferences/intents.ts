/**
 * What the review form's buttons ask for: save and stay, save and go to the next class, mark the
 * class as reviewed, or open a reviewed class again. Shared by the form and the server.
 */
export const REVIEW_INTENTS = ["save", "next", "reviewed", "reopen"] as const;
export type ReviewIntent = (typeof REVIEW_INTENTS)[number];
