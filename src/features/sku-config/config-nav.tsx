"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";
import { configPaths } from "./config-paths";

/** Composer | Versions | Rollouts, under the configuration's header. */
export function ConfigNav({ orgSlug, skuId }: { orgSlug: string; skuId: string }) {
  const pathname = usePathname();
  const t = useTranslations("skuConfig.nav");
  const paths = configPaths(orgSlug, skuId);
  const tabs = [
    { label: t("composer"), href: paths.composer },
    { label: t("versions"), href: paths.versions },
    { label: t("rollouts"), href: paths.rollouts },
  ];
  return (
    <nav aria-label={t("label")} className="-mx-4 mb-6 overflow-x-auto border-b border-slate-200 px-4 sm:mx-0 sm:px-0">
      <ul className="flex min-w-max gap-1">
        {tabs.map(({ label, href }) => {
          const active = decodeURIComponent(pathname) === decodeURIComponent(href);
          return (
            <li key={label}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "-mb-px block border-b-2 px-3 py-2.5 text-sm font-medium transition-colors",
                  active ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
                )}
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
