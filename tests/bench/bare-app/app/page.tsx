/**
 * Rendered on every request (like Trivsel's pages), with `?bytes=N` characters of text, so its
 * HTML is as large as the page it stands beside in the benchmark.
 */
export const dynamic = "force-dynamic";

export default async function BarePage({
  searchParams,
}: {
  searchParams: Promise<{ bytes?: string }>;
}) {
  const bytes = Math.min(Number((await searchParams).bytes ?? 0) || 0, 5_000_000);
  return <main>{"x".repeat(bytes)}</main>;
}
