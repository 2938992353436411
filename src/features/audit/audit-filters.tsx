"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { utcOfWallTime, type TimeZone } from "@/lib/time-zone";
import { actionLabel } from "./audit-labels";
import { useMessageLookup } from "./use-message-lookup";

export type AuditFilterValues = { action: string; actorId: string; from: string; to: string };
export const NO_FILTERS: AuditFilterValues = { action: "", actorId: "", from: "", to: "" };

type AuditFiltersProps = {
  value: AuditFilterValues;
  onChange: (value: AuditFilterValues) => void;
  actions: string[];
  actors: { id: string; name: string }[];
};

/** The action menu's entry for every security event at once (see list-audit's `category`). */
export const SECURITY_EVENTS = "category:security";

/** Action and actor menus (from the log's own facets) and a date range. */
export function AuditFilters({ value, onChange, actions, actors }: AuditFiltersProps) {
  const set = (patch: Partial<AuditFilterValues>) => onChange({ ...value, ...patch });
  const active = Object.values(value).some(Boolean);
  const t = useTranslations("audit.filters");
  const lookup = useMessageLookup();
  return (
    <div className="grid grid-cols-2 gap-3 border-b border-slate-100 px-5 py-4 lg:grid-cols-[1fr_1fr_auto_auto_auto] lg:items-end">
      <Field label={t("action")} htmlFor="audit-action" className="col-span-2 sm:col-span-1">
        <Select id="audit-action" value={value.action} onChange={(event) => set({ action: event.target.value })}>
          <option value="">{t("allActions")}</option>
          <option value={SECURITY_EVENTS}>{t("securityEvents")}</option>
          {actions.map((action) => (
            <option key={action} value={action}>
              {actionLabel(action, lookup)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("actor")} htmlFor="audit-actor" className="col-span-2 sm:col-span-1">
        <Select id="audit-actor" value={value.actorId} onChange={(event) => set({ actorId: event.target.value })}>
          <option value="">{t("allActors")}</option>
          {actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("from")} htmlFor="audit-from">
        <Input id="audit-from" type="date" value={value.from} max={value.to || undefined} onChange={(event) => set({ from: event.target.value })} />
      </Field>
      <Field label={t("to")} htmlFor="audit-to">
        <Input id="audit-to" type="date" value={value.to} min={value.from || undefined} onChange={(event) => set({ to: event.target.value })} />
      </Field>
      <Button variant="ghost" onClick={() => onChange(NO_FILTERS)} disabled={!active} className="col-span-2 justify-self-start lg:col-span-1">
        <X aria-hidden />
        {t("clear")}
      </Button>
    </div>
  );
}

/** A date input's "YYYY-MM-DD" as the start or end of that day in the zone times are shown in. */
export function dayBoundary(day: string, edge: "start" | "end", zone: TimeZone): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const start = Date.parse(`${utcOfWallTime(`${day}T00:00`, zone)}Z`);
  if (Number.isNaN(start)) return undefined;
  if (edge === "start") return new Date(start);
  const next = new Date(Date.parse(`${day}T00:00Z`) + 86_400_000).toISOString().slice(0, 16);
  return new Date(Date.parse(`${utcOfWallTime(next, zone)}Z`) - 1);
}
