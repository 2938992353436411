import { describe, expect, it } from "vitest";
import { bucketStarts, fillBuckets } from "./time-buckets";

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const empty = (ts: number) => ({ ts, value: null });

describe("bucketStarts", () => {
  it("covers a range that starts mid-bucket from the bucket holding its start", () => {
    const starts = bucketStarts({ from: at("2026-03-04T09:03:30Z"), to: at("2026-03-04T09:06:00Z") }, "minute");
    expect(starts.map(iso)).toEqual(["2026-03-04T09:03:00.000Z", "2026-03-04T09:04:00.000Z", "2026-03-04T09:05:00.000Z"]);
  });

  it("has no bucket for an empty or reversed range", () => {
    expect(bucketStarts({ from: at("2026-03-04T09:00:00Z"), to: at("2026-03-04T09:00:00Z") }, "hour")).toEqual([]);
    expect(bucketStarts({ from: at("2026-03-04T10:00:00Z"), to: at("2026-03-04T09:00:00Z") }, "hour")).toEqual([]);
  });

  it("counts UTC hours across a daylight-saving change (24 on the day Europe springs forward)", () => {
    const starts = bucketStarts({ from: at("2026-03-29T00:00:00Z"), to: at("2026-03-30T00:00:00Z") }, "hour");
    expect(starts).toHaveLength(24);
    expect(starts.every((t, i) => t === at("2026-03-29T00:00:00Z") + i * 3_600_000)).toBe(true);
  });

  it("puts day buckets on UTC midnights", () => {
    const starts = bucketStarts({ from: at("2026-03-01T18:00:00Z"), to: at("2026-03-04T06:00:00Z") }, "day");
    expect(starts.map(iso)).toEqual(["2026-03-01T00:00:00.000Z", "2026-03-02T00:00:00.000Z", "2026-03-03T00:00:00.000Z", "2026-03-04T00:00:00.000Z"]);
  });
});

describe("fillBuckets", () => {
  const range = { from: at("2026-03-04T09:00:00Z"), to: at("2026-03-04T09:05:00Z") };

  it("leaves a null row in every bucket without data, between rows that keep their values", () => {
    const rows = [
      { ts: at("2026-03-04T09:00:00Z"), value: 1 },
      { ts: at("2026-03-04T09:04:00Z"), value: 5 },
    ];
    expect(fillBuckets(rows, range, "minute", empty).map((row) => row.value)).toEqual([1, null, null, null, 5]);
  });

  it("keeps data in the first and last bucket of the range", () => {
    const rows = [0, 1, 2, 3, 4].map((i) => ({ ts: range.from + i * 60_000, value: i }));
    expect(fillBuckets(rows, range, "minute", empty)).toEqual(rows);
  });

  it("spans the whole range when there is no data at all", () => {
    const filled = fillBuckets([], range, "minute", empty);
    expect(filled).toHaveLength(5);
    expect(filled.every((row) => row.value === null)).toBe(true);
    expect(filled[0]!.ts).toBe(range.from);
  });

  it("returns the rows as they are for an empty range", () => {
    const rows = [{ ts: range.from, value: 3 }];
    expect(fillBuckets(rows, { from: range.from, to: range.from }, "minute", empty)).toEqual(rows);
  });

  it("keeps a row outside the range, in time order", () => {
    const late = { ts: range.to + 60_000, value: 9 };
    const filled = fillBuckets([late], range, "minute", empty);
    expect(filled).toHaveLength(6);
    expect(filled[5]).toBe(late);
  });
});
