"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { customRangeError } from "./fleet-params";

type CustomRangeProps = {
  from: string;
  to: string;
  onApply: (range: { from: string; to: string }) => void;
};

/** Start and end of a custom range (UTC, like every chart), applied together once valid. */
export function CustomRange({ from, to, onApply }: CustomRangeProps) {
  const [draft, setDraft] = useState({ from, to });
  const [error, setError] = useState<string | null>(null);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const problem = customRangeError(draft.from, draft.to);
    setError(problem);
    if (!problem) onApply(draft);
  };

  return (
    <form onSubmit={apply} noValidate className="border-t border-slate-100 px-5 py-4">
      <div className="grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <Field label="From (UTC)" htmlFor="fleet-from">
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
        <Field label="To (UTC)" htmlFor="fleet-to">
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
