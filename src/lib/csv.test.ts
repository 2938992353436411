import { describe, expect, it } from "vitest";
import { csvCell, csvLines, toCsv } from "./csv";

describe("csvCell", () => {
  it("leaves plain text alone", () => {
    expect(csvCell("SN-1")).toBe("SN-1");
    expect(csvCell(null)).toBe("");
  });

  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
  });

  it("prefixes cells a spreadsheet would run as a formula", () => {
    for (const start of ["=", "+", "-", "@", "\t"]) expect(csvCell(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(csvCell("\rx")).toBe("\"'\rx\"");
    expect(csvCell("-raw", false)).toBe("-raw");
  });
});

describe("csvLines", () => {
  it("joins rows with CRLF and ends with a line break", () => {
    expect(csvLines([["a", "b"], ["c", ""]])).toBe("a,b\r\nc,\r\n");
  });
});

describe("toCsv", () => {
  type Row = { t: string; label: string; ms: number | null };
  const columns = [
    { header: "time_utc", value: (row: Row) => row.t },
    { header: "label", value: (row: Row) => row.label },
    { header: "p95_ms", value: (row: Row) => row.ms },
  ];

  it("writes a header line and one line per row", () => {
    expect(toCsv(columns, [{ t: "2026-03-04T09:00:00.000Z", label: "glasses", ms: 1015 }])).toBe(
      "time_utc,label,p95_ms\r\n2026-03-04T09:00:00.000Z,glasses,1015\r\n",
    );
  });

  it("keeps numbers as numbers, negative ones included, and leaves missing values empty", () => {
    expect(toCsv(columns, [{ t: "t", label: "x", ms: -12.5 }, { t: "t", label: "y", ms: null }, { t: "t", label: "z", ms: Number.NaN }])).toBe(
      "time_utc,label,p95_ms\r\nt,x,-12.5\r\nt,y,\r\nt,z,\r\n",
    );
  });

  it("quotes and neutralizes text cells and headers", () => {
    const hostile = [{ header: "=cmd", value: (row: Row) => row.label }];
    expect(toCsv(hostile, [{ t: "", label: '@SUM(A1), "x"', ms: 0 }, { t: "", label: "-1.5.0", ms: 0 }])).toBe(
      "'=cmd\r\n\"'@SUM(A1), \"\"x\"\"\"\r\n'-1.5.0\r\n",
    );
  });

  it("writes only the header when there are no rows", () => {
    expect(toCsv(columns, [])).toBe("time_utc,label,p95_ms\r\n");
  });
});
