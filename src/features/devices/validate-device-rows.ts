import { MAX_SERIALS_PER_REQUEST, ZDeviceRow } from "@/shared/device-schemas";
import { splitTagCell } from "@/shared/device-tags";
import type { DeviceCsvRow } from "./parse-device-csv";

/** The server's per-request limit, which is also the largest file the preview accepts. */
export const MAX_DEVICES_PER_FILE = MAX_SERIALS_PER_REQUEST;

/** A CSV row as the register input wants it (tags split at `;` or `|`). */
export function deviceInput(row: Pick<DeviceCsvRow, "serial" | "label" | "batch" | "tags">) {
  const tags = splitTagCell(row.tags);
  return { serial: row.serial, label: row.label || undefined, batch: row.batch || undefined, tags: tags.length > 0 ? tags : undefined };
}

/** The problems the server would report for one row: the same schema, the same words. */
function fieldIssues(row: DeviceCsvRow): string[] {
  const parsed = ZDeviceRow.safeParse(deviceInput(row));
  if (parsed.success) return [];
  // One message per field: an empty serial needs "empty", not also "bad characters".
  const byField = new Map<string, string>();
  // Tags share one cell, so their problems are one field ("tags"), worded with the tag.
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] === "tags" ? "tags" : issue.path.join(".");
    if (!byField.has(field)) byField.set(field, field === "tags" ? `Tags: ${issue.message}` : issue.message);
  }
  return [...byField.values()];
}

function rowList(rows: number[]): string {
  const shown = rows.slice(0, 5).join(", ");
  return rows.length > 5 ? `${shown} and ${rows.length - 5} more` : shown;
}

export type ValidatedRows = { rows: DeviceCsvRow[]; invalidCount: number };

/**
 * Adds every problem the server would refuse the batch for to each row: bad serial,
 * label or batch; a serial repeated in the file (each copy names the others, so either
 * can be fixed); a serial the organization already has (`existing`, from the server).
 */
export function validateDeviceRows(rows: readonly DeviceCsvRow[], existing: ReadonlySet<string> = new Set()): ValidatedRows {
  const rowsBySerial = new Map<string, number[]>();
  for (const row of rows) {
    if (row.serial === "") continue;
    const list = rowsBySerial.get(row.serial);
    if (list) list.push(row.row);
    else rowsBySerial.set(row.serial, [row.row]);
  }
  let invalidCount = 0;
  const validated = rows.map((row) => {
    const issues = [...row.issues, ...fieldIssues(row)];
    const others = (rowsBySerial.get(row.serial) ?? []).filter((other) => other !== row.row);
    if (others.length > 0) issues.push(`Duplicate serial "${row.serial}": also on ${others.length === 1 ? "row" : "rows"} ${rowList(others)}.`);
    if (existing.has(row.serial)) issues.push(`Serial "${row.serial}" is already registered in this organization.`);
    if (issues.length > 0) invalidCount++;
    return { ...row, issues };
  });
  return { rows: validated, invalidCount };
}

/** Serials worth asking the server about: well-formed and unique (anything else is already an error). */
export function serialsToCheck(rows: readonly DeviceCsvRow[]): string[] {
  return rows.filter((row) => row.issues.length === 0).map((row) => row.serial);
}

/** Splits a list into consecutive chunks of at most `size` items. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
