import { PupilPicker } from "@/components/concerns/pupil-picker";
import { RaiseConcernForm } from "@/components/concerns/raise-concern-form";
import { titled } from "@/components/shell/section-home";
import { LinkButton } from "@/components/ui/link";
import { Card, Notice, PageHeader } from "@/components/ui/layout";
import { requirePermission } from "@/lib/auth/session";
import {
  defaultSourceFor,
  findPupilsForConcern,
  listPickerClasses,
  PICKER_LIMIT,
  type PickerResult,
} from "@/lib/concerns";
import { PICKER_MIN_QUERY, pupilPickerInput } from "@/lib/concerns/schemas";
import type { Translate } from "@/lib/i18n";
import { getT } from "@/lib/i18n/server";
import { raiseConcernAction } from "../actions";

export const generateMetadata = titled("concerns.new.title");

/**
 * Two steps on one page: find the pupil (a GET search, or the raiser's few pupils listed at
 * once), then the concern itself with the pupils found in a select.
 */
export default async function NewConcernPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("concern:create");
  const t = await getT();
  const criteria = pupilPickerInput.parse(await searchParams);
  const [classes, result] = await Promise.all([
    listPickerClasses(actor),
    findPupilsForConcern(actor, criteria),
  ]);
  const onlyPupil = result.pupils.length === 1 ? result.pupils[0]!.id : undefined;
  return (
    <>
      <PageHeader
        title={t("concerns.new.title")}
        intro={t("concerns.new.intro")}
        actions={<LinkButton href="/concerns">{t("common.back")}</LinkButton>}
      />
      <div className="max-w-3xl space-y-6">
        <Notice tone="warning">{t("concerns.new.urgent")}</Notice>
        <Card title={t("concerns.picker.title")}>
          <div className="space-y-3">
            <PupilPicker classes={classes} criteria={criteria} />
            <PickerMessage result={result} t={t} />
          </div>
        </Card>
        {result.pupils.length > 0 ? (
          <Card title={t("concerns.new.formTitle")}>
            <RaiseConcernForm
              action={raiseConcernAction}
              pupils={result.pupils}
              defaultPupilId={criteria.pupilId ?? onlyPupil}
              defaultSource={defaultSourceFor(actor)}
            />
          </Card>
        ) : null}
      </div>
    </>
  );
}

function PickerMessage({ result, t }: { result: PickerResult; t: Translate }) {
  const lines: string[] = [];
  if (result.queryTooShort) lines.push(t("concerns.picker.tooShort", { min: PICKER_MIN_QUERY }));
  if (!result.searched && !result.queryTooShort) lines.push(t("concerns.picker.start"));
  if (result.searched && result.pupils.length === 0) {
    lines.push(t("concerns.picker.none"), t("concerns.picker.scopeHint"));
  }
  if (result.truncated) lines.push(t("concerns.picker.truncated", { count: PICKER_LIMIT }));
  else if (result.pupils.length > 1)
    lines.push(t("concerns.picker.found", { count: result.pupils.length }));
  if (lines.length === 0) return null;
  return (
    <div role="status" className="space-y-1 text-sm text-stone-700">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
