"use client";

import { useT } from "@/components/i18n-provider";
import {
  CheckboxGroup,
  Form,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";
import type { PupilLabel } from "@/lib/concerns";
import {
  CONCERN_CATEGORIES,
  CONCERN_LEVELS,
  CONCERN_SOURCES,
  DESCRIPTION_MAX,
} from "@/lib/concerns/constants";
import type { ConcernSource } from "@/lib/generated/prisma/enums";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** The concern itself, once the pupil picker has found the pupils to choose from. */
export function RaiseConcernForm({
  action,
  pupils,
  defaultPupilId,
  defaultSource,
}: {
  action: Action;
  pupils: PupilLabel[];
  defaultPupilId?: string;
  defaultSource: ConcernSource;
}) {
  const t = useT();
  return (
    <Form action={action}>
      <SelectField
        name="pupilId"
        label={t("concerns.picker.pupil")}
        options={pupils.map((pupil) => ({
          value: pupil.id,
          label: pupil.className
            ? t("concerns.picker.pupilOption", { name: pupil.name, class: pupil.className })
            : pupil.name,
        }))}
        placeholder={t("concerns.picker.pupilPlaceholder")}
        defaultValue={defaultPupilId}
        required
      />
      <SelectField
        name="level"
        label={t("concerns.form.level")}
        hint={t("concerns.form.levelHint")}
        options={CONCERN_LEVELS.map((level) => ({
          value: level,
          label: t(`concerns.levelOptions.${level}`),
        }))}
        placeholder={t("concerns.form.levelPlaceholder")}
        required
      />
      <CheckboxGroup
        name="categories"
        legend={t("concerns.form.categories")}
        hint={t("concerns.form.categoriesHint")}
        options={CONCERN_CATEGORIES.map((category) => ({
          value: category,
          label: t(`concerns.categories.${category}`),
        }))}
        required
      />
      <TextArea
        name="description"
        label={t("concerns.form.description")}
        hint={t("concerns.form.descriptionHint")}
        rows={7}
        maxLength={DESCRIPTION_MAX}
        required
      />
      <TextField
        name="noticedBy"
        label={t("concerns.form.noticedBy")}
        hint={t("concerns.form.noticedByHint")}
        maxLength={200}
        autoComplete="off"
      />
      <SelectField
        name="source"
        label={t("concerns.form.source")}
        hint={t("concerns.form.sourceHint")}
        options={CONCERN_SOURCES.map((source) => ({
          value: source,
          label: t(`concerns.sources.${source}`),
        }))}
        defaultValue={defaultSource}
        required
      />
      <SubmitButton>{t("concerns.new.submit")}</SubmitButton>
    </Form>
  );
}
