"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Bell } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { DateTime } from "@/components/ui/date-time";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { liveQuery } from "@/lib/live-data";
import { useTRPC } from "@/lib/trpc";
import { cn } from "@/lib/utils";

/**
 * The bell: the latest events this member's role hears about (alerts, releases, seats and
 * payments), re-read every 30 s and on opening. Opening marks them seen; the ones new since
 * the last look stay highlighted while it is open.
 */
export function NotificationBell({ orgSlug, readOnly }: { orgSlug: string; readOnly: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notifications = useQuery(trpc.notification.list.queryOptions({ orgSlug }, liveQuery));
  const markSeen = useMutation(trpc.notification.markSeen.mutationOptions());
  const t = useTranslations("common.notifications");
  const unread = notifications.data?.unread ?? 0;
  // Opening re-reads the list, then marks what it shows as seen (not what arrived after).
  const onOpenChange = async (open: boolean) => {
    if (!open) return void queryClient.invalidateQueries({ queryKey: trpc.notification.list.queryKey({ orgSlug }) });
    const { data } = await notifications.refetch();
    const newest = data?.items[0];
    if (newest && data.unread > 0 && !readOnly) markSeen.mutate({ orgSlug, upTo: newest.createdAt });
  };
  const label = unread > 0 ? t("unread", { count: unread >= 99 ? "99+" : String(unread) }) : t("label");

  return (
    <DropdownMenu onOpenChange={(open) => void onOpenChange(open)}>
      <DropdownMenuTrigger className="relative rounded-md p-2 text-slate-600 hover:bg-slate-100 hover:text-slate-900" aria-label={label}>
        <Bell className="size-5" aria-hidden />
        {unread > 0 ? (
          <span className="absolute -top-0.5 -right-0.5 flex h-4 min-w-4 items-center justify-center rounded-full bg-red-600 px-1 text-[10px] leading-none font-semibold text-white" aria-hidden>
            {unread >= 99 ? "99+" : unread}
          </span>
        ) : null}
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-80 max-w-[calc(100vw-2rem)]">
        <DropdownMenuLabel>{t("label")}</DropdownMenuLabel>
        <DropdownMenuSeparator />
        {notifications.isPending ? <p className="px-2 py-3 text-sm text-slate-500">{t("loading")}</p> : null}
        {notifications.isError ? <p className="px-2 py-3 text-sm text-red-700">{t("failed")}</p> : null}
        {notifications.data?.items.length === 0 ? <p className="px-2 py-3 text-sm text-slate-500">{t("empty")}</p> : null}
        <div className="max-h-96 overflow-y-auto">
          {notifications.data?.items.map((item) => (
            <DropdownMenuItem key={item.id} asChild>
              <Link href={item.path ? `/o/${orgSlug}${item.path}` : `/o/${orgSlug}`} className={cn("flex-col items-start gap-0.5", item.unread && "bg-brand-50/60")}>
                <span className="text-sm text-slate-900">
                  {item.unread ? <span className="sr-only">{t("new")}</span> : null}
                  {item.title}
                </span>
                <span className="text-xs text-slate-500">
                  <DateTime value={item.createdAt} show="relative" />
                </span>
              </Link>
            </DropdownMenuItem>
          ))}
        </div>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
