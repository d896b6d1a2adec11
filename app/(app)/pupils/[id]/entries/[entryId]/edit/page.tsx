import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { getEntryForEdit, getEntryFormContext } from "@/lib/case-entries/entry";
import { getT } from "@/lib/i18n/server";
import { orNotFound } from "../../../record";
import { EntryFormPage } from "../../entry-form-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("caseEntries.editTitle") };
}

export default async function EditEntryPage({
  params,
}: {
  params: Promise<{ id: string; entryId: string }>;
}) {
  const actor = await requirePermission("pupil:open-record");
  const { id, entryId } = await params;
  const [entry, context] = await Promise.all([
    orNotFound(getEntryForEdit(actor, id, entryId)),
    orNotFound(getEntryFormContext(actor, id)),
  ]);
  return <EntryFormPage actor={actor} kind={entry.kind} context={context} values={entry} />;
}
