import type { ReactNode } from "react";
import { categoryList, LevelBadge, StatusBadge } from "@/components/concerns/concern-badges";
import { ManageConcernForm } from "@/components/concerns/manage-concern-form";
import { titled } from "@/components/shell/section-home";
import { LinkButton } from "@/components/ui/link";
import { Card, PageHeader } from "@/components/ui/layout";
import { can, type Actor } from "@/lib/auth/policy";
import { orNotFound, requirePermission } from "@/lib/auth/session";
import {
  getConcern,
  listCoordinatorOptions,
  type ConcernDetail,
  type ConcernStatusView,
} from "@/lib/concerns";
import { formatDate, formatDateTime, type Locale, type Translate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";
import { manageConcernAction } from "../actions";

// The pupil's name stays out of the title, and so out of browser history and tab lists.
export const generateMetadata = titled("concerns.detail.title");

export default async function ConcernPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("concern:read:own");
  const [t, locale] = [await getT(), await getLocale()];
  const found = await orNotFound(getConcern(actor, (await params).id));
  return found.view === "full" ? (
    <FullView actor={actor} concern={found.concern} t={t} locale={locale} />
  ) : (
    <StatusView concern={found.concern} t={t} locale={locale} />
  );
}

function Facts({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
      {items.map((item) => (
        <div key={item.label} className="contents">
          <dt className="text-stone-500">{item.label}</dt>
          <dd className="text-stone-900">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Description({ text }: { text: string }) {
  return <p className="text-sm whitespace-pre-line text-stone-900">{text}</p>;
}

async function FullView({
  actor,
  concern,
  t,
  locale,
}: {
  actor: Actor;
  concern: ConcernDetail;
  t: Translate;
  locale: Locale;
}) {
  const mayManage = can(actor, "concern:manage");
  const coordinators = mayManage ? await listCoordinatorOptions(actor) : [];
  // A tovholder who has since left the role stays selectable, so saving does not drop them.
  if (
    concern.coordinatorId &&
    concern.coordinatorName &&
    !coordinators.some((user) => user.id === concern.coordinatorId)
  ) {
    coordinators.push({ id: concern.coordinatorId, name: concern.coordinatorName });
  }
  const summaryValues = {
    class: concern.pupil.className ?? "",
    date: formatDate(concern.raisedAt, locale),
    raisedBy: concern.raisedByName,
  };
  const when = (value: string | null) =>
    value ? formatDateTime(value, locale) : t("concerns.detail.notYet");
  return (
    <>
      <PageHeader
        title={t("concerns.detail.heading", { name: concern.pupil.name })}
        intro={t(
          concern.pupil.className ? "concerns.detail.summary" : "concerns.detail.summaryNoClass",
          summaryValues,
        )}
        actions={
          <>
            {can(actor, "pupil:open-record") ? (
              <LinkButton href={`/pupils/${concern.pupil.id}`} variant="primary">
                {t("concerns.detail.openRecord")}
              </LinkButton>
            ) : null}
            <LinkButton href="/concerns">{t("concerns.detail.back")}</LinkButton>
          </>
        }
      />
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="space-y-6">
          <Card title={t("concerns.fields.description")}>
            <div className="space-y-4">
              <p className="flex flex-wrap gap-2">
                <LevelBadge level={concern.level} t={t} />
                <StatusBadge status={concern.status} t={t} />
              </p>
              <Description text={concern.description} />
              <Facts
                items={[
                  {
                    label: t("concerns.fields.categories"),
                    value: categoryList(concern.categories, t),
                  },
                  {
                    label: t("concerns.fields.source"),
                    value: t(`concerns.sources.${concern.source}`),
                  },
                  { label: t("concerns.fields.noticedBy"), value: concern.noticedBy ?? "–" },
                  { label: t("concerns.fields.raisedBy"), value: concern.raisedByName },
                  {
                    label: t("concerns.fields.coordinator"),
                    value: concern.coordinatorName ?? t("concerns.noCoordinator"),
                  },
                ]}
              />
            </div>
          </Card>
          <Card title={t("concerns.detail.timesTitle")}>
            <Facts
              items={[
                { label: t("concerns.fields.raisedAt"), value: when(concern.raisedAt) },
                { label: t("concerns.fields.firstActionAt"), value: when(concern.firstActionAt) },
                { label: t("concerns.fields.closedAt"), value: when(concern.closedAt) },
                { label: t("concerns.fields.updatedAt"), value: when(concern.updatedAt) },
              ]}
            />
          </Card>
        </div>
        {mayManage ? (
          <Card title={t("concerns.manage.title")} className="self-start">
            <div className="space-y-4">
              <p className="text-sm text-stone-600">{t("concerns.manage.intro")}</p>
              <ManageConcernForm
                action={manageConcernAction}
                concern={{
                  id: concern.id,
                  version: concern.version,
                  status: concern.status,
                  coordinatorId: concern.coordinatorId,
                }}
                coordinators={coordinators}
                suggestedCoordinatorId={
                  actor.roles.includes("TRIVSELSPERSON") ? actor.userId : undefined
                }
              />
            </div>
          </Card>
        ) : null}
      </div>
    </>
  );
}

/** The raiser's view: what they sent, and how far it is. Nothing of the case work behind it. */
function StatusView({
  concern,
  t,
  locale,
}: {
  concern: ConcernStatusView;
  t: Translate;
  locale: Locale;
}) {
  const values = {
    class: concern.pupil.className ?? "",
    date: formatDate(concern.raisedAt, locale),
  };
  return (
    <>
      <PageHeader
        title={t("concerns.detail.heading", { name: concern.pupil.name })}
        intro={t(
          concern.pupil.className
            ? "concerns.detail.mySummary"
            : "concerns.detail.mySummaryNoClass",
          values,
        )}
        actions={<LinkButton href="/concerns">{t("concerns.detail.back")}</LinkButton>}
      />
      <div className="grid max-w-5xl gap-6 lg:grid-cols-2">
        <Card title={t("concerns.detail.statusTitle")} className="self-start">
          <div className="space-y-3 text-sm">
            <p>
              <StatusBadge status={concern.status} t={t} />
            </p>
            <p className="text-stone-800">{t(`concerns.statusExplained.${concern.status}`)}</p>
            {concern.closedAt ? (
              <p className="text-stone-600">
                {t("concerns.fields.closedAt")}: {formatDate(concern.closedAt, locale)}
              </p>
            ) : null}
            <p className="text-stone-600">
              {concern.coordinatorName
                ? t("concerns.detail.askCoordinator", { name: concern.coordinatorName })
                : t("concerns.detail.askTrivselsperson")}
            </p>
          </div>
        </Card>
        <Card title={t("concerns.detail.ownDescription")}>
          <div className="space-y-4">
            <p>
              <LevelBadge level={concern.level} t={t} />
            </p>
            <Description text={concern.description} />
            <Facts
              items={[
                {
                  label: t("concerns.fields.categories"),
                  value: categoryList(concern.categories, t),
                },
                {
                  label: t("concerns.fields.source"),
                  value: t(`concerns.sources.${concern.source}`),
                },
                { label: t("concerns.fields.noticedBy"), value: concern.noticedBy ?? "–" },
              ]}
            />
          </div>
        </Card>
      </div>
    </>
  );
}
