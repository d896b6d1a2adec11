/**
 * The bare reference has no proxy: this one matches no request. Without a file of its own,
 * Turbopack would pick up Trivsel's proxy.ts from the workspace root (as it would instrumentation.ts).
 */
export function proxy() {}

export const config = { matcher: "/__bare-reference-has-no-proxy" };
