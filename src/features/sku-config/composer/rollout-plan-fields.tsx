"use client";

import { Field } from "@/components/ui/field";
import { describedBy, FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { PlanField, PlanForm } from "./rollout-plan";

type RolloutPlanFieldsProps = {
  id: string;
  form: PlanForm;
  errors: Partial<Record<PlanField, string>>;
  onChange: (patch: Partial<PlanForm>) => void;
};

type NumberFieldProps = { id: string; field: "stepMinutes" | "maxP95Ms" | "maxRegressionPct" | "minInteractions"; label: string; hint: string } & Omit<RolloutPlanFieldsProps, "id">;

function NumberField({ id, field, label, hint, form, errors, onChange }: NumberFieldProps) {
  const controlId = `${id}-${field}`;
  return (
    <Field label={label} htmlFor={controlId} hint={hint}>
      <Input
        id={controlId}
        inputMode="numeric"
        value={form[field]}
        onChange={(event) => onChange({ [field]: event.target.value })}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={describedBy(`${controlId}-hint`, errors[field] && `${controlId}-error`)}
      />
      <FieldError id={`${controlId}-error`} message={errors[field]} />
    </Field>
  );
}

/** The staged plan: steps, minutes per step, and the latency gate that rolls a slow version back. */
export function RolloutPlanFields({ id, form, errors, onChange }: RolloutPlanFieldsProps) {
  const shared = { id, form, errors, onChange };
  return (
    <div className="space-y-4 rounded-md border border-slate-200 bg-slate-50/60 p-4">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field label="Steps (% of devices)" htmlFor={`${id}-steps`} hint="Ascending, the last one 100.">
          <Input
            id={`${id}-steps`}
            value={form.steps}
            onChange={(event) => onChange({ steps: event.target.value })}
            aria-invalid={errors.steps ? true : undefined}
            aria-describedby={describedBy(`${id}-steps-hint`, errors.steps && `${id}-steps-error`)}
          />
          <FieldError id={`${id}-steps-error`} message={errors.steps} />
        </Field>
        <NumberField {...shared} field="stepMinutes" label="Minutes per step" hint="Each step widens by itself after this long." />
      </div>
      <fieldset className="space-y-3">
        <legend className="sr-only">Latency gate</legend>
        <label className="flex items-start gap-2 text-sm text-slate-900">
          <input type="checkbox" className="mt-0.5 size-4 accent-brand-600" checked={form.gated} onChange={(event) => onChange({ gated: event.target.checked })} />
          <span>
            <span className="font-medium">Roll back automatically when it gets slow</span>
            <span className="block text-xs text-slate-600">Checked every few seconds against the fleet&apos;s telemetry, over the current step, for both versions.</span>
          </span>
        </label>
        {form.gated ? (
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <Field label="Interactions judged" htmlFor={`${id}-kind`}>
              <Select id={`${id}-kind`} value={form.kind} onChange={(event) => onChange({ kind: event.target.value === "video" ? "video" : "voice" })}>
                <option value="voice">Voice</option>
                <option value="video">Video</option>
              </Select>
            </Field>
            <NumberField {...shared} field="maxP95Ms" label="p95 limit (ms)" hint="The new version's p95 may not exceed this." />
            <NumberField {...shared} field="maxRegressionPct" label="Slowdown limit (%)" hint="Nor be this much slower than the current version." />
            <NumberField {...shared} field="minInteractions" label="Judge after (interactions)" hint="On the new version, before the gate decides." />
            <FieldError id={`${id}-gate-error`} message={errors.gate} />
          </div>
        ) : null}
      </fieldset>
    </div>
  );
}
