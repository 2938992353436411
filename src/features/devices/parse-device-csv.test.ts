import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { CATALOGS } from "@/messages";
import type { FileProblem } from "./csv-issues";
import { parseCsvRecords, parseDeviceCsv, type DeviceCsvParse } from "./parse-device-csv";

function rowsOf(result: DeviceCsvParse) {
  if (!result.ok) throw new Error(`expected rows, got error: ${result.error.code}`);
  return result.rows.map(({ row, serial, label, batch, issues }) => ({ row, serial, label, batch, issues }));
}

describe("parseCsvRecords", () => {
  it("splits LF and CRLF lines and keeps empty fields", () => {
    expect(parseCsvRecords("a,b\r\nc,,d\ne").records).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["c", "", "d"] },
      { line: 3, fields: ["e"] },
    ]);
  });

  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    const { records, error } = parseCsvRecords('"a,1","say ""hi""","two\r\nlines"\nnext');
    expect(error).toBeNull();
    expect(records).toEqual([
      { line: 1, fields: ["a,1", 'say "hi"', "two\r\nlines"] },
      { line: 3, fields: ["next"] },
    ]);
  });

  it("accepts an empty quoted field and spaces around quotes", () => {
    expect(parseCsvRecords('"",x\n  "a,b"  ,y').records).toEqual([
      { line: 1, fields: ["", "x"] },
      { line: 2, fields: ["a,b", "y"] },
    ]);
  });

  it("keeps a quote inside an unquoted field literally", () => {
    expect(parseCsvRecords('ab"c,d').records).toEqual([{ line: 1, fields: ['ab"c', "d"] }]);
  });

  it("strips a UTF-8 byte order mark", () => {
    expect(parseCsvRecords("\uFEFFserial\nA1").records[0]).toEqual({ line: 1, fields: ["serial"] });
  });

  it("does not add a record for a final line break", () => {
    expect(parseCsvRecords("a\r\n").records).toEqual([{ line: 1, fields: ["a"] }]);
  });

  it("reports an unclosed quote on the line where it opened", () => {
    expect(parseCsvRecords('a\n"b,c\nd').error).toEqual({ code: "unclosedQuote", params: { line: 2 } });
  });

  it("reports text after a closing quote", () => {
    expect(parseCsvRecords('ok\n"a"b,c').error).toEqual({ code: "textAfterQuote", params: { line: 2 } });
  });
});

describe("parseDeviceCsv", () => {
  it("reads serial, label and batch without a header", () => {
    const result = parseDeviceCsv("SN-1,Kitchen,B1\nSN-2\n");
    expect(result).toMatchObject({ ok: true, hasHeader: false });
    expect(rowsOf(result)).toEqual([
      { row: 1, serial: "SN-1", label: "Kitchen", batch: "B1", issues: [] },
      { row: 2, serial: "SN-2", label: "", batch: "", issues: [] },
    ]);
  });

  it("maps header columns in any order and any case", () => {
    const result = parseDeviceCsv("Batch,SERIAL,label\r\nB7,SN-9,Lobby\r\n");
    expect(result).toMatchObject({ ok: true, hasHeader: true });
    expect(rowsOf(result)).toEqual([{ row: 2, serial: "SN-9", label: "Lobby", batch: "B7", issues: [] }]);
  });

  it("accepts a header with only the serial column", () => {
    expect(rowsOf(parseDeviceCsv("serial\nA\nB"))).toEqual([
      { row: 2, serial: "A", label: "", batch: "", issues: [] },
      { row: 3, serial: "B", label: "", batch: "", issues: [] },
    ]);
  });

  it("skips blank lines but keeps the file's row numbers", () => {
    const rows = rowsOf(parseDeviceCsv("\uFEFFserial,label\n\nA,x\n   \n,,\nB,y\n\n"));
    expect(rows.map((row) => [row.row, row.serial])).toEqual([
      [3, "A"],
      [6, "B"],
    ]);
  });

  it("trims values and keeps commas and quotes inside quoted labels", () => {
    const rows = rowsOf(parseDeviceCsv('serial,label,batch\n  SN-1 ,"Hall, 2nd ""east"" door", B1 '));
    expect(rows[0]).toMatchObject({ serial: "SN-1", label: 'Hall, 2nd "east" door', batch: "B1" });
  });

  it("flags rows with more columns than expected", () => {
    const rows = rowsOf(parseDeviceCsv("A,l,b,t,extra\nB,l,b,t,\n"));
    expect(rows[0]?.issues).toEqual([{ code: "tooManyColumns", params: { expected: "serial, label, batch, tags" } }]);
    // An empty trailing field (a stray comma) is not an extra value.
    expect(rows[1]?.issues).toEqual([]);
  });

  it("refuses unknown or repeated header columns", () => {
    expect(parseDeviceCsv("serial,colour\nA,red")).toEqual({
      ok: false,
      error: { code: "unknownColumn", params: { name: "colour" } },
    });
    expect(parseDeviceCsv("serial,Serial\nA,B")).toEqual({ ok: false, error: { code: "repeatedColumn", params: { name: "serial" } } });
  });

  it("refuses empty files and header-only files", () => {
    expect(parseDeviceCsv("")).toEqual({ ok: false, error: { code: "empty" } });
    expect(parseDeviceCsv("\uFEFF\r\n\r\n")).toEqual({ ok: false, error: { code: "empty" } });
    expect(parseDeviceCsv("serial,label,batch\r\n")).toEqual({ ok: false, error: { code: "headerOnly" } });
  });

  it("reports a broken quote with its row number", () => {
    expect(parseDeviceCsv('serial\nA\n"B')).toEqual({ ok: false, error: { code: "unclosedQuote", params: { line: 3 } } });
  });

  it("parses 10,000 rows quickly", () => {
    const text = ["serial,label,batch", ...Array.from({ length: 10_000 }, (_, i) => `SN-${i},"Unit, ${i}",B${i % 7}`)].join("\r\n");
    const started = performance.now();
    const rows = rowsOf(parseDeviceCsv(text));
    expect(rows).toHaveLength(10_000);
    expect(rows[9_999]).toMatchObject({ row: 10_001, serial: "SN-9999", label: "Unit, 9999", batch: "B3" });
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe("tags column", () => {
  it("reads a tags column from the header or as the fourth column", () => {
    const withHeader = parseDeviceCsv("serial,tags\nSN-1,eu;beta\nSN-2,");
    expect(withHeader.ok && withHeader.rows.map((r) => [r.serial, r.tags])).toEqual([["SN-1", "eu;beta"], ["SN-2", ""]]);
    const headerless = parseDeviceCsv("SN-1,Kitchen,B1,eu|beta");
    expect(headerless.ok && headerless.rows[0]?.tags).toBe("eu|beta");
  });
});

describe("file problems in words", () => {
  const t = createTranslator({ locale: "en", messages: CATALOGS.en, namespace: "devices.csv.fileProblems" });
  const words = (problem: FileProblem) => ("params" in problem ? t(problem.code, problem.params) : t(problem.code));
  const problemOf = (text: string) => {
    const result = parseDeviceCsv(text);
    if (result.ok) throw new Error("expected a file problem");
    return words(result.error);
  };

  it("reads in English as the console always said them", () => {
    expect(problemOf('serial\nA\n"B')).toBe("Row 3: A quoted field is never closed.");
    expect(problemOf("serial,colour\nA,red")).toBe('Unknown column "colour" in the header row. Use serial, label, batch and tags.');
    expect(problemOf("serial,Serial\nA,B")).toBe('The header row names the column "serial" twice.');
    expect(words({ code: "tooManyRows", params: { count: 12_000, max: 10_000 } })).toBe(
      "This file has 12,000 devices; at most 10,000 can be registered at once. Split it into files of up to 10,000 rows and upload them one at a time.",
    );
  });
});
