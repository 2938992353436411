"use client";

import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { utcOfWallTime, wallTimeInZone, type TimeZone } from "@/lib/time-zone";
import { customRangeError, type RangeProblem } from "./fleet-params";

type CustomRangeProps = {
  /** the range as the URL keeps it, in UTC */
  from: string;
  to: string;
  /** the zone the viewer types and reads times in (the charts' zone) */
  zone: TimeZone;
  onApply: (range: { from: string; to: string }) => void;
};

/** Start and end of a custom range, typed in the charts' zone and applied (as UTC) together once valid. */
export function CustomRange({ from, to, zone, onApply }: CustomRangeProps) {
  const [draft, setDraft] = useState({ from: wallTimeInZone(from, zone), to: wallTimeInZone(to, zone) });
  const t = useTranslations("fleet.customRange");
  const [problem, setProblem] = useState<RangeProblem | null>(null);
  const error = problem ? t(`errors.${problem}`) : null;
  const zoneName = zone.utc ? "UTC" : zone.id;

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const range = { from: utcOfWallTime(draft.from, zone), to: utcOfWallTime(draft.to, zone) };
    const found = customRangeError(range.from, range.to);
    setProblem(found);
    if (!found) onApply(range);
  };

  return (
    <form onSubmit={apply} noValidate className="border-t border-slate-100 px-5 py-4">
      <div className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <Field label={t("from", { zone: zoneName })} htmlFor="fleet-from">
          <Input
            id="fleet-from"
            type="datetime-local"
            value={draft.from}
            max={draft.to || undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "fleet-range-error" : undefined}
            onChange={(event) => setDraft({ ...draft, from: event.target.value })}
          />
        </Field>
        <Field label={t("to", { zone: zoneName })} htmlFor="fleet-to">
          <Input
            id="fleet-to"
            type="datetime-local"
            value={draft.to}
            min={draft.from || undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "fleet-range-error" : undefined}
            onChange={(event) => setDraft({ ...draft, to: event.target.value })}
          />
        </Field>
        <Button type="submit" variant="secondary">
          {t("apply")}
        </Button>
      </div>
      {error ? (
        <p id="fleet-range-error" role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
