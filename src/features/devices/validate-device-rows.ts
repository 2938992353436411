import { MAX_SERIALS_PER_REQUEST, ZDeviceRow } from "@/shared/device-schemas";
import { splitTagCell } from "@/shared/device-tags";
import type { z } from "zod";
import type { RowIssue } from "./csv-issues";
import type { DeviceCsvRow } from "./parse-device-csv";

/** The server's per-request limit, which is also the largest file the preview accepts. */
export const MAX_DEVICES_PER_FILE = MAX_SERIALS_PER_REQUEST;

/** A CSV row as the register input wants it (tags split at `;` or `|`). */
export function deviceInput(row: Pick<DeviceCsvRow, "serial" | "label" | "batch" | "tags">) {
  const tags = splitTagCell(row.tags);
  return { serial: row.serial, label: row.label || undefined, batch: row.batch || undefined, tags: tags.length > 0 ? tags : undefined };
}

type SchemaIssue = z.core.$ZodIssue;

const tooLong = (code: "serialTooLong" | "labelTooLong" | "batchTooLong" | "tagTooLong" | "tooManyTags", issue: SchemaIssue): RowIssue =>
  issue.code === "too_big" ? { code, params: { max: Number(issue.maximum) } } : { code: "invalid", params: { message: issue.message } };

/** The code of one schema issue on a row's field (the schema's rules, see ZDeviceRow). */
function issueCode(field: string, issue: SchemaIssue): RowIssue {
  if (field === "serial") {
    if (issue.code === "too_small") return { code: "serialEmpty" };
    if (issue.code === "invalid_format") return { code: "serialCharacters" };
    return tooLong("serialTooLong", issue);
  }
  if (field === "label") return tooLong("labelTooLong", issue);
  if (field === "batch") return tooLong("batchTooLong", issue);
  if (field === "tags" && issue.path.length === 1) return tooLong("tooManyTags", issue);
  if (field === "tags" && issue.code === "too_small") return { code: "tagEmpty" };
  if (field === "tags" && issue.code === "invalid_format") return { code: "tagCharacters" };
  if (field === "tags") return tooLong("tagTooLong", issue);
  return { code: "invalid", params: { message: issue.message } };
}

/** The problems the server would report for one row: the same schema, the same rules. */
function fieldIssues(row: DeviceCsvRow): RowIssue[] {
  const parsed = ZDeviceRow.safeParse(deviceInput(row));
  if (parsed.success) return [];
  // One problem per field: an empty serial needs "empty", not also "bad characters".
  // Tags share one cell, so their problems are one field ("tags").
  const byField = new Map<string, RowIssue>();
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] === "tags" ? "tags" : issue.path.join(".");
    if (!byField.has(field)) byField.set(field, issueCode(field, issue));
  }
  return [...byField.values()];
}

const LISTED_ROWS = 5;

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
    const issues: RowIssue[] = [...row.issues, ...fieldIssues(row)];
    const others = (rowsBySerial.get(row.serial) ?? []).filter((other) => other !== row.row);
    if (others.length > 0) {
      const rows = others.slice(0, LISTED_ROWS).join(", ");
      issues.push({ code: "duplicateSerial", params: { serial: row.serial, rows, count: others.length, more: Math.max(0, others.length - LISTED_ROWS) } });
    }
    if (existing.has(row.serial)) issues.push({ code: "alreadyRegistered", params: { serial: row.serial } });
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
