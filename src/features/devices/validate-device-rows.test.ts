import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { CATALOGS } from "@/messages";
import type { RowIssue } from "./csv-issues";
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

const translators = {
  en: createTranslator({ locale: "en", messages: CATALOGS.en, namespace: "devices.csv.issues" }),
  "zh-CN": createTranslator({ locale: "zh-CN", messages: CATALOGS["zh-CN"], namespace: "devices.csv.issues" }),
};
/** A row's issues as the console words them (English by default). */
const sentences = (row: DeviceCsvRow | undefined, locale: keyof typeof translators = "en") => {
  const t = translators[locale];
  return (row?.issues ?? []).map((issue: RowIssue) => ("params" in issue ? t(issue.code, issue.params) : t(issue.code)));
};
const codes = (row: DeviceCsvRow | undefined) => (row?.issues ?? []).map((issue) => issue.code);

describe("validateDeviceRows", () => {
  it("passes well-formed unique serials", () => {
    const result = validateDeviceRows([row(2, "SN-1"), row(3, "a.b_c:d/e-f")]);
    expect(result.invalidCount).toBe(0);
    expect(result.rows.map((r) => r.issues)).toEqual([[], []]);
  });

  it("uses the server's rules for serial characters, length and emptiness", () => {
    const result = validateDeviceRows([row(2, "-starts-with-dash"), row(3, "has space"), row(4, "x".repeat(65)), row(5, "")]);
    expect(result.invalidCount).toBe(4);
    expect(sentences(result.rows[0])).toEqual(["Serials start with a letter or digit and use only letters, digits and . _ : / -"]);
    expect(sentences(result.rows[1])[0]).toMatch(/letters, digits/);
    expect(sentences(result.rows[2])).toEqual(["Serials are at most 64 characters."]);
    expect(sentences(result.rows[3])).toEqual(["Serial is empty."]);
  });

  it("checks label and batch lengths", () => {
    const result = validateDeviceRows([row(2, "A", { label: "l".repeat(101), batch: "b".repeat(65) })]);
    expect(sentences(result.rows[0])).toEqual(["Labels are at most 100 characters.", "Batch names are at most 64 characters."]);
  });

  it("names the other rows on every copy of a duplicate serial", () => {
    const result = validateDeviceRows([row(2, "A"), row(3, "B"), row(4, "A"), row(7, "A")]);
    expect(result.invalidCount).toBe(3);
    expect(sentences(result.rows[0])).toEqual(['Duplicate serial "A": also on rows 4, 7.']);
    expect(sentences(result.rows[2])).toEqual(['Duplicate serial "A": also on rows 2, 7.']);
    expect(sentences(result.rows[3])).toEqual(['Duplicate serial "A": also on rows 2, 4.']);
    expect(sentences(result.rows[1])).toEqual([]);
  });

  it("says 'row' for a single other copy", () => {
    const result = validateDeviceRows([row(2, "A"), row(9, "A")]);
    expect(sentences(result.rows[1])).toEqual(['Duplicate serial "A": also on row 2.']);
  });

  it("flags serials the organization already has and keeps parse issues", () => {
    const result = validateDeviceRows([row(2, "A"), row(3, "B", { issues: [{ code: "tooManyColumns", params: { expected: "serial" } }] })], new Set(["A"]));
    expect(sentences(result.rows[0])).toEqual(['Serial "A" is already registered in this organization.']);
    expect(sentences(result.rows[1])).toEqual(["Too many columns: expected serial."]);
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
    expect(rows.map((r) => sentences(r))).toEqual([
      [],
      ["Tags: Tags start with a letter or digit and use only letters, digits and . _ : -"],
      ["Tags: A device has at most 20 tags."],
    ]);
    expect(invalidCount).toBe(2);
  });
});

describe("row issue codes", () => {
  it("give each problem a stable code and its parameters", () => {
    const { rows } = validateDeviceRows(
      [row(2, ""), row(3, "x".repeat(65)), row(4, "bad serial"), row(5, "A", { label: "l".repeat(101), batch: "b".repeat(65), tags: "ok;BAD TAG" }), row(6, "A")],
      new Set(["A"]),
    );
    expect(rows.map(codes)).toEqual([
      ["serialEmpty"],
      ["serialTooLong"],
      ["serialCharacters"],
      ["labelTooLong", "batchTooLong", "tagCharacters", "duplicateSerial", "alreadyRegistered"],
      ["duplicateSerial", "alreadyRegistered"],
    ]);
    expect(rows[1]?.issues[0]).toEqual({ code: "serialTooLong", params: { max: 64 } });
    expect(rows[3]?.issues[3]).toEqual({ code: "duplicateSerial", params: { serial: "A", rows: "6", count: 1, more: 0 } });
  });

  it("list at most five other rows of a duplicate and count the rest", () => {
    const { rows } = validateDeviceRows([2, 3, 4, 5, 6, 7, 8, 9].map((n) => row(n, "A")));
    expect(rows[0]?.issues).toEqual([{ code: "duplicateSerial", params: { serial: "A", rows: "3, 4, 5, 6, 7", count: 7, more: 2 } }]);
    expect(sentences(rows[0])).toEqual(['Duplicate serial "A": also on rows 3, 4, 5, 6, 7 and 2 more.']);
  });

  it("word every problem in Simplified Chinese", () => {
    const { rows } = validateDeviceRows([row(2, "has space"), row(3, "A", { tags: "x".repeat(33) }), row(4, "A"), row(5, "B")], new Set(["B"]));
    expect(sentences(rows[0], "zh-CN")).toEqual(["序列号须以字母或数字开头，只能使用字母、数字及 . _ : / -"]);
    expect(sentences(rows[1], "zh-CN")).toEqual(["标签：标签最多 32 个字符。", "序列号“A”重复：另有 1 行相同（第 4 行）。"]);
    expect(sentences(rows[3], "zh-CN")).toEqual(["序列号“B”已在本组织中注册。"]);
  });
});
