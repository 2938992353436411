/**
 * Writing CSV files in the browser (RFC 4180: comma-separated, CRLF, quoted when needed).
 */

/**
 * Spreadsheet apps run a cell that starts with one of these as a formula, so text typed
 * by a user (a label like `=HYPERLINK(…)`) could execute when the file is opened.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell. `neutralize` prefixes formula-like text with a single quote; pass false for
 * machine values from a fixed safe alphabet (device secrets may start with "-") that a
 * factory tool must read back byte for byte.
 */
export function csvCell(value: string | null | undefined, neutralize = true): string {
  let text = value ?? "";
  if (neutralize && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Lines of already-escaped cells joined into a file, with a final line break. */
export function csvLines(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.join(",")).join("\r\n") + "\r\n";
}

/** Saves text as a file through a temporary object URL (nothing leaves the browser). */
export function downloadTextFile(filename: string, text: string, type = "text/csv;charset=utf-8") {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a moment later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** One column of a table export: its header and how to read the cell from a row. */
export type CsvColumn<T> = { header: string; value: (row: T) => string | number | null | undefined };

/**
 * A whole CSV file from typed rows. Numbers are written as they are (a negative number is
 * data, not a formula); text, headers included, is quoted and neutralized by `csvCell`.
 */
export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const cell = (value: string | number | null | undefined) =>
    typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : csvCell(value);
  return csvLines([columns.map((column) => cell(column.header)), ...rows.map((row) => columns.map((column) => cell(column.value(row))))]);
}
