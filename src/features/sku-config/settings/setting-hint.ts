import { formatSettingValue, type SettingField } from "./setting-fields";
import type { SettingWording } from "./setting-wording";

/** The hint under a control: the field's description (catalog data, as written), its range, and its default. */
export function settingHint(field: SettingField, words: SettingWording): string | undefined {
  const parts: string[] = [];
  if (field.description) parts.push(sentence(field.description));
  // The bounds as the schema gives them, without digit grouping (they read like the input takes them).
  if (field.kind === "number" && field.min !== undefined && field.max !== undefined) parts.push(words.text("range", { min: String(field.min), max: String(field.max) }));
  if (field.kind !== "boolean" && field.kind !== "unsupported" && field.defaultValue !== undefined) {
    parts.push(words.text("default", { value: formatSettingValue(field.defaultValue, words, field) }));
  }
  return parts.length > 0 ? parts.join(" ") : undefined;
}

function sentence(text: string): string {
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?。！？]$/.test(capital) ? capital : `${capital}.`;
}
