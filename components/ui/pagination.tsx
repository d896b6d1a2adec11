import { Link } from "@/components/ui/link";
import { getT } from "@/lib/i18n/server";
import { buttonClass } from "./button";

/**
 * Previous/next links under a long list, keeping the list's other query parameters. A server
 * component: the links are plain URLs, so paging works without JavaScript and can be bookmarked.
 */
export async function Pagination({
  label,
  path,
  params,
  page,
  pageSize,
  total,
}: {
  /** Names the navigation landmark ("Pages of the pupil list"). */
  label: string;
  path: string;
  /** The list's other query parameters; empty ones are left out of the links. */
  params: Record<string, string | undefined>;
  page: number;
  pageSize: number;
  total: number;
}) {
  const t = await getT();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const hrefFor = (target: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
    if (target > 1) query.set("page", String(target));
    const search = query.toString();
    return search ? `${path}?${search}` : path;
  };
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav
      aria-label={label}
      className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-stone-600"
    >
      <p>{t("common.showing", { from, to, total })}</p>
      {pages > 1 ? (
        <div className="flex items-center gap-2">
          <PageLink href={page > 1 ? hrefFor(page - 1) : null} rel="prev">
            {t("common.previous")}
          </PageLink>
          <span aria-current="page">{t("common.pageOf", { page, pages })}</span>
          <PageLink href={page < pages ? hrefFor(page + 1) : null} rel="next">
            {t("common.next")}
          </PageLink>
        </div>
      ) : null}
    </nav>
  );
}

function PageLink({
  href,
  rel,
  children,
}: {
  href: string | null;
  rel: "prev" | "next";
  children: string;
}) {
  // The first and last page keep the link's place, greyed out, so the layout does not jump.
  if (!href) {
    return (
      <span aria-disabled="true" className={buttonClass("secondary", "opacity-50")}>
        {children}
      </span>
    );
  }
  return (
    <Link href={href} rel={rel} className={buttonClass("secondary")}>
      {children}
    </Link>
  );
}
