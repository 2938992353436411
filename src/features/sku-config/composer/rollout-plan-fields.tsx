"use client";

import { useTranslations } from "next-intl";
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
  const t = useTranslations("skuConfig.plan");
  const shared = { id, form, errors, onChange };
  return (
    <div className="space-y-4 rounded-md border border-slate-200 bg-slate-50/60 p-4">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field label={t("steps")} htmlFor={`${id}-steps`} hint={t("stepsHint")}>
          <Input
            id={`${id}-steps`}
            value={form.steps}
            onChange={(event) => onChange({ steps: event.target.value })}
            aria-invalid={errors.steps ? true : undefined}
            aria-describedby={describedBy(`${id}-steps-hint`, errors.steps && `${id}-steps-error`)}
          />
          <FieldError id={`${id}-steps-error`} message={errors.steps} />
        </Field>
        <NumberField {...shared} field="stepMinutes" label={t("stepMinutes")} hint={t("stepMinutesHint")} />
      </div>
      <fieldset className="space-y-3">
        <legend className="sr-only">{t("gate")}</legend>
        <label className="flex items-start gap-2 text-sm text-slate-900">
          <input type="checkbox" className="mt-0.5 size-4 accent-brand-600" checked={form.gated} onChange={(event) => onChange({ gated: event.target.checked })} />
          <span>
            <span className="font-medium">{t("autoRollback")}</span>
            <span className="block text-xs text-slate-600">{t("autoRollbackHint")}</span>
          </span>
        </label>
        {form.gated ? (
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <Field label={t("kind")} htmlFor={`${id}-kind`}>
              <Select id={`${id}-kind`} value={form.kind} onChange={(event) => onChange({ kind: event.target.value === "video" ? "video" : "voice" })}>
                <option value="voice">{t("voice")}</option>
                <option value="video">{t("video")}</option>
              </Select>
            </Field>
            <NumberField {...shared} field="maxP95Ms" label={t("maxP95")} hint={t("maxP95Hint")} />
            <NumberField {...shared} field="maxRegressionPct" label={t("slowdown")} hint={t("slowdownHint")} />
            <NumberField {...shared} field="minInteractions" label={t("judgeAfter")} hint={t("judgeAfterHint")} />
            <FieldError id={`${id}-gate-error`} message={errors.gate} />
          </div>
        ) : null}
      </fieldset>
    </div>
  );
}
