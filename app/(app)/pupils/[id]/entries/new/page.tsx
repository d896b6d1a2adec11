import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { assertCanCreateEntry, ForbiddenError } from "@/lib/auth/policy";
import { refusePage, requirePermission } from "@/lib/auth/session";
import { getEntryFormContext } from "@/lib/case-entries/entry";
import { CASE_ENTRY_KINDS } from "@/lib/case-entries/kinds";
import { getT } from "@/lib/i18n/server";
import { orNotFound } from "../../record";
import { EntryFormPage } from "../entry-form-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("caseEntries.newEntry") };
}

export default async function NewEntryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePermission("pupil:open-record");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const kind = CASE_ENTRY_KINDS.find((candidate) => candidate === query.kind);
  if (!kind) notFound();
  try {
    assertCanCreateEntry(actor, kind);
  } catch (error) {
    if (error instanceof ForbiddenError) await refusePage(error);
    throw error;
  }
  const context = await orNotFound(getEntryFormContext(actor, id));
  return <EntryFormPage actor={actor} kind={kind} context={context} />;
}
