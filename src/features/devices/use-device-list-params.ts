"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback } from "react";
import { DEVICE_STATUSES } from "@/shared/device-schemas";
import { MAX_FILTER_TAGS, ZTag } from "@/shared/device-tags";
import { LAST_SEEN_FILTERS, SORT_FIELDS, type DeviceSortField, type DeviceStatus, type LastSeenFilter } from "./device-meta";

export type DeviceListParams = {
  page: number;
  search: string;
  skuId: string;
  status: DeviceStatus | "";
  firmware: string;
  lastSeen: LastSeenFilter | "";
  /** device groups, comma-separated in the URL (`tags=eu,beta`): devices carrying every one */
  tags: string;
  sort: DeviceSortField;
  direction: "asc" | "desc";
};

const DEFAULT_PARAMS: DeviceListParams = {
  page: 1,
  search: "",
  skuId: "",
  status: "",
  firmware: "",
  lastSeen: "",
  tags: "",
  sort: "createdAt",
  direction: "desc",
};

const oneOf = <T extends string>(options: readonly T[], value: string | null): T | undefined => options.find((option) => option === value);

function readParams(query: URLSearchParams): DeviceListParams {
  const page = Number(query.get("page"));
  return {
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    search: query.get("q") ?? "",
    skuId: query.get("sku") ?? "",
    status: oneOf(DEVICE_STATUSES, query.get("status")) ?? "",
    firmware: query.get("firmware") ?? "",
    lastSeen: oneOf(LAST_SEEN_FILTERS, query.get("seen")) ?? "",
    tags: query.get("tags") ?? "",
    sort: oneOf(SORT_FIELDS, query.get("sort")) ?? DEFAULT_PARAMS.sort,
    direction: oneOf(["asc", "desc"] as const, query.get("dir")) ?? DEFAULT_PARAMS.direction,
  };
}

const QUERY_KEYS: Record<keyof DeviceListParams, string> = {
  page: "page",
  search: "q",
  skuId: "sku",
  status: "status",
  firmware: "firmware",
  lastSeen: "seen",
  tags: "tags",
  sort: "sort",
  direction: "dir",
};

/**
 * The device table's filters, sort and page, kept in the URL so a view can be shared or
 * bookmarked. Defaults are left out of the URL. `history.replaceState` updates the URL
 * without a server round trip (Next.js syncs `useSearchParams` with it).
 */
export function useDeviceListParams(): [DeviceListParams, (patch: Partial<DeviceListParams>) => void] {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const params = readParams(new URLSearchParams(searchParams.toString()));

  const update = useCallback(
    (patch: Partial<DeviceListParams>) => {
      const query = new URLSearchParams(window.location.search);
      const next = { ...readParams(query), ...patch };
      for (const key of Object.keys(QUERY_KEYS) as (keyof DeviceListParams)[]) {
        const value = String(next[key]);
        if (value === String(DEFAULT_PARAMS[key])) query.delete(QUERY_KEYS[key]);
        else query.set(QUERY_KEYS[key], value);
      }
      const search = query.toString();
      window.history.replaceState(null, "", search ? `${pathname}?${search}` : pathname);
    },
    [pathname],
  );

  return [params, update];
}

/** The URL's tags as the list input wants them: normalised, valid ones only, at most 5. */
export function tagsOf(params: DeviceListParams): string[] | undefined {
  const tags = params.tags
    .split(",")
    .map((tag) => ZTag.safeParse(tag))
    .flatMap((parsed) => (parsed.success ? [parsed.data] : []));
  return tags.length > 0 ? [...new Set(tags)].slice(0, MAX_FILTER_TAGS) : undefined;
}
