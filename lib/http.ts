/**
 * Route handlers are public endpoints with none of the protection server actions get for free:
 * a state-changing request must come from this app's own pages (the Origin header), or a page
 * elsewhere could make the signed-in user's browser send it.
 */
import "server-only";

export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
