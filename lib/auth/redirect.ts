/**
 * Where to go after signing in. Only a path of this app: an absolute URL, a protocol-relative
 * one ("//evil.example") or one a browser reads as such ("/\evil.example") would send a freshly
 * signed-in user to someone else's page (an open redirect).
 */
export function safeCallbackUrl(value: string | string[] | undefined): string {
  const url = Array.isArray(value) ? value[0] : value;
  if (!url || !url.startsWith("/") || url.startsWith("//") || url.startsWith("/\\")) return "/";
  // Control characters and backslashes anywhere can be normalised by browsers into a host.
  if (/[\u0000-\u001f\\]/.test(url)) return "/";
  return url;
}
