import { Link, LinkButton } from "@/components/ui/link";
import {
  RemoveFocusPupilForm,
  AddFocusPupilForm,
} from "@/components/class-conferences/focus-pupil-forms";
import { ReviewForm } from "@/components/class-conferences/review-form";
import { ReviewStatus } from "@/components/class-conferences/review-status";
import { AddTaskForm, CancelTaskForm } from "@/components/class-conferences/task-forms";
import { titled } from "@/components/shell/section-home";
import { Badge, Card, EmptyState, PageHeader } from "@/components/ui/layout";
import { orNotFound, requirePermission } from "@/lib/auth/session";
import { getReview, type ReviewDetail } from "@/lib/class-conferences/reviews";
import { listResponsibleOptions } from "@/lib/class-conferences/tasks";
import { isoDay, todayInDenmark } from "@/lib/dates";
import { formatDate, type Locale, type Translate } from "@/lib/i18n";
import { getLocale, getT } from "@/lib/i18n/server";
import {
  addFocusPupilAction,
  addTaskAction,
  cancelTaskAction,
  removeFocusPupilAction,
  saveReviewAction,
} from "../../../actions";

export const generateMetadata = titled("conferences.title");

const linkClass = "text-brand-700 font-medium hover:underline";

/** The walk-through: one class of the conference at a time. */
export default async function ClassReviewPage({
  params,
}: {
  params: Promise<{ id: string; classId: string }>;
}) {
  const actor = await requirePermission("class-conference:manage");
  const [t, locale] = [await getT(), await getLocale()];
  const { id, classId } = await params;
  const review = await orNotFound(getReview(actor, id, classId));
  const responsibles = await listResponsibleOptions(actor);
  const today = isoDay(todayInDenmark());
  const path = (target: string) => `/class-conferences/${review.conferenceId}/classes/${target}`;
  return (
    <>
      <PageHeader
        title={t("conferences.review.title", { name: review.className })}
        intro={t("conferences.review.intro", {
          title: review.conferenceTitle,
          position: review.position,
          total: review.total,
        })}
        actions={
          <LinkButton href={`/class-conferences/${review.conferenceId}`}>
            {t("conferences.review.overview")}
          </LinkButton>
        }
      />
      <nav
        aria-label={t("conferences.review.navigation")}
        className="mb-6 flex flex-wrap items-center justify-between gap-3"
      >
        <div>
          {review.previous ? (
            <LinkButton href={path(review.previous.classId)} rel="prev">
              {t("conferences.review.previous", { name: review.previous.className })}
            </LinkButton>
          ) : null}
        </div>
        <ReviewStatus
          review={{
            reviewedAt: review.reviewedAt,
            started:
              !!review.howClassWorks ||
              !!review.notes ||
              review.focusPupils.length > 0 ||
              review.tasks.length > 0,
          }}
          t={t}
          locale={locale}
        />
        <div>
          {review.next ? (
            <LinkButton href={path(review.next.classId)} rel="next">
              {t("conferences.review.next", { name: review.next.className })}
            </LinkButton>
          ) : null}
        </div>
      </nav>
      <div className="grid gap-6 xl:grid-cols-2">
        <div className="space-y-6">
          <Card>
            <ReviewForm
              action={saveReviewAction}
              review={{
                id: review.id,
                version: review.version,
                howClassWorks: review.howClassWorks,
                notes: review.notes,
                reviewedAt: review.reviewedAt,
              }}
              hasNext={review.next !== null}
            />
          </Card>
          <FocusPupils review={review} t={t} />
        </div>
        <Card title={t("conferences.tasks.title")} className="self-start">
          <p className="mb-4 text-sm text-stone-600">{t("conferences.tasks.intro")}</p>
          <Tasks review={review} t={t} locale={locale} today={today} />
          <section className="mt-6 border-t border-stone-200 pt-4">
            <AddTaskForm
              action={addTaskAction}
              reviewId={review.id}
              responsibles={responsibles}
              defaultResponsibleId={actor.userId}
              today={today}
            />
          </section>
        </Card>
      </div>
    </>
  );
}

function FocusPupils({ review, t }: { review: ReviewDetail; t: Translate }) {
  return (
    <Card title={t("conferences.focus.title")}>
      <p className="mb-4 text-sm text-stone-600">{t("conferences.focus.intro")}</p>
      {review.focusPupils.length === 0 ? (
        <EmptyState>{t("conferences.focus.empty")}</EmptyState>
      ) : (
        <ul className="divide-y divide-stone-100">
          {review.focusPupils.map((pupil) => {
            const name = `${pupil.firstName} ${pupil.lastName}`;
            return (
              <li key={pupil.id} className="flex items-start justify-between gap-3 py-2 text-sm">
                <div>
                  <Link href={`/pupils/${pupil.id}`} className={linkClass}>
                    {name}
                  </Link>
                  {pupil.reason ? <p className="text-stone-700">{pupil.reason}</p> : null}
                </div>
                <RemoveFocusPupilForm
                  action={removeFocusPupilAction}
                  reviewId={review.id}
                  pupilId={pupil.id}
                  name={name}
                />
              </li>
            );
          })}
        </ul>
      )}
      {review.focusPupils.length > 0 ? (
        <p className="mt-2 text-xs text-stone-500">{t("conferences.focus.logged")}</p>
      ) : null}
      <section className="mt-6 border-t border-stone-200 pt-4">
        {review.candidates.length === 0 ? (
          <p className="text-sm text-stone-600">{t("conferences.focus.noCandidates")}</p>
        ) : (
          <AddFocusPupilForm
            action={addFocusPupilAction}
            reviewId={review.id}
            candidates={review.candidates}
          />
        )}
      </section>
    </Card>
  );
}

function Tasks({
  review,
  t,
  locale,
  today,
}: {
  review: ReviewDetail;
  t: Translate;
  locale: Locale;
  today: string;
}) {
  if (review.tasks.length === 0) return <EmptyState>{t("conferences.tasks.empty")}</EmptyState>;
  return (
    <ul className="divide-y divide-stone-100">
      {review.tasks.map((task) => {
        const overdue = task.status === "OPEN" && task.dueOn !== null && task.dueOn < today;
        return (
          <li key={task.id} className="flex items-start justify-between gap-3 py-3 text-sm">
            <div className={task.status === "CANCELLED" ? "text-stone-500 line-through" : ""}>
              <p className="whitespace-pre-line text-stone-900">{task.description}</p>
              <p className="mt-1 flex flex-wrap items-center gap-2 text-stone-600">
                {task.dueOn ? (
                  <span>
                    {t("conferences.tasks.dueLabel", { date: formatDate(task.dueOn, locale) })}
                  </span>
                ) : null}
                {task.responsibleName ? (
                  <span>
                    {t("conferences.tasks.responsibleLabel", { name: task.responsibleName })}
                  </span>
                ) : null}
                <Badge tone={task.status === "DONE" ? "green" : "neutral"}>
                  {t(`conferences.tasks.statuses.${task.status}`)}
                </Badge>
                {overdue ? <Badge tone="red">{t("conferences.tasks.overdue")}</Badge> : null}
              </p>
            </div>
            {task.status === "OPEN" ? (
              <CancelTaskForm action={cancelTaskAction} task={task} />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
