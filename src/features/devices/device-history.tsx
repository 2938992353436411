"use client";

import { DateTime } from "@/components/ui/date-time";
import { useInfiniteQuery } from "@tanstack/react-query";
import { History } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError } from "@/components/ui/form-error";
import { Skeleton } from "@/components/ui/skeleton";
import { errorMessage } from "@/lib/errors";
import { useTRPC, type RouterOutputs } from "@/lib/trpc";
import { DEVICE_STATUSES } from "@/shared/device-schemas";
import { DeviceStatusBadge } from "./device-status-badge";
import type { DeviceStatus } from "./device-meta";

type TimelineEntry = RouterOutputs["device"]["timeline"]["items"][number];

const ACTION_LABELS: Record<string, string> = {
  "device.suspended": "Suspended",
  "device.resumed": "Resumed",
  "device.revoked": "Revoked",
  "device.secret_rotated": "Secret rotated",
  "device.public_key_set": "Public key set",
  "device.sessions_revoked": "Sessions revoked",
  "device.activated": "Activated",
  "device.registered": "Registered",
  "device.booted": "Booted",
  "device.tags_changed": "Tags changed",
  "device.replaced": "Replaced (RMA)",
  "device.replacement": "Took over a seat (RMA)",
};

/** "by PIP2-00020 · RMA-0142": the other device of an RMA transfer, and why. */
function rmaNote(metadata: Record<string, unknown>): string | null {
  const { replacement, replaces, reason } = metadata;
  const other = typeof replacement === "string" ? `by ${replacement}` : typeof replaces === "string" ? `for ${replaces}` : null;
  if (!other) return null;
  return typeof reason === "string" ? `${other} · ${reason}` : other;
}

/** "added eu, beta · removed pilot": a tag edit. */
function tagsNote(metadata: Record<string, unknown>): string | null {
  const list = (value: unknown) => (Array.isArray(value) ? value.filter((tag): tag is string => typeof tag === "string") : []);
  const added = list(metadata.added);
  const removed = list(metadata.removed);
  const parts = [added.length > 0 ? `added ${added.join(", ")}` : null, removed.length > 0 ? `removed ${removed.join(", ")}` : null].filter(Boolean);
  return parts.length > 0 ? parts.join(" · ") : null;
}

/** "firmware 2.1.0 · holds config v7": what a sampled boot said. */
function bootNote(entry: TimelineEntry): string | null {
  if (entry.action !== "device.booted") return null;
  const { firmware, configVersion } = entry.metadata;
  const parts = [typeof firmware === "string" ? `firmware ${firmware}` : null, typeof configVersion === "number" ? `holds config v${configVersion}` : null].filter(Boolean);
  return parts.length > 0 ? parts.join(" · ") : null;
}

const asStatus = (value: unknown): DeviceStatus | undefined => DEVICE_STATUSES.find((status) => status === value);

const PAGE_SIZE = 25;

/** What happened to the device, newest first: audit entries, sampled boots and its registration, a page at a time. */
export function DeviceHistory({ orgSlug, deviceId }: { orgSlug: string; deviceId: string }) {
  const trpc = useTRPC();
  const timeline = useInfiniteQuery(
    trpc.device.timeline.infiniteQueryOptions({ orgSlug, deviceId, limit: PAGE_SIZE }, { getNextPageParam: (page) => page.nextCursor ?? undefined }),
  );
  const items = timeline.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Card>
      <CardHeader>
        <CardTitle>Timeline</CardTitle>
        <CardDescription>Registration, activation, boots (at most one an hour is kept), status changes, secret rotations, session revocations and RMA transfers.</CardDescription>
      </CardHeader>
      {timeline.isPending ? (
        <div role="status" aria-label="Loading timeline" className="space-y-2 px-5 pb-5">
          <Skeleton className="h-6 w-full" />
          <Skeleton className="h-6 w-full" />
        </div>
      ) : timeline.isError ? (
        <FormError message={errorMessage(timeline.error)} className="mx-5 mb-5" />
      ) : items.length === 0 ? (
        <EmptyState icon={History} title="No history yet" description="Registration, boots, status changes and secret rotations are listed here." />
      ) : (
        <>
          <ol className="divide-y divide-slate-100" aria-label="Device history">
            {items.map((entry) => {
              const from = asStatus(entry.metadata.from);
              const to = asStatus(entry.metadata.to);
              const note = rmaNote(entry.metadata) ?? bootNote(entry) ?? (entry.action === "device.tags_changed" ? tagsNote(entry.metadata) : null);
              return (
                <li key={entry.id} className="flex flex-col gap-1 px-5 py-3 text-sm sm:flex-row sm:items-center sm:gap-4">
                  <span className="font-medium text-slate-900 sm:w-36">{ACTION_LABELS[entry.action] ?? entry.action}</span>
                  {from && to ? (
                    <span className="flex items-center gap-1.5" aria-label={`from ${from} to ${to}`}>
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
                {timeline.isFetchingNextPage ? "Loading…" : "Load older"}
              </Button>
            </div>
          ) : null}
        </>
      )}
    </Card>
  );
}
