"use client";

import { DateTime } from "@/components/ui/date-time";
import { useInfiniteQuery } from "@tanstack/react-query";
import { History } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError } from "@/components/ui/form-error";
import { Skeleton } from "@/components/ui/skeleton";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC, type RouterOutputs } from "@/lib/trpc";
import { DEVICE_STATUSES } from "@/shared/device-schemas";
import { DeviceStatusBadge } from "./device-status-badge";
import type { DeviceStatus } from "./device-meta";

type TimelineEntry = RouterOutputs["device"]["timeline"]["items"][number];

type HistoryT = ReturnType<typeof useTranslations<"devices.history">>;
const ACTIONS = ["suspended", "resumed", "revoked", "secret_rotated", "public_key_set", "sessions_revoked", "activated", "registered", "booted", "tags_changed", "replaced", "replacement"] as const;
const knownAction = (action: string) => ACTIONS.find((known) => `device.${known}` === action);

/** "by PIP2-00020 · RMA-0142": the other device of an RMA transfer, and why. */
function rmaNote(t: HistoryT, metadata: Record<string, unknown>): string | null {
  const { replacement, replaces, reason } = metadata;
  const other = typeof replacement === "string" ? t("byDevice", { serial: replacement }) : typeof replaces === "string" ? t("forDevice", { serial: replaces }) : null;
  if (!other) return null;
  return typeof reason === "string" ? t("withReason", { note: other, reason }) : other;
}

/** "added eu, beta · removed pilot": a tag edit. */
function tagsNote(t: HistoryT, metadata: Record<string, unknown>): string | null {
  const list = (value: unknown) => (Array.isArray(value) ? value.filter((tag): tag is string => typeof tag === "string") : []);
  const added = list(metadata.added);
  const removed = list(metadata.removed);
  const parts = [added.length > 0 ? t("tagsAdded", { tags: added.join(", ") }) : null, removed.length > 0 ? t("tagsRemoved", { tags: removed.join(", ") }) : null].filter(Boolean);
  return parts.length > 0 ? parts.join(" · ") : null;
}

/** "firmware 2.1.0 · holds config v7": what a sampled boot said. */
function bootNote(t: HistoryT, entry: TimelineEntry): string | null {
  if (entry.action !== "device.booted") return null;
  const { firmware, configVersion } = entry.metadata;
  const parts = [typeof firmware === "string" ? t("firmware", { version: firmware }) : null, typeof configVersion === "number" ? t("holdsConfig", { version: configVersion }) : null].filter(Boolean);
  return parts.length > 0 ? parts.join(" · ") : null;
}

const asStatus = (value: unknown): DeviceStatus | undefined => DEVICE_STATUSES.find((status) => status === value);

const PAGE_SIZE = 25;

/** What happened to the device, newest first: audit entries, sampled boots and its registration, a page at a time. */
export function DeviceHistory({ orgSlug, deviceId }: { orgSlug: string; deviceId: string }) {
  const trpc = useTRPC();
  const t = useTranslations("devices.history");
  const errorMessage = useErrorMessage();
  const timeline = useInfiniteQuery(
    trpc.device.timeline.infiniteQueryOptions({ orgSlug, deviceId, limit: PAGE_SIZE }, { getNextPageParam: (page) => page.nextCursor ?? undefined }),
  );
  const items = timeline.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      {timeline.isPending ? (
        <div role="status" aria-label={t("loading")} className="space-y-2 px-5 pb-5">
          <Skeleton className="h-6 w-full" />
          <Skeleton className="h-6 w-full" />
        </div>
      ) : timeline.isError ? (
        <FormError message={errorMessage(timeline.error)} className="mx-5 mb-5" />
      ) : items.length === 0 ? (
        <EmptyState icon={History} title={t("emptyTitle")} description={t("emptyDescription")} />
      ) : (
        <>
          <ol className="divide-y divide-slate-100" aria-label={t("listLabel")}>
            {items.map((entry) => {
              const from = asStatus(entry.metadata.from);
              const to = asStatus(entry.metadata.to);
              const note = rmaNote(t, entry.metadata) ?? bootNote(t, entry) ?? (entry.action === "device.tags_changed" ? tagsNote(t, entry.metadata) : null);
              const action = knownAction(entry.action);
              return (
                <li key={entry.id} className="flex flex-col gap-1 px-5 py-3 text-sm sm:flex-row sm:items-center sm:gap-4">
                  <span className="font-medium text-slate-900 sm:w-36">{action ? t(`actions.${action}`) : entry.action}</span>
                  {from && to ? (
                    <span className="flex items-center gap-1.5" aria-label={t("fromTo", { from: t(`statusNames.${from}`), to: t(`statusNames.${to}`) })}>
                      <DeviceStatusBadge status={from} />
                      <span aria-hidden className="text-slate-400">
                        →
                      </span>
                      <DeviceStatusBadge status={to} />
                    </span>
                  ) : null}
                  {note ? <span className="break-words text-slate-600">{note}</span> : null}
                  <span className="text-slate-600 sm:ml-auto">{entry.actor}</span>
                  <time className="text-slate-500 sm:w-48 sm:text-right" dateTime={new Date(entry.createdAt).toISOString()}>
                    <DateTime value={entry.createdAt} />
                  </time>
                </li>
              );
            })}
          </ol>
          {timeline.hasNextPage ? (
            <div className="border-t border-slate-100 px-5 py-3">
              <Button variant="secondary" size="sm" onClick={() => void timeline.fetchNextPage()} disabled={timeline.isFetchingNextPage}>
                {timeline.isFetchingNextPage ? t("loadingMore") : t("loadOlder")}
              </Button>
            </div>
          ) : null}
        </>
      )}
    </Card>
  );
}
