"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Select } from "@/components/ui/select";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC } from "@/lib/trpc";
import { useTimeZone } from "@/lib/use-time-zone";
import { CustomRange } from "./custom-range";
import { TimeZoneToggle } from "@/components/ui/time-zone-toggle";
import { KINDS, RANGE_KEYS, RANGE_PRESETS, toUtcInput, type FleetFilters, type FleetParams, type RangeKey } from "./fleet-params";

/** The agent menu's value for "every agent" ("" is a filter of its own: no agent named). */
const ALL_AGENTS = "__all__";

type FleetFilterBarProps = {
  orgSlug: string;
  params: FleetParams;
  filters: FleetFilters;
  update: (patch: Partial<FleetParams>) => void;
  /** the latency page filters by interaction kind; usage counts both */
  showKind?: boolean;
  /** page-specific fields after the shared ones (the usage split) */
  children?: ReactNode;
};

/** Time range, SKU, firmware, agent (and kind) of a fleet page, every change landing in the URL; and the zone times are shown in. */
export function FleetFilterBar({ orgSlug, params, filters, update, showKind = false, children }: FleetFilterBarProps) {
  const trpc = useTRPC();
  const t = useTranslations("fleet");
  const errorMessage = useErrorMessage();
  const { zone } = useTimeZone();
  const options = useQuery(trpc.fleet.filterOptions.queryOptions({ orgSlug }));
  const { skus = [], firmwares = [], agents = [], configVersions = [] } = options.data ?? {};
  // Keep a shared link's values selectable even when they are no longer reported.
  const withCurrent = (values: string[], current: string | null) => (current !== null && !values.includes(current) ? [current, ...values] : values);

  const onRange = (range: RangeKey) =>
    range === "custom"
      ? // Start from the range on screen, so the custom one is valid as soon as it opens.
        update({ range, from: toUtcInput(Date.parse(filters.from)), to: toUtcInput(Date.parse(filters.to)) })
      : update({ range, from: "", to: "" });

  return (
    <Card aria-label={t("filters.label")}>
      <div className="grid grid-cols-2 gap-3 px-5 py-4 sm:grid-cols-3 xl:flex xl:items-end">
        <Field label={t("filters.range")} htmlFor="fleet-range" className="xl:min-w-0 xl:flex-1">
          <Select id="fleet-range" value={params.range} onChange={(event) => onRange(RANGE_KEYS.find((key) => key === event.target.value) ?? "7d")}>
            {RANGE_PRESETS.map((preset) => (
              <option key={preset.key} value={preset.key}>
                {t(`ranges.${preset.key}`)}
              </option>
            ))}
            <option value="custom">{t("filters.custom")}</option>
          </Select>
        </Field>
        <Field label={t("filters.sku")} htmlFor="fleet-sku" className="xl:min-w-0 xl:flex-1">
          {/* Version numbers are per SKU: another SKU's "v3" is another lineup. */}
          <Select id="fleet-sku" value={params.skuId} onChange={(event) => update({ skuId: event.target.value, configVersion: "" })}>
            <option value="">{t("filters.allSkus")}</option>
            {params.skuId && !skus.some((sku) => sku.id === params.skuId) ? <option value={params.skuId}>{params.skuId}</option> : null}
            {skus.map((sku) => (
              <option key={sku.id} value={sku.id}>
                {sku.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("filters.firmware")} htmlFor="fleet-firmware" className="xl:min-w-0 xl:flex-1">
          <Select id="fleet-firmware" value={params.firmware} onChange={(event) => update({ firmware: event.target.value })}>
            <option value="">{t("filters.anyFirmware")}</option>
            {withCurrent(firmwares, params.firmware || null).map((version) => (
              <option key={version} value={version}>
                {version}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("filters.configVersion")} htmlFor="fleet-config-version" className="xl:min-w-0 xl:flex-1">
          <Select id="fleet-config-version" value={params.configVersion} onChange={(event) => update({ configVersion: event.target.value })}>
            <option value="">{t("filters.anyVersion")}</option>
            {withCurrent(configVersions.map(String), params.configVersion || null).map((version) => (
              <option key={version} value={version}>
                {t("filters.version", { version })}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("filters.agent")} htmlFor="fleet-agent" className="xl:min-w-0 xl:flex-1">
          <Select
            id="fleet-agent"
            value={params.agent ?? ALL_AGENTS}
            onChange={(event) => update({ agent: event.target.value === ALL_AGENTS ? null : event.target.value })}
          >
            <option value={ALL_AGENTS}>{t("filters.allAgents")}</option>
            {withCurrent(agents, params.agent).map((agent) => (
              <option key={agent} value={agent}>
                {agent || t("filters.noAgent")}
              </option>
            ))}
          </Select>
        </Field>
        {showKind ? (
          <Field label={t("filters.kind")} htmlFor="fleet-kind" className="xl:min-w-0 xl:flex-1">
            <Select id="fleet-kind" value={params.kind} onChange={(event) => update({ kind: KINDS.find((kind) => kind === event.target.value) ?? "voice" })}>
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kinds.${kind}`)}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        {children}
      </div>
      <TimeZoneToggle className="border-t border-slate-100 px-5 py-3" />
      {options.isError ? <FormError message={t("filters.optionsFailed", { error: errorMessage(options.error) })} className="mx-5 mb-4" /> : null}
      {params.range === "custom" ? (
        <CustomRange key={`${params.from}|${params.to}|${zone.id}`} from={params.from} to={params.to} zone={zone} onApply={(range) => update({ range: "custom", ...range })} />
      ) : null}
    </Card>
  );
}
