/**
 * Indsigt as JSON: the same object as the printable page. Audited as an export before anything
 * is read; refused or out of scope answers 404 (it does not confirm that a pupil is there).
 */
import { z } from "zod";
import { recordRefusal } from "@/lib/audit";
import { ForbiddenError } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { getAccessRequest } from "@/lib/privacy/access-request";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return new Response(null, { status: 401 });
  const { id } = await params;
  try {
    const data = await getAccessRequest(actor, id, "json");
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="indsigt-${data.pupil.externalId.replace(/[^\w-]/g, "_")}.json"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof ForbiddenError || error instanceof NotFoundError) {
      await recordRefusal(actor, error, {
        action: "privacy.access-request.export",
        pupilId: z.uuid().safeParse(id).success ? id : null,
      });
      return new Response(null, { status: 404 });
    }
    throw error;
  }
}
