"use client";

import { Building2, Check, ChevronsUpDown, Plus } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { Role } from "@/generated/prisma/enums";
import { useRoleLabel } from "@/features/i18n/use-role-label";

/** `operatorView`: an Anima operator looking in read-only (see the operator page), not a member. */
export type OrgSummary = { id: string; name: string; slug: string; role: Role; operatorView?: { expiresAt: Date } };

/** Shows the current organization and switches to another one or to creating one. */
export function OrgSwitcher({ current, orgs }: { current: OrgSummary; orgs: OrgSummary[] }) {
  const t = useTranslations("organizations.switcher");
  const roleLabel = useRoleLabel();
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        className="flex w-full items-center gap-3 rounded-lg border border-slate-200 bg-white px-3 py-2 text-left shadow-sm hover:bg-slate-50"
        aria-label={t("trigger", { name: current.name })}
      >
        <span className="flex size-8 shrink-0 items-center justify-center rounded-md bg-brand-600 text-sm font-semibold text-white">
          {current.name.slice(0, 1).toUpperCase()}
        </span>
        <span className="min-w-0 flex-1">
          <span className="block truncate text-sm font-semibold text-slate-900">{current.name}</span>
          <span className="block truncate text-xs text-slate-500">{current.operatorView ? t("operatorView") : roleLabel(current.role)}</span>
        </span>
        <ChevronsUpDown className="size-4 shrink-0 text-slate-400" aria-hidden />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-[var(--radix-dropdown-menu-trigger-width)]">
        <DropdownMenuLabel>{t("label")}</DropdownMenuLabel>
        {orgs.map((org) => (
          <DropdownMenuItem key={org.id} asChild>
            <Link href={`/o/${org.slug}`} aria-current={org.id === current.id ? "true" : undefined}>
              <Building2 aria-hidden />
              <span className="min-w-0 flex-1 truncate">{org.name}</span>
              {org.id === current.id ? <Check className="text-brand-600" aria-label={t("current")} /> : null}
            </Link>
          </DropdownMenuItem>
        ))}
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/orgs/new">
            <Plus aria-hidden />
            {t("create")}
          </Link>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
