import { describe, expect, it } from "vitest";
import { csvCell, csvLines } from "./csv";

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
