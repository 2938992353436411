"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

const TABS = [
  { label: "General", segment: "" },
  { label: "Members", segment: "members" },
  { label: "API keys", segment: "api-keys" },
  { label: "Webhooks", segment: "webhooks" },
  { label: "Billing", segment: "billing" },
  { label: "Audit log", segment: "audit-log" },
];

/** Sub-navigation of the settings pages; scrolls sideways on narrow screens. */
export function SettingsNav({ orgSlug }: { orgSlug: string }) {
  const pathname = usePathname();
  const base = `/o/${orgSlug}/settings`;
  return (
    <nav aria-label="Settings" className="-mx-4 mb-6 overflow-x-auto border-b border-slate-200 px-4 sm:mx-0 sm:px-0">
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
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
