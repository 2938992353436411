"use client";

import { Search, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { DEVICE_SEARCH_MAX_LENGTH, DEVICE_STATUSES } from "@/shared/device-schemas";
import { LAST_SEEN_FILTERS } from "./device-meta";
import type { DeviceListParams } from "./use-device-list-params";

const SEARCH_DELAY_MS = 300;

type DeviceFiltersProps = {
  params: DeviceListParams;
  /** applies filter changes; the caller resets the page */
  onChange: (patch: Partial<DeviceListParams>) => void;
  /** SKUs for the SKU menu; omit on a page that is already about one SKU */
  skus?: { id: string; name: string; code: string }[];
  firmwareVersions: string[];
  /** the organization's tags (device groups) with their device counts */
  tags: { tag: string; devices: number }[];
  /** the saved-filters menu, rendered next to "Clear filters" */
  savedFilters?: ReactNode;
};

/** Search by serial or deviceId prefix (debounced) and the SKU, status, firmware and last-seen menus. */
export function DeviceFilters({ params, onChange, skus, firmwareVersions, tags, savedFilters }: DeviceFiltersProps) {
  const t = useTranslations("devices.filters");
  const tStatus = useTranslations("devices.status");
  const tLastSeen = useTranslations("devices.lastSeen");
  const tRegister = useTranslations("devices.register");
  const [search, setSearch] = useState(params.search);
  // Follow the URL when it changes from elsewhere (Clear filters, back button).
  const [seenParam, setSeenParam] = useState(params.search);
  if (params.search !== seenParam) {
    setSeenParam(params.search);
    if (params.search !== search.trim()) setSearch(params.search);
  }
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const onSearch = (value: string) => {
    setSearch(value);
    clearTimeout(timer.current);
    // One request per pause in typing, not one per keystroke.
    timer.current = setTimeout(() => onChange({ search: value.trim() }), SEARCH_DELAY_MS);
  };

  const active = Boolean(params.search || params.status || params.firmware || params.lastSeen || params.tags || (skus && params.skuId));
  const clear = () => {
    clearTimeout(timer.current);
    setSearch("");
    onChange({ search: "", status: "", firmware: "", lastSeen: "", tags: "", ...(skus ? { skuId: "" } : {}) });
  };

  return (
    <div className="grid grid-cols-2 gap-3 border-b border-slate-100 px-5 py-4 sm:grid-cols-3 sm:items-end lg:grid-cols-4 2xl:flex">
      <Field label={t("search")} htmlFor="device-search" className="col-span-2 sm:col-span-3 lg:col-span-4 2xl:min-w-0 2xl:flex-[1.6]">
        <div className="relative">
          <Search className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-400" aria-hidden />
          <Input
            id="device-search"
            type="search"
            value={search}
            placeholder={t("searchPlaceholder")}
            maxLength={DEVICE_SEARCH_MAX_LENGTH}
            spellCheck={false}
            autoComplete="off"
            className="pl-9"
            onChange={(event) => onSearch(event.target.value)}
            onKeyDown={(event) => {
              if (event.key !== "Enter") return;
              clearTimeout(timer.current);
              onChange({ search: search.trim() });
            }}
          />
        </div>
      </Field>
      {skus ? (
        <Field label={t("sku")} htmlFor="device-sku" className="col-span-2 sm:col-span-1 2xl:min-w-0 2xl:flex-1">
          <Select id="device-sku" value={params.skuId} onChange={(event) => onChange({ skuId: event.target.value })}>
            <option value="">{t("allSkus")}</option>
            {skus.map((sku) => (
              <option key={sku.id} value={sku.id}>
                {tRegister("skuOption", { name: sku.name, code: sku.code })}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Field label={t("status")} htmlFor="device-status" className="2xl:min-w-0 2xl:flex-1">
        <Select
          id="device-status"
          value={params.status}
          onChange={(event) => onChange({ status: DEVICE_STATUSES.find((status) => status === event.target.value) ?? "" })}
        >
          <option value="">{t("allStatuses")}</option>
          {DEVICE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {tStatus(status)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("firmware")} htmlFor="device-firmware" className="2xl:min-w-0 2xl:flex-1">
        <Select id="device-firmware" value={params.firmware} onChange={(event) => onChange({ firmware: event.target.value })}>
          <option value="">{t("anyFirmware")}</option>
          {/* Keep a shared link's firmware selectable even before any device reports it. */}
          {params.firmware && !firmwareVersions.includes(params.firmware) ? <option value={params.firmware}>{params.firmware}</option> : null}
          {firmwareVersions.map((version) => (
            <option key={version} value={version}>
              {version}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("lastSeen")} htmlFor="device-last-seen" className="2xl:min-w-0 2xl:flex-1">
        <Select
          id="device-last-seen"
          value={params.lastSeen}
          onChange={(event) => onChange({ lastSeen: LAST_SEEN_FILTERS.find((key) => key === event.target.value) ?? "" })}
        >
          <option value="">{t("anyTime")}</option>
          {LAST_SEEN_FILTERS.map((key) => (
            <option key={key} value={key}>
              {tLastSeen(key)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("tag")} htmlFor="device-tag" className="2xl:min-w-0 2xl:flex-1">
        <Select id="device-tag" value={params.tags} onChange={(event) => onChange({ tags: event.target.value })}>
          <option value="">{t("anyTag")}</option>
          {/* A link or saved filter may name several tags (all must match) or one no device carries yet. */}
          {params.tags && !tags.some((entry) => entry.tag === params.tags) ? <option value={params.tags}>{params.tags.split(",").join(" + ")}</option> : null}
          {tags.map((entry) => (
            <option key={entry.tag} value={entry.tag}>
              {t("tagOption", { tag: entry.tag, count: entry.devices })}
            </option>
          ))}
        </Select>
      </Field>
      <div className="col-span-2 flex flex-wrap items-center gap-2 sm:col-span-2 lg:col-span-3 2xl:shrink-0">
        <Button variant="ghost" onClick={clear} disabledReason={active ? null : t("noFilter")}>
          <X aria-hidden />
          {t("clear")}
        </Button>
        {savedFilters}
      </div>
    </div>
  );
}
