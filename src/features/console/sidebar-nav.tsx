"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";
import { isActivePath, NAV_ITEMS } from "./nav-items";

/** The section links; the current one is highlighted and marked `aria-current="page"`. */
export function SidebarNav({ orgSlug }: { orgSlug: string }) {
  const t = useTranslations("common");
  const pathname = usePathname();
  const base = `/o/${orgSlug}`;
  return (
    <nav aria-label={t("navLabel")}>
      <ul className="space-y-0.5">
        {NAV_ITEMS.map(({ label, segment, icon: Icon }) => {
          const href = segment ? `${base}/${segment}` : base;
          const active = isActivePath(pathname, href, segment === "");
          return (
            <li key={label}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium transition-colors",
                  active ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
                )}
              >
                <Icon className={cn("size-4 shrink-0", active ? "text-brand-600" : "text-slate-500")} aria-hidden />
                {t(`nav.${label}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
