/**
 * The one wrapper every form's server action goes through (server actions are public HTTP
 * endpoints): it requires a signed-in actor at a school, parses the input with zod, runs the
 * domain function — which checks the permission itself — and turns every expected failure into a
 * clear message in the form. A refusal (the permission, or a record outside the actor's scope)
 * is written to the audit trail. Bad input never reaches the domain, so it changes nothing.
 *
 * A form sent after its session ran out (idle for SESSION_IDLE_MINUTES: a long note written
 * without a request in between) changes nothing either, but is not thrown away: the form keeps
 * what was typed and offers to sign in in another tab, after which the same button sends it.
 * Sending someone to the sign-in page instead would lose the note. (A session still to give its
 * second factor, or to choose its school, is sent to sign-in, which sends it on.)
 */
import "server-only";
import { redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { recordRefusal } from "@/lib/audit";
import { ForbiddenError, type Actor } from "@/lib/auth/policy";
import { getActor, getPendingSecondFactor, getSignedInUser } from "@/lib/auth/session";
import { DomainValidationError, NotFoundError, StaleVersionError } from "@/lib/errors";
import { isMessageKey, messagesFor, type Translate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";
import { formDataToObject } from "@/lib/validation";
import type { FormState } from "./form-state";

export type ActionOutcome = { message?: string } | void;

type FormActionDescription = { name: string; schema: z.ZodType };

const descriptions = new WeakMap<object, FormActionDescription>();

/**
 * The audit name and input schema an action was built with, so a test can reach every exported
 * action's validator (tests/integration/action-inputs.test.ts) without a second list of them.
 */
export function describeFormAction(action: unknown): FormActionDescription | undefined {
  return typeof action === "function" ? descriptions.get(action) : undefined;
}

export function formAction<Schema extends z.ZodType>(
  name: string,
  schema: Schema,
  handler: (input: z.output<Schema>, actor: Actor) => Promise<ActionOutcome>,
): (previous: FormState, formData: FormData) => Promise<FormState> {
  const action = async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const actor = await getActor();
    const t = await getT();
    const submitted = formDataToObject(formData);
    // Only ever what this request itself sent: nothing is read for a caller without a session.
    const values = withoutSecrets(submitted);
    if (!actor) {
      // Signed in but not through — a second factor to give, a school to choose: sign-in sends
      // them on. Otherwise the session has ended (or never was).
      if ((await getPendingSecondFactor()) || (await getSignedInUser())) redirect("/login");
      return { status: "error", message: t("common.errors.signedOut"), signedOut: true, values };
    }

    const parsed = schema.safeParse(submitted);
    if (!parsed.success) {
      return {
        status: "error",
        message: t("common.errors.fixFields"),
        fieldErrors: await fieldErrorsOf(parsed.error, t),
        values,
      };
    }

    try {
      const outcome = await handler(parsed.data, actor);
      return { status: "success", message: outcome?.message ?? t("common.saved") };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() are not failures
      return { ...(await failureState(error, actor, name, t, parsed.data)), values };
    }
  };
  descriptions.set(action, { name, schema });
  return action;
}

/** Passwords are never sent back to the browser, not even to refill a refused form. */
function withoutSecrets(
  values: Record<string, string | string[]>,
): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(values).filter(([name]) => !/password/i.test(name)));
}

async function failureState(
  error: unknown,
  actor: Actor,
  name: string,
  t: Translate,
  input: unknown,
): Promise<FormState> {
  // A refusal — of the permission, or of a record outside the actor's scope — is audited once,
  // here, after the domain's transaction has rolled back.
  if (error instanceof ForbiddenError || error instanceof NotFoundError) {
    await recordRefusal(actor, error, { action: name, input });
    return {
      status: "error",
      message: t(
        error instanceof ForbiddenError ? "common.errors.forbidden" : "common.errors.notFound",
      ),
    };
  }
  if (error instanceof StaleVersionError)
    return { status: "error", message: t("common.errors.stale") };
  if (error instanceof DomainValidationError) {
    // A refusal of the whole form (not of one field) says why in the form's own message.
    if (error.field === "form")
      return { status: "error", message: t(error.messageKey, error.values) };
    return {
      status: "error",
      message: t("common.errors.fixFields"),
      fieldErrors: { [error.field]: t(error.messageKey, error.values) },
    };
  }
  // Log what failed, never the submitted content (it may be about a child).
  console.error(
    `[${actor.requestId ?? "-"}] action ${name} failed:`,
    error instanceof Error ? error.name : typeof error,
    error instanceof Error ? error.message : "",
  );
  return { status: "error", message: t("common.errors.unexpected") };
}

type Issue = z.core.$ZodIssue;

async function fieldErrorsOf(error: z.ZodError, t: Translate): Promise<Record<string, string>> {
  const messages = messagesFor(await getLocale());
  const result: Record<string, string> = {};
  for (const issue of error.issues) {
    // The form's field is the innermost name: nested values (an entry's details) are flat in the form.
    const field = String(
      [...issue.path].reverse().find((part) => typeof part === "string") ?? "form",
    );
    result[field] ??= isMessageKey(messages, issue.message)
      ? messageForKey(issue, t)
      : messageForCode(issue, t);
  }
  return result;
}

function messageForKey(issue: Issue, t: Translate): string {
  const key = issue.message as Parameters<Translate>[0];
  if (issue.code === "too_big") return t(key, { max: Number(issue.maximum) });
  if (issue.code === "too_small") return t(key, { min: Number(issue.minimum) });
  return t(key);
}

/** A message from the issue itself, for schemas that did not name one. */
export function messageForCode(issue: Issue, t: Translate): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === ""
        ? t("validation.required")
        : t("validation.invalid");
    case "too_small":
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1
          ? t("validation.required")
          : t("validation.tooShort", { min: Number(issue.minimum) });
      }
      if (issue.origin === "array" || issue.origin === "set")
        return t("validation.chooseAtLeastOne");
      return t("validation.invalid");
    case "too_big":
      if (issue.origin === "string") return t("validation.tooLong", { max: Number(issue.maximum) });
      return t("validation.invalid");
    case "invalid_format":
      return issue.format === "email" ? t("validation.email") : t("validation.invalid");
    case "invalid_value":
      return t("validation.choose");
    default:
      return t("validation.invalid");
  }
}
