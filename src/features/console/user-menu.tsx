"use client";

import { Check, ChevronsUpDown, Languages, LogOut, MonitorX, ShieldCheck, UserCog } from "lucide-react";
import Link from "next/link";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { SignOutEverywhere } from "@/features/account/sign-out-everywhere";
import { useLocaleChange } from "@/features/i18n/language-switcher";
import { LOCALE_NAMES, LOCALES } from "@/i18n/locales";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

function initials(name: string | null, email: string): string {
  const source = name?.trim() || email;
  const parts = source.split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? "") + (parts[1]?.[0] ?? "")).toUpperCase() || "?";
}

export type MenuUser = { name: string | null; email: string; isOperator: boolean };

/** Who is signed in, their account settings and language, the operator page for Anima staff, and the ways out. */
export function UserMenu({ user }: { user: MenuUser }) {
  const t = useTranslations("common.userMenu");
  const language = useLocaleChange(true);
  const [confirmEverywhere, setConfirmEverywhere] = useState(false);
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger
          className="flex w-full items-center gap-3 rounded-lg px-2 py-2 text-left hover:bg-slate-100"
          aria-label={t("account", { name: user.name ?? user.email })}
        >
          <span className="flex size-8 shrink-0 items-center justify-center rounded-full bg-slate-200 text-xs font-semibold text-slate-700">
            {initials(user.name, user.email)}
          </span>
          <span className="min-w-0 flex-1">
            <span className="block truncate text-sm font-medium text-slate-900">{user.name ?? user.email}</span>
            <span className="block truncate text-xs text-slate-500">{user.email}</span>
          </span>
          <ChevronsUpDown className="size-4 shrink-0 text-slate-400" aria-hidden />
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start" side="top" className="w-[var(--radix-dropdown-menu-trigger-width)]">
          <DropdownMenuLabel className="font-normal">
            <span className="block truncate font-medium text-slate-900">{user.name ?? t("signedIn")}</span>
            <span className="block truncate">{user.email}</span>
          </DropdownMenuLabel>
          <DropdownMenuSeparator />
          <DropdownMenuItem asChild>
            <Link href="/account">
              <UserCog aria-hidden />
              {t("accountSettings")}
            </Link>
          </DropdownMenuItem>
          {user.isOperator ? (
            <DropdownMenuItem asChild>
              <Link href="/operator">
                <ShieldCheck aria-hidden />
                {t("operator")}
              </Link>
            </DropdownMenuItem>
          ) : null}
          <DropdownMenuItem onSelect={() => void signOut({ callbackUrl: "/sign-in" })}>
            <LogOut aria-hidden />
            {t("signOut")}
          </DropdownMenuItem>
          <DropdownMenuItem onSelect={() => setConfirmEverywhere(true)}>
            <MonitorX aria-hidden />
            {t("signOutEverywhere")}
          </DropdownMenuItem>
          <DropdownMenuSeparator />
          <DropdownMenuLabel className="flex items-center gap-2 font-normal">
            <Languages className="size-4" aria-hidden />
            {t("language")}
          </DropdownMenuLabel>
          {LOCALES.map((option) => (
            <DropdownMenuItem key={option} lang={option} onSelect={() => language.change(option)} aria-current={option === language.locale ? "true" : undefined}>
              <Check aria-hidden className={option === language.locale ? "opacity-100" : "opacity-0"} />
              {LOCALE_NAMES[option]}
            </DropdownMenuItem>
          ))}
        </DropdownMenuContent>
      </DropdownMenu>
      <SignOutEverywhere open={confirmEverywhere} onOpenChange={setConfirmEverywhere} />
    </>
  );
}
