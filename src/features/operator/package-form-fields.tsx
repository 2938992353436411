import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { describedBy, FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { type PackageErrors, type PackageValues } from "./package-values";
import { TierRowsField } from "./tier-rows-field";

type TextField = Exclude<keyof PackageValues, "active" | "tiers">;

type PackageFormFieldsProps = {
  /** prefix of the controls' ids */
  id: string;
  values: PackageValues;
  errors: PackageErrors;
  onChange: (patch: Partial<PackageValues>) => void;
};

/** The package's controls, each with its hint and its validation message. */
export function PackageFormFields({ id, values, errors, onChange }: PackageFormFieldsProps) {
  const t = useTranslations("operator.packageForm");
  const tc = useTranslations("operator.common");
  const text = (field: TextField, label: string, hint?: ReactNode, extra: { mono?: boolean; numeric?: boolean; wide?: boolean } = {}) => (
    <Field label={label} htmlFor={`${id}-${field}`} hint={hint} className={extra.wide ? "sm:col-span-2" : undefined}>
      <Input
        id={`${id}-${field}`}
        value={values[field]}
        onChange={(event) => onChange({ [field]: event.target.value })}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={describedBy(hint !== undefined && `${id}-${field}-hint`, errors[field] && `${id}-${field}-error`)}
        spellCheck={false}
        autoComplete="off"
        inputMode={extra.numeric ? "numeric" : undefined}
        className={extra.mono ? "font-mono" : undefined}
      />
      <FieldError id={`${id}-${field}-error`} message={errors[field]} />
    </Field>
  );

  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {text("name", tc("name"), undefined, { wide: true })}
      <TierRowsField id={`${id}-tiers`} rows={values.tiers} currency={values.currency} error={errors.tiers} onChange={(tiers) => onChange({ tiers })} />
      {text("currency", tc("currency"), t("currencyHint"), { mono: true })}
      {text("termMonths", t("termMonths"), t("termHint"), { numeric: true })}
      {text("stripeLookupKey", t("lookupKey"), t("lookupKeyHint"), { mono: true })}
      {text("sortOrder", t("sortOrder"), t("sortOrderHint"), { numeric: true })}
      <label className="flex items-center gap-2 text-sm font-medium text-slate-800 sm:col-span-2">
        <Checkbox checked={values.active} onChange={(event) => onChange({ active: event.target.checked })} />
        {t("active")}
      </label>
    </div>
  );
}
