"use client";

import { useT } from "@/components/i18n-provider";
import {
  Checkbox,
  Form,
  Hidden,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";
import type { GroupKind, Role } from "@/lib/generated/prisma/enums";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

export type LeaderOption = { id: string; name: string; roles: Role[] };

type Values = {
  id: string;
  version: number;
  kind: GroupKind;
  name: string;
  description: string | null;
  leaderId: string;
  startsOn: string;
  endsOn: string | null;
  active: boolean;
};

/** Create a group, or edit one (then with "active"). */
export function GroupForm({
  action,
  kinds,
  leaders,
  values,
  defaultLeaderId,
  today,
}: {
  action: Action;
  kinds: readonly GroupKind[];
  leaders: LeaderOption[];
  values?: Values;
  defaultLeaderId: string;
  today: string;
}) {
  const t = useT();
  const leaderOptions = leaders.map((leader) => ({
    value: leader.id,
    label: leader.roles.length
      ? t("groups.fields.leaderOption", {
          name: leader.name,
          roles: leader.roles.map((role) => t(`roles.${role}`)).join(", "),
        })
      : leader.name,
  }));
  return (
    <Form action={action}>
      {values ? (
        <>
          <Hidden name="id" value={values.id} />
          <Hidden name="version" value={values.version} />
        </>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          name="kind"
          label={t("groups.fields.kind")}
          options={kinds.map((kind) => ({ value: kind, label: t(`groups.kinds.${kind}`) }))}
          placeholder={t("groups.fields.chooseKind")}
          defaultValue={values?.kind ?? ""}
          required
        />
        <TextField
          name="name"
          label={t("groups.fields.name")}
          hint={t("groups.fields.nameHint")}
          defaultValue={values?.name}
          maxLength={120}
          required
        />
      </div>
      <TextArea
        name="description"
        label={t("groups.fields.description")}
        hint={t("groups.fields.descriptionHint")}
        defaultValue={values?.description}
        maxLength={2000}
        rows={3}
      />
      <SelectField
        name="leaderId"
        label={t("groups.fields.leader")}
        hint={t("groups.fields.leaderHint")}
        options={leaderOptions}
        placeholder={t("groups.fields.chooseLeader")}
        defaultValue={values?.leaderId ?? defaultLeaderId}
        required
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="startsOn"
          type="date"
          label={t("groups.fields.startsOn")}
          defaultValue={values?.startsOn ?? today}
          required
        />
        <TextField
          name="endsOn"
          type="date"
          label={t("groups.fields.endsOn")}
          hint={t("groups.fields.endsOnHint")}
          defaultValue={values?.endsOn}
        />
      </div>
      {values ? (
        <Checkbox name="active" label={t("groups.fields.active")} defaultChecked={values.active} />
      ) : null}
      <SubmitButton>{values ? t("common.save") : t("groups.create")}</SubmitButton>
    </Form>
  );
}
