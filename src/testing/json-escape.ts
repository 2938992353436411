/** JSON text of `value` with every character of every string, keys included, written as a `\uXXXX` escape: its longest compact spelling. */
export function escapeAllJson(value: unknown): string {
  if (typeof value === "string") return `"${Array.from({ length: value.length }, (_, i) => `\\u${value.charCodeAt(i).toString(16).padStart(4, "0")}`).join("")}"`;
  if (Array.isArray(value)) return `[${value.map(escapeAllJson).join(",")}]`;
  if (value && typeof value === "object") return `{${Object.entries(value).map(([key, item]) => `${escapeAllJson(key)}:${escapeAllJson(item)}`).join(",")}}`;
  return JSON.stringify(value);
}
