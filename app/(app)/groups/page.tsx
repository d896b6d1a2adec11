import { Link, LinkButton } from "@/components/ui/link";
import { titled } from "@/components/shell/section-home";
import { Badge, EmptyState, PageHeader } from "@/components/ui/layout";
import { Table, Td } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/session";
import { listGroups } from "@/lib/groups/groups";
import { formatDate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";

export const generateMetadata = titled("groups.title");

export default async function GroupsPage() {
  const actor = await requirePermission("group:manage");
  const [t, locale] = [await getT(), await getLocale()];
  const groups = await listGroups(actor);
  const date = (value: string | null) => (value ? formatDate(value, locale) : t("groups.none"));
  return (
    <>
      <PageHeader
        title={t("groups.title")}
        intro={t("groups.intro")}
        actions={
          <LinkButton href="/groups/new" variant="primary">
            {t("groups.newGroup")}
          </LinkButton>
        }
      />
      {groups.length === 0 ? (
        <EmptyState>{t("groups.empty")}</EmptyState>
      ) : (
        <Table
          caption={t("groups.caption")}
          head={[
            t("groups.columns.name"),
            t("groups.columns.kind"),
            t("groups.columns.leader"),
            t("groups.columns.participants"),
            t("groups.columns.lastSession"),
            t("groups.columns.nextSession"),
            t("groups.columns.status"),
          ]}
        >
          {groups.map((group) => (
            <tr key={group.id}>
              <Td>
                <Link
                  href={`/groups/${group.id}`}
                  className="text-brand-700 font-medium hover:underline"
                >
                  {group.name}
                </Link>
              </Td>
              <Td>{t(`groups.kinds.${group.kind}`)}</Td>
              <Td className="text-stone-600">{group.leaderName}</Td>
              <Td className="tabular-nums">{group.participantCount}</Td>
              <Td>{date(group.lastSessionOn)}</Td>
              <Td>{date(group.nextSessionOn)}</Td>
              <Td>
                {group.active ? (
                  <Badge tone="green">{t("groups.active")}</Badge>
                ) : (
                  <Badge>{t("groups.ended")}</Badge>
                )}
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
