import type { Settings } from "../config-types";
import type { ItemIssues } from "../issue-paths";
import { SettingControl } from "./setting-control";
import { fieldValue, type SettingField } from "./setting-fields";
import { useSettingWording } from "./setting-wording";

type SettingsFormProps = {
  /** prefix of the controls' ids, unique on the page */
  idPrefix: string;
  fields: SettingField[];
  values: Settings;
  issues: ItemIssues;
  onChange: (key: string, value: unknown) => void;
};

const WIDE_KINDS = new Set<SettingField["kind"]>(["choices", "tags", "rows", "boolean", "unsupported"]);

/** A form generated from a settings schema: one control per field, with the server's messages next to each. */
export function SettingsForm({ idPrefix, fields, values, issues, onChange }: SettingsFormProps) {
  const words = useSettingWording();
  if (fields.length === 0) return <p className="text-sm text-slate-500">{words.text("noSettings")}</p>;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {fields.map((field) => (
        <div key={field.key} className={WIDE_KINDS.has(field.kind) ? "sm:col-span-2" : undefined}>
          <SettingControl
            id={`${idPrefix}-${field.key}`}
            field={field}
            value={fieldValue(field, values)}
            messages={issues.fields[field.key] ?? []}
            onChange={(value) => onChange(field.key, value)}
            words={words}
          />
        </div>
      ))}
    </div>
  );
}
