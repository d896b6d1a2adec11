import NextLink from "next/link";
import type { ComponentProps } from "react";
import { buttonClass, type Variant } from "./button";

/**
 * Every link within the app: next/link's navigation without a page load, but without its
 * prefetching. Next.js prefetches each link as it scrolls into view — two requests a link, which
 * for Trivsel's pages (every one rendered per request, for its signed-in user) fetch nothing the
 * navigation can use, and cost the server about 4 ms each: the pupil's record, 18 of them, twice
 * the page's own time (docs/decisions/0035). A link that should prefetch says so.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}

/**
 * A link that looks like a button. Here, beside the link, not in ./button: a client component that
 * draws a button (a form's) would otherwise bring next/link into its chunk with it.
 */
export function LinkButton({
  variant = "secondary",
  className = "",
  ...props
}: ComponentProps<typeof Link> & { variant?: Variant }) {
  return <Link className={buttonClass(variant, className)} {...props} />;
}
