import type { Settings } from "../config-types";
import { fieldValue, formatSettingValue, type SettingField } from "./setting-fields";
import { useSettingWording } from "./setting-wording";

/** Settings as a read-only list, for members who may not edit the configuration. */
export function SettingsSummary({ fields, values, label }: { fields: SettingField[]; values: Settings; label: string }) {
  const words = useSettingWording();
  if (fields.length === 0) return <p className="text-sm text-slate-500">{words.text("noSettings")}</p>;
  return (
    <dl aria-label={label} className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
      {fields.map((field) => (
        <div key={field.key} className="min-w-0">
          <dt className="text-slate-500">{field.title}</dt>
          <dd className="break-words text-slate-900">{formatSettingValue(fieldValue(field, values), words, field)}</dd>
        </div>
      ))}
    </dl>
  );
}
