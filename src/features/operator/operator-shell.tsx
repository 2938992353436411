"use client";

import { ArrowLeft, LogOut } from "lucide-react";
import Link from "next/link";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Logo } from "@/components/logo";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";

/** The operator page's frame: outside any organization, so a top bar instead of the console sidebar. */
export function OperatorShell({ email, children }: { email: string; children: ReactNode }) {
  const t = useTranslations("operator.shell");
  return (
    <div className="min-h-dvh">
      <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur">
        <div className="mx-auto flex h-14 w-full max-w-6xl items-center gap-3 px-4 sm:px-6 lg:px-8">
          <Link href="/operator" className="rounded-md" aria-label={t("home")}>
            <Logo className="text-base" />
          </Link>
          <Badge tone="accent">{t("badge")}</Badge>
          <div className="ml-auto flex min-w-0 items-center gap-1">
            <span className="hidden truncate text-sm text-slate-600 md:inline">{email}</span>
            <Button asChild variant="ghost" size="sm">
              <Link href="/">
                <ArrowLeft aria-hidden />
                <span className="hidden sm:inline">{t("console")}</span>
                <span className="sr-only sm:hidden">{t("backToConsole")}</span>
              </Link>
            </Button>
            <Button variant="ghost" size="sm" onClick={() => void signOut({ callbackUrl: "/sign-in" })}>
              <LogOut aria-hidden />
              <span className="hidden sm:inline">{t("signOut")}</span>
              <span className="sr-only sm:hidden">{t("signOut")}</span>
            </Button>
          </div>
        </div>
      </header>
      <main className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6 lg:px-8 lg:py-10">{children}</main>
    </div>
  );
}
