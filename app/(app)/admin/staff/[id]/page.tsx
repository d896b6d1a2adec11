import {
  StaffAccountForm,
  StaffPasswordForm,
  StaffRemoveForm,
} from "@/components/admin/staff-account-forms";
import { StaffClassesForm, StaffRolesForm } from "@/components/admin/staff-access-forms";
import { StaffDetailsForm } from "@/components/admin/staff-form";
import { StaffNotice } from "@/components/admin/staff-notice";
import { StaffTotpResetForm } from "@/components/admin/two-factor-forms";
import { titled } from "@/components/shell/section-home";
import { LinkButton } from "@/components/ui/link";
import { Badge, Card, Notice, PageHeader } from "@/components/ui/layout";
import { getStaff, listActiveClasses, type StaffClass, type StaffDetail } from "@/lib/admin/staff";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/policy";
import { orNotFound, requirePermission } from "@/lib/auth/session";
import { totpStatus } from "@/lib/auth/two-factor";
import { formatDate, type MessageKey, type Translate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";
import {
  deactivateStaffAction,
  reactivateStaffAction,
  removeStaffAction,
  setStaffClassesAction,
  setStaffPasswordAction,
  setStaffRolesAction,
  updateStaffAction,
} from "../actions";
import { resetStaffTotpAction } from "../two-factor-actions";

export const generateMetadata = titled("adminStaff.title");

/** Outcomes of the create form, which redirects here. */
const NOTICES = new Map<string, MessageKey>([
  ["created", "adminStaff.created"],
  ["existing", "adminStaff.addedExisting"],
  ["existing-inactive", "adminStaff.addedExistingInactive"],
]);

export default async function AdminStaffMemberPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ notice?: string }>;
}) {
  const actor = await requirePermission("admin:staff");
  const t = await getT();
  const member = await orNotFound(getStaff(actor, (await params).id));
  const notice = NOTICES.get((await searchParams).notice ?? "");
  const totp = await totpStatus(member.id);
  return (
    <>
      <PageHeader
        title={member.name}
        intro={member.email}
        actions={<LinkButton href="/admin/staff">{t("common.back")}</LinkButton>}
      />
      {notice ? <StaffNotice>{t(notice)}</StaffNotice> : null}
      <StaffSummary member={member} t={t} />
      <div className="grid gap-6 xl:grid-cols-2">
        <Card title={t("adminStaff.details")}>
          <StaffDetailsForm
            action={updateStaffAction}
            values={{
              id: member.id,
              version: member.version,
              name: member.name,
              email: member.email,
            }}
            emailLocked={!member.canManageAccount}
          />
        </Card>
        <Card title={t("adminStaff.rolesAt", { school: actor.schoolName })}>
          <StaffRolesForm
            action={setStaffRolesAction}
            values={{ id: member.id, version: member.version, roles: member.roles }}
            isSelf={member.isSelf}
          />
        </Card>
        <Card title={t("adminStaff.classes")}>
          <ClassesSection actor={actor} member={member} t={t} />
        </Card>
        <Card title={t("adminStaff.password")}>
          <PasswordSection member={member} t={t} />
        </Card>
        <Card title={t("adminStaff.remove")}>
          {member.isSelf ? (
            <p className="text-sm text-stone-600">{t("adminStaff.cannotRemoveSelfHint")}</p>
          ) : (
            <StaffRemoveForm
              action={removeStaffAction}
              id={member.id}
              name={member.name}
              schoolName={actor.schoolName}
            />
          )}
        </Card>
        <Card title={t("adminStaff.account")}>
          <AccountSection member={member} t={t} />
        </Card>
        <Card title={t("auth.adminTotpTitle")}>
          {totp.enabled ? (
            <div className="space-y-4">
              <p className="text-sm text-stone-600">{t("auth.adminTotpStatusOn")}</p>
              <StaffTotpResetForm action={resetStaffTotpAction} id={member.id} />
            </div>
          ) : (
            <p className="text-sm text-stone-600">{t("auth.adminTotpStatusOff")}</p>
          )}
        </Card>
      </div>
    </>
  );
}

function StaffSummary({ member, t }: { member: StaffDetail; t: Translate }) {
  return (
    <div className="mb-6 space-y-3">
      <p className="flex flex-wrap items-center gap-3 text-sm text-stone-600">
        {member.active ? (
          <Badge tone="green">{t("common.active")}</Badge>
        ) : (
          <Badge tone="red">{t("adminStaff.deactivated")}</Badge>
        )}
        {member.otherSchoolCount === 1 ? <span>{t("adminStaff.otherSchoolsOne")}</span> : null}
        {member.otherSchoolCount > 1 ? (
          <span>{t("adminStaff.otherSchoolsMany", { count: member.otherSchoolCount })}</span>
        ) : null}
      </p>
      {member.canManageAccount ? null : (
        <Notice tone="warning">
          {t("adminStaff.managedElsewhereNotice", { name: member.name })}
        </Notice>
      )}
    </div>
  );
}

async function ClassesSection({
  actor,
  member,
  t,
}: {
  actor: Actor;
  member: StaffDetail;
  t: Translate;
}) {
  if (!member.roles.includes("TEACHER"))
    return <p className="text-sm text-stone-600">{t("adminStaff.classesNeedTeacherHint")}</p>;
  const options = withTaughtClasses(await listActiveClasses(actor), member.classes);
  return (
    <StaffClassesForm
      action={setStaffClassesAction}
      values={{
        id: member.id,
        version: member.version,
        classIds: member.classes.map((taught) => taught.id),
      }}
      options={options}
    />
  );
}

/** Inactive classes the teacher still has stay in the list, so saving does not drop them unseen. */
function withTaughtClasses(active: StaffClass[], taught: StaffClass[]): StaffClass[] {
  const known = new Set(active.map((option) => option.id));
  return [...active, ...taught.filter((option) => !known.has(option.id))];
}

function PasswordSection({ member, t }: { member: StaffDetail; t: Translate }) {
  return (
    <div className="space-y-4">
      <p className="text-sm text-stone-600">
        {member.hasPassword
          ? t("adminStaff.signsInWithPassword")
          : t("adminStaff.signsInWithProvider")}
      </p>
      {member.canManageAccount ? (
        <StaffPasswordForm
          action={setStaffPasswordAction}
          id={member.id}
          minPasswordLength={MIN_PASSWORD_LENGTH}
        />
      ) : (
        <p className="text-sm text-stone-600">{t("adminStaff.passwordManagedElsewhere")}</p>
      )}
    </div>
  );
}

async function AccountSection({ member, t }: { member: StaffDetail; t: Translate }) {
  const status =
    member.active || !member.deactivatedAt
      ? t("adminStaff.accountActive")
      : t("adminStaff.accountDeactivatedOn", {
          date: formatDate(member.deactivatedAt, await getLocale()),
        });
  return (
    <div className="space-y-4">
      <p className="text-sm text-stone-600">{status}</p>
      {member.isSelf ? (
        <p className="text-sm text-stone-600">{t("adminStaff.cannotDeactivateSelfHint")}</p>
      ) : member.canManageAccount ? (
        <StaffAccountForm
          action={member.active ? deactivateStaffAction : reactivateStaffAction}
          id={member.id}
          active={member.active}
        />
      ) : (
        <p className="text-sm text-stone-600">{t("adminStaff.accountManagedElsewhere")}</p>
      )}
    </div>
  );
}
