"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Search } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useDebouncedValue } from "@/components/ui/use-debounced-value";
import { useTRPC } from "@/lib/trpc";
import { cn } from "@/lib/utils";
import { DEVICE_SEARCH_MAX_LENGTH } from "@/shared/device-schemas";
import type { Device } from "./device-meta";

const MAX_CANDIDATES = 8;

type ReplacementPickerProps = {
  orgSlug: string;
  /** the device being replaced, never offered as its own replacement */
  excludeId: string;
  selected: Device | null;
  onSelect: (device: Device | null) => void;
  error?: string;
};

/**
 * Finds the replacement by serial prefix among devices that never booted (status
 * provisioned): an activated device holds its own seat and a revoked one cannot take one.
 */
export function ReplacementPicker({ orgSlug, excludeId, selected, onSelect, error }: ReplacementPickerProps) {
  const trpc = useTRPC();
  const t = useTranslations("devices.picker");
  const id = useId();
  const [search, setSearch] = useState("");
  const term = useDebouncedValue(search.trim());
  const matches = useQuery(
    trpc.device.list.queryOptions(
      { orgSlug, search: term, status: "provisioned", pageSize: MAX_CANDIDATES + 1, sort: "serial", direction: "asc" },
      { enabled: term.length > 0, placeholderData: keepPreviousData },
    ),
  );
  // A never-booted device may already hold a seat from an earlier RMA transfer.
  const candidates = (matches.data?.items ?? []).filter((device) => device.id !== excludeId && !device.licensedAt).slice(0, MAX_CANDIDATES);

  return (
    <div className="space-y-2">
      <Field label={t("label")} htmlFor={`${id}-search`} hint={t("hint")}>
        <div className="relative">
          <Search className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-400" aria-hidden />
          <Input
            id={`${id}-search`}
            type="search"
            value={search}
            placeholder={t("placeholder")}
            maxLength={DEVICE_SEARCH_MAX_LENGTH}
            spellCheck={false}
            autoComplete="off"
            className="pl-9 font-mono"
            aria-describedby={`${id}-search-hint`}
            onChange={(event) => {
              setSearch(event.target.value);
              onSelect(null);
            }}
          />
        </div>
      </Field>
      {term ? (
        <fieldset aria-busy={matches.isFetching} className={cn("transition-opacity", matches.isPlaceholderData && "opacity-60")}>
          <legend className="sr-only">{t("legend")}</legend>
          {matches.isPending ? (
            <p className="text-sm text-slate-500">{t("searching")}</p>
          ) : matches.isError ? (
            <p className="text-sm text-red-700">{t("failed")}</p>
          ) : candidates.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noMatch", { term })}</p>
          ) : (
            <ul className="max-h-64 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200">
              {candidates.map((device) => (
                <Candidate key={device.id} name={`${id}-device`} device={device} checked={selected?.id === device.id} onSelect={onSelect} />
              ))}
            </ul>
          )}
        </fieldset>
      ) : null}
      {error ? <p className="text-xs text-red-700">{error}</p> : null}
    </div>
  );
}

function Candidate({ name, device, checked, onSelect }: { name: string; device: Device; checked: boolean; onSelect: (device: Device) => void }) {
  return (
    <li>
      <label className={cn("flex cursor-pointer items-center gap-3 px-3 py-2 text-sm hover:bg-slate-50", checked && "bg-brand-50/60")}>
        <input type="radio" name={name} className="size-4 accent-brand-600" checked={checked} onChange={() => onSelect(device)} />
        <span className="min-w-0 flex-1">
          <span className="block font-mono text-slate-900">{device.serial}</span>
          <span className="block truncate text-xs text-slate-500">
            {[device.sku.name, device.label, device.batch].filter(Boolean).join(" · ")}
          </span>
        </span>
      </label>
    </li>
  );
}
