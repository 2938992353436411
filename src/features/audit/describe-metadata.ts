import { fieldLabel, fieldValue, type MessageLookup } from "./audit-labels";

/** Turns an audit entry's metadata into short labelled lines ("Role: Developer → Viewer"). */
export function describeMetadata(metadata: Record<string, unknown> | null | undefined, lookup: MessageLookup): string[] {
  if (!metadata || typeof metadata !== "object") return [];
  const lines: string[] = [];
  // "Role: …" in English, "角色：…" in Chinese.
  const separator = lookup("audit.table.fieldSeparator") ?? ": ";
  const show = (value: unknown): string => {
    if (value === null || value === undefined) return "—";
    if (Array.isArray(value)) return value.map(show).join(", ");
    if (isRecord(value)) return JSON.stringify(value);
    return fieldValue(String(value), lookup);
  };
  const { before, after, from, to, ...rest } = metadata;
  if (isRecord(before) && isRecord(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (before[key] !== after[key]) lines.push(`${fieldLabel(key, lookup)}${separator}${show(before[key])} → ${show(after[key])}`);
    }
  }
  if (from !== undefined || to !== undefined) lines.push(`${show(from)} → ${show(to)}`);
  for (const [key, value] of Object.entries(rest)) lines.push(`${fieldLabel(key, lookup)}${separator}${show(value)}`);
  return lines;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
