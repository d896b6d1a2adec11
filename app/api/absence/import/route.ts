/**
 * Checking and importing an absence file, with progress: the response is a stream of JSON lines
 * ({"type":"progress",…} while working, then {"type":"report",…} or {"type":"error",…}), so a large
 * file shows how far it has come. The body is the file's text; `?mode=check` or
 * `?mode=import&hash=<the checked file's hash>`.
 */
import { checkAbsenceFile, importAbsenceFile, type Progress } from "@/lib/absence/import";
import { recordDenied } from "@/lib/audit";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { DomainValidationError } from "@/lib/errors";
import { isSameOrigin } from "@/lib/http";
import { getT } from "@/lib/i18n/server";

/** 64 MiB: a whole municipality's school year of day rows fits several times over. */
const MAX_BYTES = 64 * 1024 * 1024;

function fileName(header: string | null): string {
  try {
    return decodeURIComponent(header ?? "").slice(0, 200) || "fravær.csv";
  } catch {
    return "fravær.csv";
  }
}

export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return new Response("Forbidden", { status: 403 });
  const actor = await getActor();
  if (!actor) return new Response("Unauthorized", { status: 401 });
  if (!can(actor, "absence:import")) {
    await recordDenied(actor, {
      action: "absence.import",
      details: { permission: "absence:import" },
    });
    return new Response("Forbidden", { status: 403 });
  }
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BYTES)
    return new Response("Too large", { status: 413 });
  const url = new URL(request.url);
  const mode = url.searchParams.get("mode");
  const name = fileName(request.headers.get("x-file-name"));
  const text = await request.text();
  const t = await getT();

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: object) =>
        controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      let lastSent = 0;
      const progress: Progress = (phase, done, total) => {
        // At most a few updates a second: enough for a progress bar.
        if (Date.now() - lastSent > 200 || done === total) {
          lastSent = Date.now();
          send({ type: "progress", phase, done, total });
        }
      };
      try {
        const report =
          mode === "import"
            ? await importAbsenceFile(
                actor,
                { name, text, checkedHash: url.searchParams.get("hash") ?? "" },
                progress,
              )
            : await checkAbsenceFile(actor, { name, text }, progress);
        send({ type: "report", report });
      } catch (error) {
        const message =
          error instanceof DomainValidationError
            ? t(error.messageKey)
            : t("common.errors.unexpected");
        if (!(error instanceof DomainValidationError))
          console.error(
            `[${actor.requestId ?? "-"}] absence import failed:`,
            error instanceof Error ? error.name : error,
          );
        send({ type: "error", message });
      } finally {
        controller.close();
      }
    },
  });
  return new Response(stream, {
    headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" },
  });
}
