"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { CircleCheck, Cpu, Plus, SearchX, X } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { QueryStates } from "@/components/ui/query-states";
import { Pagination } from "@/components/ui/pagination";
import { useTRPC } from "@/lib/trpc";
import { cn } from "@/lib/utils";
import { BulkActionBar } from "./bulk-action-bar";
import { DeviceFilters } from "./device-filters";
import type { DeviceSortField } from "./device-meta";
import { DevicesTable } from "./devices-table";
import { SavedFiltersMenu } from "./saved-filters-menu";
import { tagsOf, useDeviceListParams, type DeviceListParams } from "./use-device-list-params";

const PAGE_SIZE = 25;
const NOTHING_SELECTED: ReadonlySet<string> = new Set();
/** Dates read best newest first; names and versions A to Z. */
const FIRST_DIRECTION: Record<DeviceSortField, "asc" | "desc"> = { createdAt: "desc", lastSeenAt: "desc", serial: "asc", status: "asc", firmware: "asc" };

/** The list input without paging and sort: what "all devices matching the filter" means. */
function filterOf({ search, skuId, status, firmware, lastSeen, tags }: { search?: string; skuId?: string; status?: DeviceListParams["status"]; firmware?: string; lastSeen?: DeviceListParams["lastSeen"]; tags?: string[] }) {
  return { search, skuId, status: status || undefined, firmware, lastSeen: lastSeen || undefined, tags };
}

type DeviceListProps = {
  orgSlug: string;
  canWrite: boolean;
  /** limits the list to one SKU (its detail page) and hides the SKU column and menu */
  skuId?: string;
  /** false on an archived SKU, which accepts no new devices */
  canRegister?: boolean;
};

/** The device table with search, filters, sorting, paging and bulk lifecycle actions. */
export function DeviceList({ orgSlug, canWrite, skuId, canRegister = true }: DeviceListProps) {
  const trpc = useTRPC();
  const t = useTranslations("devices.list");
  const [params, update] = useDeviceListParams();
  const input = {
    orgSlug,
    page: params.page,
    pageSize: PAGE_SIZE,
    search: params.search || undefined,
    skuId: skuId ?? (params.skuId || undefined),
    status: params.status || undefined,
    firmware: params.firmware || undefined,
    lastSeen: params.lastSeen || undefined,
    tags: tagsOf(params),
    sort: params.sort,
    direction: params.direction,
  };
  const list = useQuery(trpc.device.list.queryOptions(input, { placeholderData: keepPreviousData }));
  const skus = useQuery(trpc.sku.list.queryOptions({ orgSlug, includeArchived: true }, { enabled: !skuId }));
  const firmware = useQuery(trpc.device.firmwareVersions.queryOptions({ orgSlug }));
  // The tag counts scan the organization's devices (docs/performance.md): kept a minute, never awaited by the table.
  const tags = useQuery(trpc.device.tags.queryOptions({ orgSlug }, { staleTime: 60_000, trpc: { context: { skipBatch: true } } }));

  // A selection belongs to the rows it was made on: another page or filter starts empty.
  const viewKey = JSON.stringify(input);
  const [selection, setSelection] = useState<{ key: string; ids: ReadonlySet<string> }>({ key: viewKey, ids: NOTHING_SELECTED });
  const selected = selection.key === viewKey ? selection.ids : NOTHING_SELECTED;
  const select = (ids: ReadonlySet<string>) => setSelection({ key: viewKey, ids });
  const [message, setMessage] = useState<string | null>(null);

  const filtered = Boolean(params.search || params.status || params.firmware || params.lastSeen || params.tags || (!skuId && params.skuId));
  const setFilters = (patch: Partial<DeviceListParams>) => update({ ...patch, page: 1 });
  const onSort = (field: DeviceSortField) =>
    update({ sort: field, direction: params.sort === field ? (params.direction === "asc" ? "desc" : "asc") : FIRST_DIRECTION[field], page: 1 });
  const registerHref = `/o/${orgSlug}/devices/register${skuId ? `?skuId=${encodeURIComponent(skuId)}` : ""}`;
  const items = list.data?.items ?? [];

  return (
    <Card>
      <DeviceFilters
        params={params}
        onChange={setFilters}
        skus={skuId ? undefined : (skus.data ?? [])}
        firmwareVersions={firmware.data ?? []}
        tags={tags.data ?? []}
        savedFilters={<SavedFiltersMenu orgSlug={orgSlug} hasFilter={filtered || params.sort !== "createdAt" || params.direction !== "desc"} />}
      />
      {canWrite && selected.size > 0 ? (
        <BulkActionBar
          orgSlug={orgSlug}
          selectedIds={[...selected]}
          onClear={() => select(NOTHING_SELECTED)}
          matching={filtered && list.data ? { filter: filterOf(input), total: list.data.total } : undefined}
          onDone={(result) => {
            setMessage(result);
            select(NOTHING_SELECTED);
          }}
        />
      ) : null}
      {message ? (
        <div role="status" className="flex items-center gap-2 border-b border-emerald-100 bg-emerald-50/70 px-5 py-2.5 text-sm text-emerald-900">
          <CircleCheck className="size-4 shrink-0" aria-hidden />
          <span className="mr-auto">{message}</span>
          <Button variant="ghost" size="icon" className="size-7" aria-label={t("dismiss")} onClick={() => setMessage(null)}>
            <X aria-hidden />
          </Button>
        </div>
      ) : null}
      <QueryStates
        query={list}
        loadingLabel={t("loading")}
        rows={8}
        empty={(data) => (data.total === 0 ? (
          filtered ? (
            <EmptyState icon={SearchX} title={t("noMatchTitle")} description={t("noMatchDescription")} className="py-14" />
          ) : (
            <EmptyState
              icon={Cpu}
              title={t("emptyTitle")}
              description={canRegister ? t("emptyDescription") : undefined}
              action={
                canWrite && canRegister ? (
                  <Button asChild>
                    <Link href={registerHref}>
                      <Plus aria-hidden />
                      {t("register")}
                    </Link>
                  </Button>
                ) : undefined
              }
              className="py-14"
            />
          )
        ) : items.length === 0 ? (
          <EmptyState
            title={t("emptyPageTitle")}
            description={t("emptyPageDescription")}
            action={
              <Button variant="secondary" onClick={() => update({ page: 1 })}>
                {t("firstPage")}
              </Button>
            }
          />
        ) : null)}
      >
        {(data) => (
          <div aria-busy={list.isPlaceholderData} className={cn("transition-opacity", list.isPlaceholderData && "opacity-60")}>
            <DevicesTable
              orgSlug={orgSlug}
              devices={items}
              sort={params.sort}
              direction={params.direction}
              onSort={onSort}
              showSku={!skuId}
              selection={
                canWrite
                  ? {
                      selected,
                      onToggle: (id, checked) => {
                        const next = new Set(selected);
                        if (checked) next.add(id);
                        else next.delete(id);
                        select(next);
                      },
                      onTogglePage: (checked) => select(checked ? new Set(items.map((device) => device.id)) : NOTHING_SELECTED),
                    }
                  : undefined
              }
            />
            <Pagination
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              countLabel={t("count", { count: data.total })}
              onPageChange={(page) => update({ page })}
            />
          </div>
        )}
      </QueryStates>
    </Card>
  );
}
