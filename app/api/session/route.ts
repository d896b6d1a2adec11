/**
 * The session's lifetime, for the warning before it ends (WCAG 2.2.1: a time limit is announced,
 * and one simple action extends it): GET says how long is left without renewing it — the proxy
 * leaves this path alone, so asking is not activity — and POST renews it, when the person asks
 * to stay signed in. Both answer 401 when the request is not, or no longer, signed in.
 */
import { NextResponse, type NextRequest } from "next/server";
import { renewSession, sessionLifetime, type SessionLifetime } from "@/lib/auth/session";

function answer(lifetime: SessionLifetime | null) {
  return NextResponse.json(lifetime, {
    status: lifetime ? 200 : 401,
    headers: { "Cache-Control": "no-store" },
  });
}

export async function GET() {
  return answer(await sessionLifetime());
}

export async function POST(request: NextRequest) {
  // Only the app's own pages renew (the cookie is SameSite=Lax as well).
  const origin = request.headers.get("origin");
  if (origin && new URL(origin).host !== request.headers.get("host"))
    return new NextResponse(null, { status: 403 });
  return answer(await renewSession());
}
