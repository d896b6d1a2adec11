"use client";

import { useT } from "@/components/i18n-provider";
import { Form, Hidden, SubmitButton } from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** "Marker som udført" for one action, against the version the page was read at. */
export function CompleteActionForm({
  action,
  row,
}: {
  action: Action;
  row: { id: string; version: number; description: string };
}) {
  const t = useT();
  return (
    <Form action={action} className="space-y-2">
      <Hidden name="id" value={row.id} />
      <Hidden name="version" value={row.version} />
      <SubmitButton variant="secondary">
        {/* Several buttons on one page: each one's name says which action it marks. */}
        <span aria-hidden="true">{t("worklist.actions.complete")}</span>
        <span className="sr-only">
          {t("worklist.actions.completeLabel", { description: row.description })}
        </span>
      </SubmitButton>
    </Form>
  );
}
