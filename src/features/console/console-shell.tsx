"use client";

import * as DialogPrimitive from "@radix-ui/react-dialog";
import { Menu, X } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { Logo } from "@/components/logo";
import { Button } from "@/components/ui/button";
import { overlayClasses } from "@/components/ui/dialog";
import { NotificationBell } from "./notification-bell";
import { OperatorViewBanner } from "./operator-view-banner";
import { OrgSwitcher, type OrgSummary } from "./org-switcher";
import { SidebarNav } from "./sidebar-nav";
import { UserMenu, type MenuUser } from "./user-menu";

type ConsoleShellProps = {
  org: OrgSummary;
  orgs: OrgSummary[];
  user: MenuUser;
  children: ReactNode;
};

function SidebarContents({ org, orgs, user }: Omit<ConsoleShellProps, "children">) {
  const t = useTranslations("common.shell");
  return (
    <div className="flex h-full flex-col gap-5 px-3 py-4">
      <div className="hidden items-center justify-between gap-2 px-2 lg:flex">
        <Link href={`/o/${org.slug}`} className="rounded-md" aria-label={t("dashboardLink", { name: org.name })}>
          <Logo />
        </Link>
        <NotificationBell orgSlug={org.slug} readOnly={Boolean(org.operatorView)} />
      </div>
      <OrgSwitcher current={org} orgs={orgs} />
      <div className="flex-1 overflow-y-auto">
        <SidebarNav orgSlug={org.slug} />
      </div>
      <div className="border-t border-slate-200 pt-3">
        <UserMenu user={user} />
      </div>
    </div>
  );
}

/**
 * The console frame: a fixed sidebar on large screens; on small ones a top bar whose
 * menu button opens the same sidebar as a drawer (a Radix dialog, so focus is trapped).
 */
export function ConsoleShell({ children, ...props }: ConsoleShellProps) {
  const pathname = usePathname();
  const [drawerPath, setDrawerPath] = useState<string | null>(null);
  // The drawer belongs to the page it was opened on: navigating closes it.
  const drawerOpen = drawerPath === pathname;
  const t = useTranslations("common.shell");

  return (
    <div className="min-h-dvh">
      <aside className="fixed inset-y-0 left-0 hidden w-64 border-r border-slate-200 bg-white lg:block">
        <SidebarContents {...props} />
      </aside>

      <header className="sticky top-0 z-30 flex h-14 items-center gap-3 border-b border-slate-200 bg-white/95 px-4 backdrop-blur lg:hidden">
        <DialogPrimitive.Root open={drawerOpen} onOpenChange={(open) => setDrawerPath(open ? pathname : null)}>
          <DialogPrimitive.Trigger asChild>
            <Button variant="ghost" size="icon" aria-label={t("openNavigation")}>
              <Menu aria-hidden />
            </Button>
          </DialogPrimitive.Trigger>
          <DialogPrimitive.Portal>
            <DialogPrimitive.Overlay className={overlayClasses} />
            <DialogPrimitive.Content className="fixed inset-y-0 left-0 z-50 w-72 max-w-[85vw] bg-white shadow-xl focus:outline-none">
              <DialogPrimitive.Title className="sr-only">{t("navigation")}</DialogPrimitive.Title>
              <DialogPrimitive.Description className="sr-only">{t("sections", { name: props.org.name })}</DialogPrimitive.Description>
              <DialogPrimitive.Close asChild>
                <Button variant="ghost" size="icon" className="absolute top-3 right-3" aria-label={t("closeNavigation")}>
                  <X aria-hidden />
                </Button>
              </DialogPrimitive.Close>
              <div className="h-full pt-10">
                <SidebarContents {...props} />
              </div>
            </DialogPrimitive.Content>
          </DialogPrimitive.Portal>
        </DialogPrimitive.Root>
        <Link href={`/o/${props.org.slug}`} className="rounded-md" aria-label={t("dashboardLink", { name: props.org.name })}>
          <Logo className="text-base" />
        </Link>
        <span className="ml-auto truncate text-sm font-medium text-slate-600">{props.org.name}</span>
        <NotificationBell orgSlug={props.org.slug} readOnly={Boolean(props.org.operatorView)} />
      </header>

      <div className="lg:pl-64">
        {props.org.operatorView ? <OperatorViewBanner org={props.org} expiresAt={props.org.operatorView.expiresAt} /> : null}
        <main className="mx-auto w-full max-w-6xl px-4 py-6 sm:px-6 lg:px-8 lg:py-10">{children}</main>
      </div>
    </div>
  );
}
