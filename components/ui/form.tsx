"use client";

/**
 * Forms that post to a server action (lib/actions/form-action.ts) and show its answer: a message
 * above the form, each field's error beside the field (aria-invalid, aria-describedby), and what
 * the user typed kept after a refusal. Validation is the server's: the browser's own is off so
 * every message is the same, clear Danish one.
 */
import {
  createContext,
  useContext,
  useEffect,
  useId,
  useRef,
  type ComponentProps,
  type ReactNode,
} from "react";
import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { SignInAgain } from "@/components/auth/sign-in-again";
import { useT } from "@/components/i18n-provider";
import { buttonClass } from "./button";
import { inputClass } from "./styles";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

const FormContext = createContext<FormState>(initialFormState);

export function Form({
  action,
  children,
  className = "space-y-4",
  onSuccess,
  ...props
}: Omit<ComponentProps<"form">, "action" | "onSubmit"> & {
  action: Action;
  onSuccess?: () => void;
}) {
  const [state, dispatch] = useActionState(action, initialFormState);
  const statusRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") statusRef.current?.focus();
    if (state.status === "success") onSuccess?.();
  }, [state, onSuccess]);
  return (
    <FormContext value={state}>
      <form action={dispatch} noValidate className={className} {...props}>
        <div ref={statusRef} tabIndex={-1} className="outline-none">
          <FormMessage state={state} />
        </div>
        {children}
      </form>
    </FormContext>
  );
}

function FormMessage({ state }: { state: FormState }) {
  if (!state.message || state.status === "idle") return null;
  const error = state.status === "error";
  return (
    <p
      role={error ? "alert" : "status"}
      data-testid="form-message"
      className={`rounded-md border px-3 py-2 text-sm ${error ? "border-red-300 bg-red-50 text-red-800" : "border-green-300 bg-green-50 text-green-800"}`}
    >
      {state.message}
      {state.signedOut ? (
        <>
          {" "}
          <SignInAgain then="common.signedOutThen" />
        </>
      ) : null}
    </p>
  );
}

function useField(name: string, defaultValue?: string | string[] | null) {
  const state = useContext(FormContext);
  const id = useId();
  const error = state.fieldErrors?.[name];
  const submitted = state.status === "error" ? state.values?.[name] : undefined;
  return {
    id,
    error,
    errorId: `${id}-error`,
    hintId: `${id}-hint`,
    value: submitted ?? defaultValue ?? undefined,
  };
}

function Label({
  htmlFor,
  label,
  required,
}: {
  htmlFor: string;
  label: string;
  required?: boolean;
}) {
  const t = useT();
  return (
    <label htmlFor={htmlFor} className="block text-sm font-medium text-stone-800">
      {label}
      {/* A space, not a margin: in a narrow column the line may break before "(valgfrit)". */}
      {required ? null : (
        <>
          {" "}
          <span className="font-normal text-stone-500">({t("common.optional")})</span>
        </>
      )}
    </label>
  );
}

function FieldMessages({
  error,
  errorId,
  hint,
  hintId,
}: {
  error?: string;
  errorId: string;
  hint?: string;
  hintId: string;
}) {
  return (
    <>
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-stone-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </>
  );
}

function describedBy(
  error: string | undefined,
  errorId: string,
  hint: string | undefined,
  hintId: string,
) {
  return [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
}

type FieldProps = {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
};

export function TextField({
  name,
  label,
  hint,
  required,
  defaultValue,
  ...props
}: FieldProps &
  Omit<ComponentProps<"input">, "name" | "defaultValue"> & { defaultValue?: string | null }) {
  const field = useField(name, defaultValue);
  const value = Array.isArray(field.value) ? field.value[0] : field.value;
  return (
    <div>
      <Label htmlFor={field.id} label={label} required={required} />
      <input
        id={field.id}
        name={name}
        defaultValue={value}
        key={value}
        aria-required={required || undefined}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field.error, field.errorId, hint, field.hintId)}
        className={inputClass}
        {...props}
      />
      <FieldMessages
        error={field.error}
        errorId={field.errorId}
        hint={hint}
        hintId={field.hintId}
      />
    </div>
  );
}

export function TextArea({
  name,
  label,
  hint,
  required,
  defaultValue,
  rows = 4,
  ...props
}: FieldProps &
  Omit<ComponentProps<"textarea">, "name" | "defaultValue"> & { defaultValue?: string | null }) {
  const field = useField(name, defaultValue);
  const value = Array.isArray(field.value) ? field.value[0] : field.value;
  return (
    <div>
      <Label htmlFor={field.id} label={label} required={required} />
      <textarea
        id={field.id}
        name={name}
        rows={rows}
        defaultValue={value}
        key={value}
        aria-required={required || undefined}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field.error, field.errorId, hint, field.hintId)}
        className={inputClass}
        {...props}
      />
      <FieldMessages
        error={field.error}
        errorId={field.errorId}
        hint={hint}
        hintId={field.hintId}
      />
    </div>
  );
}

export type Option = { value: string; label: string };

export function SelectField({
  name,
  label,
  hint,
  required,
  options,
  defaultValue,
  placeholder,
  ...props
}: FieldProps &
  Omit<ComponentProps<"select">, "name" | "defaultValue"> & {
    options: Option[];
    defaultValue?: string | null;
    placeholder?: string;
  }) {
  const field = useField(name, defaultValue);
  const value = Array.isArray(field.value) ? field.value[0] : field.value;
  return (
    <div>
      <Label htmlFor={field.id} label={label} required={required} />
      <select
        id={field.id}
        name={name}
        defaultValue={value ?? ""}
        key={value}
        aria-required={required || undefined}
        aria-invalid={field.error ? true : undefined}
        aria-describedby={describedBy(field.error, field.errorId, hint, field.hintId)}
        className={inputClass}
        {...props}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages
        error={field.error}
        errorId={field.errorId}
        hint={hint}
        hintId={field.hintId}
      />
    </div>
  );
}

export function Checkbox({
  name,
  label,
  hint,
  defaultChecked,
}: Omit<FieldProps, "required"> & { defaultChecked?: boolean }) {
  const field = useField(name);
  const state = useContext(FormContext);
  const checked = state.status === "error" ? state.values?.[name] === "on" : defaultChecked;
  return (
    <div>
      <div className="flex items-start gap-2">
        <input
          id={field.id}
          type="checkbox"
          name={name}
          defaultChecked={checked}
          key={String(checked)}
          aria-invalid={field.error ? true : undefined}
          aria-describedby={describedBy(field.error, field.errorId, hint, field.hintId)}
          className="text-brand-700 mt-0.5 size-4 rounded border-stone-400"
        />
        <label htmlFor={field.id} className="text-sm text-stone-800">
          {label}
        </label>
      </div>
      <FieldMessages
        error={field.error}
        errorId={field.errorId}
        hint={hint}
        hintId={field.hintId}
      />
    </div>
  );
}

/** Several checkboxes of one name, in a fieldset with a legend. */
export function CheckboxGroup({
  name,
  legend,
  hint,
  options,
  defaultValues = [],
  required,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: Option[];
  defaultValues?: string[];
  required?: boolean;
}) {
  const field = useField(name, defaultValues);
  const selected = new Set(
    Array.isArray(field.value) ? field.value : field.value ? [field.value] : [],
  );
  const t = useT();
  return (
    <fieldset aria-describedby={describedBy(field.error, field.errorId, hint, field.hintId)}>
      <legend className="text-sm font-medium text-stone-800">
        {legend}
        {required ? null : (
          <>
            {" "}
            <span className="font-normal text-stone-500">({t("common.optional")})</span>
          </>
        )}
      </legend>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm text-stone-800">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={selected.has(option.value)}
              key={`${option.value}-${selected.has(option.value)}`}
              className="size-4 rounded border-stone-400"
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldMessages
        error={field.error}
        errorId={field.errorId}
        hint={hint}
        hintId={field.hintId}
      />
    </fieldset>
  );
}

/**
 * The form's submit button. With `name` and `value` it is one of several (each says what the
 * save is for, and the form posts the pressed one's value): while a save runs, all of them wait
 * and the pressed one says so.
 */
export function SubmitButton({
  children,
  variant = "primary",
  className = "",
  name,
  value,
}: {
  children: ReactNode;
  variant?: "primary" | "secondary" | "danger";
  className?: string;
  name?: string;
  value?: string;
}) {
  const { pending, data } = useFormStatus();
  const t = useT();
  const pressed = pending && (name === undefined || data?.get(name) === value);
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      className={buttonClass(variant, className)}
    >
      {pressed ? t("common.saving") : children}
    </button>
  );
}

export function Hidden({ name, value }: { name: string; value: string | number }) {
  return <input type="hidden" name={name} value={value} />;
}
