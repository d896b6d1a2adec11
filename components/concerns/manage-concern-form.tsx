"use client";

import { useT } from "@/components/i18n-provider";
import { Form, Hidden, SelectField, SubmitButton } from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";
import type { CoordinatorOption } from "@/lib/concerns";
import { CONCERN_STATUSES } from "@/lib/concerns/constants";
import type { ConcernStatus } from "@/lib/generated/prisma/enums";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** Status and tovholder, saved together against the version the page was read at. */
export function ManageConcernForm({
  action,
  concern,
  coordinators,
  suggestedCoordinatorId,
}: {
  action: Action;
  concern: { id: string; version: number; status: ConcernStatus; coordinatorId: string | null };
  coordinators: CoordinatorOption[];
  /** Preselected when the concern has no tovholder yet: the trivselsperson taking it. */
  suggestedCoordinatorId?: string;
}) {
  const t = useT();
  // Once handled, a concern never goes back to "new"; so "new" is offered only while it is new.
  const statuses = CONCERN_STATUSES.filter(
    (status) => status !== "NEW" || concern.status === "NEW",
  );
  return (
    <Form action={action}>
      <Hidden name="id" value={concern.id} />
      <Hidden name="version" value={concern.version} />
      <SelectField
        name="status"
        label={t("concerns.manage.status")}
        hint={t("concerns.manage.statusHint")}
        options={statuses.map((status) => ({
          value: status,
          label: t(`concerns.statuses.${status}`),
        }))}
        defaultValue={concern.status}
        required
      />
      <SelectField
        name="coordinatorId"
        label={t("concerns.manage.coordinator")}
        hint={t("concerns.manage.coordinatorHint")}
        options={coordinators.map((user) => ({ value: user.id, label: user.name }))}
        placeholder={t("concerns.manage.noCoordinator")}
        defaultValue={concern.coordinatorId ?? suggestedCoordinatorId ?? ""}
      />
      <SubmitButton>{t("concerns.manage.submit")}</SubmitButton>
    </Form>
  );
}
