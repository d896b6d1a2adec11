"use client";

import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";

export function NavLinks({
  items,
  label,
}: {
  items: { href: string; label: string }[];
  label: string;
}) {
  const pathname = usePathname();
  // The deepest section containing the page is current ("/admin/pupils/…" is Elever, not Administration).
  const current = items
    .filter((item) => pathname === item.href || pathname.startsWith(`${item.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <nav aria-label={label}>
      <ul className="flex gap-1 overflow-x-auto lg:flex-col lg:overflow-visible">
        {items.map((item) => {
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={item.href === current ? "page" : undefined}
                className="aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800 block rounded-md px-3 py-2 text-sm whitespace-nowrap text-stone-700 hover:bg-stone-100 aria-[current=page]:font-semibold"
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
