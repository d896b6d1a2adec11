/** What a form's server action returns to the form (shared by server and client). */
export type FormState = {
  status: "idle" | "success" | "error";
  /** Shown above the form; already in the reader's language. */
  message?: string;
  /** The first problem per field, in the reader's language. */
  fieldErrors?: Record<string, string>;
  /** What was submitted, so a refused form keeps what the user typed. */
  values?: Record<string, string | string[]>;
  /** The session ran out before the form was sent: sign in again (another tab), then resend. */
  signedOut?: true;
};

export const initialFormState: FormState = { status: "idle" };
