import { Link, LinkButton } from "@/components/ui/link";
import { Disclosure } from "@/components/classes/disclosure";
import { GroupForm } from "@/components/groups/group-form";
import {
  AddParticipantForm,
  ParticipantSearchForm,
  RemoveParticipantForm,
} from "@/components/groups/participant-forms";
import { SessionForm } from "@/components/groups/session-form";
import { titled } from "@/components/shell/section-home";
import { Badge, Card, EmptyState, Notice, PageHeader } from "@/components/ui/layout";
import { Table, Td } from "@/components/ui/table";
import { orNotFound, requirePermission } from "@/lib/auth/session";
import { isoDay, todayInDenmark } from "@/lib/dates";
import {
  GROUP_KINDS,
  getGroup,
  listGroupLeaderOptions,
  SENSITIVE_GROUP_KINDS,
  type GroupDetail,
} from "@/lib/groups/groups";
import {
  groupPupilSearchInput,
  MIN_SEARCH_LENGTH,
  PUPIL_SEARCH_LIMIT,
  searchPupilsForGroup,
  type PupilCandidate,
} from "@/lib/groups/participants";
import { formatDate, type Locale, type Translate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";
import {
  addParticipantAction,
  addSessionAction,
  removeParticipantAction,
  updateGroupAction,
} from "../actions";

// The group's name can say what it is about; the title stays general.
export const generateMetadata = titled("groups.title");

const linkClass = "text-brand-700 font-medium hover:underline";

export default async function GroupPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("group:manage");
  const [t, locale] = [await getT(), await getLocale()];
  const query = await searchParams;
  const group = await orNotFound(getGroup(actor, (await params).id));
  const { q } = groupPupilSearchInput.parse(query);
  const [leaders, candidates] = await Promise.all([
    listGroupLeaderOptions(actor),
    searchPupilsForGroup(actor, group.id, q),
  ]);
  if (!leaders.some((leader) => leader.id === group.leaderId))
    leaders.push({ id: group.leaderId, name: group.leaderName, roles: [] });
  const today = isoDay(todayInDenmark());
  const period = group.endsOn
    ? t("groups.period", {
        from: formatDate(group.startsOn, locale),
        to: formatDate(group.endsOn, locale),
      })
    : t("groups.periodOpen", { from: formatDate(group.startsOn, locale) });

  return (
    <>
      <PageHeader
        title={group.name}
        intro={t("groups.summary", {
          kind: t(`groups.kinds.${group.kind}`),
          leader: group.leaderName,
          period,
        })}
        actions={<LinkButton href="/groups">{t("groups.backToGroups")}</LinkButton>}
      />
      <div className="mb-6 space-y-3">
        {query.notice === "created" ? (
          <Notice role="status">{t("groups.notices.created")}</Notice>
        ) : null}
        {SENSITIVE_GROUP_KINDS.includes(group.kind) ? (
          <Notice tone="warning">{t("groups.sensitive")}</Notice>
        ) : null}
        {group.active ? null : <Badge>{t("groups.ended")}</Badge>}
      </div>
      {group.description ? (
        <p className="mb-6 max-w-3xl text-sm whitespace-pre-line text-stone-700">
          {group.description}
        </p>
      ) : null}
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-6">
          <Participants group={group} t={t} locale={locale} />
          <Card title={t("groups.search.title")}>
            <ParticipantSearchForm groupId={group.id} q={q} minLength={MIN_SEARCH_LENGTH} />
            <SearchResults groupId={group.id} q={q} candidates={candidates} t={t} />
          </Card>
          <FormerParticipants group={group} t={t} locale={locale} />
        </div>
        <div className="space-y-6">
          <Card title={t("groups.sessions.title")}>
            <p className="mb-4 text-sm text-stone-600">{t("groups.sessions.intro")}</p>
            <Disclosure summary={t("groups.sessions.newTitle")}>
              <SessionForm
                action={addSessionAction}
                groupId={group.id}
                today={today}
                startsOn={group.startsOn}
                endsOn={group.endsOn}
              />
            </Disclosure>
            <Sessions group={group} t={t} locale={locale} today={today} />
          </Card>
          <Card title={t("groups.edit")}>
            <GroupForm
              action={updateGroupAction}
              kinds={GROUP_KINDS}
              leaders={leaders}
              values={{
                id: group.id,
                version: group.version,
                kind: group.kind,
                name: group.name,
                description: group.description,
                leaderId: group.leaderId,
                startsOn: group.startsOn,
                endsOn: group.endsOn,
                active: group.active,
              }}
              defaultLeaderId={group.leaderId}
              today={today}
            />
          </Card>
        </div>
      </div>
    </>
  );
}

function Participants({ group, t, locale }: { group: GroupDetail; t: Translate; locale: Locale }) {
  return (
    <Card title={t("groups.participants.title", { count: group.participants.length })}>
      {group.participants.length === 0 ? (
        <EmptyState>{t("groups.participants.empty")}</EmptyState>
      ) : (
        <Table
          caption={t("groups.participants.caption")}
          head={[
            t("groups.participants.pupil"),
            t("groups.participants.class"),
            t("groups.participants.joinedOn"),
            <span key="actions" className="sr-only">
              {t("common.actions")}
            </span>,
          ]}
        >
          {group.participants.map((row) => {
            const name = `${row.firstName} ${row.lastName}`;
            return (
              <tr key={row.pupilId}>
                <Td>
                  <Link href={`/pupils/${row.pupilId}`} className={linkClass}>
                    {name}
                  </Link>
                </Td>
                <Td>{row.className ?? t("groups.participants.noClass")}</Td>
                <Td>{formatDate(row.joinedOn, locale)}</Td>
                <Td className="text-right">
                  <RemoveParticipantForm
                    action={removeParticipantAction}
                    groupId={group.id}
                    pupilId={row.pupilId}
                    name={name}
                  />
                </Td>
              </tr>
            );
          })}
        </Table>
      )}
    </Card>
  );
}

function SearchResults({
  groupId,
  q,
  candidates,
  t,
}: {
  groupId: string;
  q: string | undefined;
  candidates: PupilCandidate[];
  t: Translate;
}) {
  if (!q) return null;
  if (q.length < MIN_SEARCH_LENGTH)
    return (
      <p className="mt-3 text-sm text-stone-600">
        {t("groups.search.tooShort", { min: MIN_SEARCH_LENGTH })}
      </p>
    );
  if (candidates.length === 0)
    return (
      <div className="mt-3">
        <EmptyState>{t("groups.search.noResults", { q })}</EmptyState>
      </div>
    );
  return (
    <div className="mt-4 space-y-2">
      <Table
        caption={t("groups.search.resultsCaption")}
        head={[
          t("groups.participants.pupil"),
          t("groups.participants.class"),
          <span key="actions" className="sr-only">
            {t("common.actions")}
          </span>,
        ]}
      >
        {candidates.map((pupil) => {
          const name = `${pupil.firstName} ${pupil.lastName}`;
          return (
            <tr key={pupil.id}>
              <Td>{name}</Td>
              <Td>{pupil.className ?? t("groups.participants.noClass")}</Td>
              <Td className="text-right">
                <AddParticipantForm
                  action={addParticipantAction}
                  groupId={groupId}
                  pupilId={pupil.id}
                  name={name}
                  label={t("groups.search.add")}
                />
              </Td>
            </tr>
          );
        })}
      </Table>
      {candidates.length >= PUPIL_SEARCH_LIMIT ? (
        <p className="text-sm text-stone-600">
          {t("groups.search.limited", { max: PUPIL_SEARCH_LIMIT })}
        </p>
      ) : null}
    </div>
  );
}

function FormerParticipants({
  group,
  t,
  locale,
}: {
  group: GroupDetail;
  t: Translate;
  locale: Locale;
}) {
  if (group.formerParticipants.length === 0) return null;
  return (
    <Card title={t("groups.participants.former")}>
      <Table
        caption={t("groups.participants.formerCaption")}
        head={[
          t("groups.participants.pupil"),
          t("groups.participants.class"),
          t("groups.participants.joinedOn"),
          t("groups.participants.leftOn"),
          <span key="actions" className="sr-only">
            {t("common.actions")}
          </span>,
        ]}
      >
        {group.formerParticipants.map((row) => {
          const name = `${row.firstName} ${row.lastName}`;
          return (
            <tr key={row.pupilId}>
              <Td>
                <Link href={`/pupils/${row.pupilId}`} className={linkClass}>
                  {name}
                </Link>
              </Td>
              <Td>{row.className ?? t("groups.participants.noClass")}</Td>
              <Td>{formatDate(row.joinedOn, locale)}</Td>
              <Td>{row.leftOn ? formatDate(row.leftOn, locale) : ""}</Td>
              <Td className="text-right">
                <AddParticipantForm
                  action={addParticipantAction}
                  groupId={group.id}
                  pupilId={row.pupilId}
                  name={name}
                  label={t("groups.participants.rejoin")}
                />
              </Td>
            </tr>
          );
        })}
      </Table>
    </Card>
  );
}

function Sessions({
  group,
  t,
  locale,
  today,
}: {
  group: GroupDetail;
  t: Translate;
  locale: Locale;
  today: string;
}) {
  if (group.sessions.length === 0)
    return (
      <div className="mt-4">
        <EmptyState>{t("groups.sessions.empty")}</EmptyState>
      </div>
    );
  return (
    <ol aria-label={t("groups.sessions.listLabel")} className="mt-4 space-y-3">
      {group.sessions.map((session) => (
        <li key={session.id} className="border-l-2 border-stone-200 pl-3 text-sm">
          <p className="flex flex-wrap items-center gap-2 font-medium text-stone-900">
            <time dateTime={session.heldOn}>{formatDate(session.heldOn, locale)}</time>
            {session.heldOn > today ? (
              <Badge tone="brand">{t("groups.sessions.planned")}</Badge>
            ) : null}
          </p>
          <p className="mt-1 whitespace-pre-line text-stone-700">
            {session.notes ?? t("groups.sessions.noNotes")}
          </p>
          <p className="mt-1 text-xs text-stone-500">
            {t("groups.sessions.writtenBy", { name: session.authorName })}
          </p>
        </li>
      ))}
    </ol>
  );
}
