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
  // One after the other, the narrower first: a refusal answers at the first read, with its one
  // DENIED row and no read of the pupil beside it.
  const entry = await orNotFound(getEntryForEdit(actor, id, entryId));
  const context = await orNotFound(getEntryFormContext(actor, id));
  return <EntryFormPage actor={actor} kind={entry.kind} context={context} values={entry} />;
}
