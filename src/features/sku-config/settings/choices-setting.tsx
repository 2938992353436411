import { Checkbox } from "@/components/ui/checkbox";
import { describedBy } from "@/components/ui/field-error";
import { FieldMessages } from "./field-messages";
import type { FieldOfKind, SettingControlProps } from "./setting-control-props";
import { optionLabel } from "./setting-fields";
import { settingHint } from "./setting-hint";

/** An array of options as a group of checkboxes, kept in the catalog's option order. */
export function ChoicesSetting({ id, field, value, messages, onChange, words }: SettingControlProps<FieldOfKind<"choices">>) {
  const selected = Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  const hint = settingHint(field, words);
  const shown = messages.map((message) => message.message);
  const toggle = (option: string, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(option);
    else next.delete(option);
    onChange(field.options.filter((candidate) => next.has(candidate)));
  };
  return (
    <fieldset aria-describedby={describedBy(hint && `${id}-hint`, shown.length > 0 && `${id}-error`)} aria-invalid={shown.length > 0 ? true : undefined} className="space-y-1.5">
      <legend className="text-sm font-medium text-slate-800">{field.title}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1.5">
        {field.options.map((option) => (
          <label key={option} className="flex items-center gap-2 text-sm text-slate-700">
            <Checkbox checked={selected.includes(option)} onChange={(event) => toggle(option, event.target.checked)} />
            {optionLabel(option, field.optionLabels)}
          </label>
        ))}
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <FieldMessages id={`${id}-error`} messages={shown} />
    </fieldset>
  );
}
