import { describe, expect, it } from "vitest";
import type { DeviceCsvRow } from "./parse-device-csv";
import { chunk, serialsToCheck, validateDeviceRows } from "./validate-device-rows";

const row = (n: number, serial: string, extra: Partial<DeviceCsvRow> = {}): DeviceCsvRow => ({
  row: n,
  serial,
  label: "",
  batch: "",
  tags: "",
  issues: [],
  ...extra,
});

describe("validateDeviceRows", () => {
  it("passes well-formed unique serials", () => {
    const result = validateDeviceRows([row(2, "SN-1"), row(3, "a.b_c:d/e-f")]);
    expect(result.invalidCount).toBe(0);
    expect(result.rows.map((r) => r.issues)).toEqual([[], []]);
  });

  it("uses the server's rules for serial characters, length and emptiness", () => {
    const result = validateDeviceRows([row(2, "-starts-with-dash"), row(3, "has space"), row(4, "x".repeat(65)), row(5, "")]);
    expect(result.invalidCount).toBe(4);
    expect(result.rows[0]?.issues).toEqual(["Serials start with a letter or digit and use only letters, digits and . _ : / -"]);
    expect(result.rows[1]?.issues[0]).toMatch(/letters, digits/);
    expect(result.rows[2]?.issues).toEqual(["Serials are at most 64 characters."]);
    expect(result.rows[3]?.issues).toEqual(["Serial is empty."]);
  });

  it("checks label and batch lengths", () => {
    const result = validateDeviceRows([row(2, "A", { label: "l".repeat(101), batch: "b".repeat(65) })]);
    expect(result.rows[0]?.issues).toEqual(["Labels are at most 100 characters.", "Batch names are at most 64 characters."]);
  });

  it("names the other rows on every copy of a duplicate serial", () => {
    const result = validateDeviceRows([row(2, "A"), row(3, "B"), row(4, "A"), row(7, "A")]);
    expect(result.invalidCount).toBe(3);
    expect(result.rows[0]?.issues).toEqual(['Duplicate serial "A": also on rows 4, 7.']);
    expect(result.rows[2]?.issues).toEqual(['Duplicate serial "A": also on rows 2, 7.']);
    expect(result.rows[3]?.issues).toEqual(['Duplicate serial "A": also on rows 2, 4.']);
    expect(result.rows[1]?.issues).toEqual([]);
  });

  it("says 'row' for a single other copy", () => {
    const result = validateDeviceRows([row(2, "A"), row(9, "A")]);
    expect(result.rows[1]?.issues).toEqual(['Duplicate serial "A": also on row 2.']);
  });

  it("flags serials the organization already has and keeps parse issues", () => {
    const result = validateDeviceRows([row(2, "A"), row(3, "B", { issues: ["Too many columns: expected serial."] })], new Set(["A"]));
    expect(result.rows[0]?.issues).toEqual(['Serial "A" is already registered in this organization.']);
    expect(result.rows[1]?.issues).toEqual(["Too many columns: expected serial."]);
    expect(result.invalidCount).toBe(2);
  });
});

describe("serialsToCheck and chunk", () => {
  it("asks the server only about rows without local errors", () => {
    const { rows } = validateDeviceRows([row(2, "A"), row(3, "bad serial"), row(4, "C"), row(5, "C")]);
    expect(serialsToCheck(rows)).toEqual(["A"]);
  });

  it("chunks a list", () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 2000)).toEqual([]);
  });
});

describe("tags column", () => {
  it("accepts ; or | separated tags and reports a bad tag on its row", () => {
    const { rows, invalidCount } = validateDeviceRows([row(2, "SN-1", { tags: "EU; beta|line:3" }), row(3, "SN-2", { tags: "eu;has space" }), row(4, "SN-3", { tags: Array.from({ length: 21 }, (_, i) => `t${i}`).join(";") })]);
    expect(rows.map((r) => r.issues)).toEqual([
      [],
      ["Tags: Tags start with a letter or digit and use only letters, digits and . _ : -"],
      ["Tags: A device has at most 20 tags."],
    ]);
    expect(invalidCount).toBe(2);
  });
});
