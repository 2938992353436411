import { describe, expect, it } from "vitest";
import { listNames, newTags, parseTypedNumber, rowNoun } from "./typed-values";

describe("typed values", () => {
  it("keeps typed numbers as numbers and anything else as typed, for the server to judge", () => {
    expect(parseTypedNumber(" 42 ")).toBe(42);
    expect(parseTypedNumber("-3")).toBe(-3);
    expect(parseTypedNumber("2.5")).toBe(2.5);
    expect(parseTypedNumber("ten")).toBe("ten");
    expect(parseTypedNumber("")).toBe("");
  });

  it("adds comma-separated tags once each, ignoring blanks", () => {
    expect(newTags(["kitchen"], "garage, attic,, kitchen ")).toEqual(["kitchen", "garage", "attic"]);
    expect(newTags([], "厨房，客厅、 书房")).toEqual(["厨房", "客厅", "书房"]);
  });

  it("names one row of a list field, and short lists of names", () => {
    expect(rowNoun("Language pairs")).toBe("language pair");
    expect(rowNoun("Wi-Fi")).toBe("wi-Fi");
    expect(listNames(["A"])).toBe("A");
    expect(listNames(["A", "B", "C"])).toBe("A, B and C");
    expect(listNames(["A", "B", "C", "D"])).toBe("A, B and 2 more");
    expect(listNames([])).toBe("none");
  });
});
