import { formatSettingValue, type SettingField } from "./setting-fields";

/** The hint under a control: the field's description, its range, and its default. */
export function settingHint(field: SettingField): string | undefined {
  const parts: string[] = [];
  if (field.description) parts.push(sentence(field.description));
  if (field.kind === "number" && field.min !== undefined && field.max !== undefined) parts.push(`${field.min} to ${field.max}.`);
  if (field.kind !== "boolean" && field.kind !== "unsupported" && field.defaultValue !== undefined) {
    parts.push(`Default: ${formatSettingValue(field.defaultValue, field)}.`);
  }
  return parts.length > 0 ? parts.join(" ") : undefined;
}

function sentence(text: string): string {
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
