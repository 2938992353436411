/**
 * Reads a device CSV in the browser (no CSV library ships with the console). The format is
 * what factory tools and spreadsheets export: RFC 4180 quoting, CRLF or LF line ends, an
 * optional UTF-8 byte order mark (Excel writes one), and an optional header row.
 */

import type { FileProblem, RowIssue } from "./csv-issues";

/** `tags`: several tags in one cell separated by `;` or `|` (a comma would split the cell). */
const DEVICE_CSV_COLUMNS = ["serial", "label", "batch", "tags"] as const;
type Column = (typeof DEVICE_CSV_COLUMNS)[number];

export type CsvRecord = { line: number; fields: string[] };
export type CsvParseResult = { records: CsvRecord[]; error: Extract<FileProblem, { code: "textAfterQuote" | "unclosedQuote" }> | null };

const isColumn = (name: string): name is Column => (DEVICE_CSV_COLUMNS as readonly string[]).includes(name);

/**
 * Splits CSV text into records. `line` is the physical line a record starts on, so that
 * messages point at the row a spreadsheet shows (quoted fields may span lines).
 */
export function parseCsvRecords(text: string): CsvParseResult {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let inQuotes = false;
  let closedQuote = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;

  const endRecord = () => {
    fields.push(field);
    records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    closedQuote = false;
  };

  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const char = text[i];
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
          closedQuote = true;
        }
      } else {
        if (char === "\n" || (char === "\r" && text[i + 1] !== "\n")) line++;
        field += char;
      }
    } else if (char === ",") {
      fields.push(field);
      field = "";
      closedQuote = false;
    } else if (char === "\r" || char === "\n") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else if (closedQuote) {
      // Spaces after a closing quote are harmless; anything else means a broken quote.
      if (char !== " " && char !== "\t") {
        return { records, error: { code: "textAfterQuote", params: { line } } };
      }
    } else if (char === '"' && field.trim() === "") {
      // Tolerates `a, "b,c"`: spaces before an opening quote are dropped.
      inQuotes = true;
      quoteLine = line;
      field = "";
    } else {
      field += char;
    }
  }
  if (inQuotes) return { records, error: { code: "unclosedQuote", params: { line: quoteLine } } };
  if (fields.length > 0 || field !== "" || closedQuote) endRecord();
  return { records, error: null };
}

export type DeviceCsvRow = {
  /** the file's line number, as a spreadsheet numbers its rows (the header is row 1) */
  row: number;
  serial: string;
  label: string;
  batch: string;
  /** the raw `tags` cell ("eu; beta") */
  tags: string;
  issues: RowIssue[];
};

export type DeviceCsvParse = { ok: true; rows: DeviceCsvRow[]; hasHeader: boolean } | { ok: false; error: FileProblem };

/**
 * Device rows from CSV text. A first row naming a `serial` column (any case, any order,
 * with `label`, `batch` and `tags` optional) is a header; without one the columns are
 * serial, label, batch, tags. Blank lines are skipped and values are trimmed, as the server does.
 */
export function parseDeviceCsv(text: string): DeviceCsvParse {
  const { records, error } = parseCsvRecords(text);
  if (error) return { ok: false, error };
  const nonBlank = records.filter((record) => record.fields.some((value) => value.trim() !== ""));
  const first = nonBlank[0];
  if (!first) return { ok: false, error: { code: "empty" } };

  const names = first.fields.map((value) => value.trim().toLowerCase());
  const hasHeader = names.includes("serial");
  let columns: (Column | null)[] = [...DEVICE_CSV_COLUMNS];
  if (hasHeader) {
    const unknown = names.find((name) => name !== "" && !isColumn(name));
    if (unknown !== undefined) {
      return { ok: false, error: { code: "unknownColumn", params: { name: unknown } } };
    }
    const repeated = names.find((name, index) => name !== "" && names.indexOf(name) !== index);
    if (repeated !== undefined) return { ok: false, error: { code: "repeatedColumn", params: { name: repeated } } };
    columns = names.map((name) => (isColumn(name) ? name : null));
  }

  const dataRecords = hasHeader ? nonBlank.slice(1) : nonBlank;
  if (dataRecords.length === 0) return { ok: false, error: { code: "headerOnly" } };
  const expected = hasHeader ? columns.filter((name) => name !== null).join(", ") : DEVICE_CSV_COLUMNS.join(", ");

  const rows = dataRecords.map((record): DeviceCsvRow => {
    const row: DeviceCsvRow = { row: record.line, serial: "", label: "", batch: "", tags: "", issues: [] };
    let extra = 0;
    record.fields.forEach((value, index) => {
      const column = columns[index];
      if (column) row[column] = value.trim();
      else if (value.trim() !== "") extra++;
    });
    if (extra > 0) row.issues.push({ code: "tooManyColumns", params: { expected } });
    return row;
  });
  return { ok: true, rows, hasHeader };
}
