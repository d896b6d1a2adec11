import { Link, LinkButton } from "@/components/ui/link";
import { StaffNotice } from "@/components/admin/staff-notice";
import { titled } from "@/components/shell/section-home";
import { SchoolTotpForm } from "@/components/admin/two-factor-forms";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { Table, Td } from "@/components/ui/table";
import { listStaff } from "@/lib/admin/staff";
import { can } from "@/lib/auth/policy";
import { requirePermission } from "@/lib/auth/session";
import { schoolRequiresTotp } from "@/lib/auth/two-factor";
import { setSchoolTotpAction } from "./two-factor-actions";
import { getT } from "@/lib/i18n/server";

export const generateMetadata = titled("adminStaff.title");

export default async function AdminStaffPage({
  searchParams,
}: {
  searchParams: Promise<{ notice?: string }>;
}) {
  const actor = await requirePermission("admin:staff");
  const t = await getT();
  const [staff, { notice }] = await Promise.all([listStaff(actor), searchParams]);
  return (
    <>
      <PageHeader
        title={t("adminStaff.title")}
        intro={t("adminStaff.intro")}
        actions={
          <LinkButton href="/admin/staff/new" variant="primary">
            {t("adminStaff.newStaff")}
          </LinkButton>
        }
      />
      {notice === "removed" ? <StaffNotice>{t("adminStaff.removed")}</StaffNotice> : null}
      {can(actor, "admin:schools") ? (
        <Card title={t("auth.adminTotpTitle")} className="mb-6">
          <SchoolTotpForm action={setSchoolTotpAction} required={await schoolRequiresTotp(actor)} />
        </Card>
      ) : null}
      {staff.length === 0 ? (
        <EmptyState>{t("adminStaff.empty")}</EmptyState>
      ) : (
        <Table
          caption={t("adminStaff.caption")}
          head={[
            t("adminStaff.name"),
            t("adminStaff.email"),
            t("adminStaff.roles"),
            t("adminStaff.classes"),
            t("common.status"),
          ]}
        >
          {staff.map((member) => (
            <tr key={member.id}>
              <Td>
                <Link
                  href={`/admin/staff/${member.id}`}
                  className="text-brand-700 font-medium hover:underline"
                >
                  {member.name}
                </Link>
                {member.id === actor.userId ? (
                  <span className="ml-1 text-stone-500">({t("adminStaff.you")})</span>
                ) : null}
              </Td>
              <Td className="text-stone-600">{member.email}</Td>
              <Td>{member.roles.map((role) => t(`roles.${role}`)).join(", ")}</Td>
              <Td className="text-stone-600">
                {member.classes.map((taught) => taught.name).join(", ") || "–"}
              </Td>
              <Td>
                {member.active ? (
                  <Badge tone="green">{t("common.active")}</Badge>
                ) : (
                  <Badge>{t("adminStaff.deactivated")}</Badge>
                )}
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
