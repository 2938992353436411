"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { utcOfWallTime, wallTimeInZone, type TimeZone } from "@/lib/time-zone";
import { customRangeError } from "./fleet-params";

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
  const [error, setError] = useState<string | null>(null);
  const zoneName = zone.utc ? "UTC" : zone.id;

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const range = { from: utcOfWallTime(draft.from, zone), to: utcOfWallTime(draft.to, zone) };
    const problem = customRangeError(range.from, range.to);
    setError(problem);
    if (!problem) onApply(range);
  };

  return (
    <form onSubmit={apply} noValidate className="border-t border-slate-100 px-5 py-4">
      <div className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <Field label={`From (${zoneName})`} htmlFor="fleet-from">
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
        <Field label={`To (${zoneName})`} htmlFor="fleet-to">
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
          Apply range
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
