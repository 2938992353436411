"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";

const TABS = [
  { label: "general", segment: "" },
  { label: "members", segment: "members" },
  { label: "apiKeys", segment: "api-keys" },
  { label: "webhooks", segment: "webhooks" },
  { label: "billing", segment: "billing" },
  { label: "auditLog", segment: "audit-log" },
] as const;

/** Sub-navigation of the settings pages; scrolls sideways on narrow screens. */
export function SettingsNav({ orgSlug }: { orgSlug: string }) {
  const pathname = usePathname();
  const t = useTranslations("settings.nav");
  const base = `/o/${orgSlug}/settings`;
  return (
    <nav aria-label={t("label")} className="-mx-4 mb-6 overflow-x-auto border-b border-slate-200 px-4 sm:mx-0 sm:px-0">
      <ul className="flex min-w-max gap-1">
        {TABS.map(({ label, segment }) => {
          const href = segment ? `${base}/${segment}` : base;
          const active = pathname === href;
          return (
            <li key={label}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "-mb-px block border-b-2 px-3 py-2.5 text-sm font-medium transition-colors",
                  active
                    ? "border-brand-600 text-brand-700"
                    : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
                )}
              >
                {t(label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
