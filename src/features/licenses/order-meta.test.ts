import { describe, expect, it } from "vitest";
import { packageLine, parseQuantity, seatCount } from "./order-meta";

describe("parseQuantity", () => {
  it("accepts whole numbers from 1 to 100", () => {
    expect(parseQuantity("1")).toEqual({ ok: true, value: 1 });
    expect(parseQuantity(" 100 ")).toEqual({ ok: true, value: 100 });
  });

  it("says why anything else cannot be bought", () => {
    expect(parseQuantity("")).toEqual({ ok: false, message: "Enter a whole number of packages, from 1 to 100." });
    expect(parseQuantity("2.5")).toMatchObject({ ok: false });
    expect(parseQuantity("-1")).toMatchObject({ ok: false });
    expect(parseQuantity("0")).toEqual({ ok: false, message: "Buy at least 1 package." });
    expect(parseQuantity("101")).toEqual({ ok: false, message: "At most 100 packages per order; contact sales for more." });
  });
});

describe("order labels", () => {
  it("counts seats and packages for people", () => {
    expect(seatCount(1)).toBe("1 seat");
    expect(seatCount(1000)).toBe("1,000 seats");
    expect(packageLine({ packageName: "Growth", packages: 2 })).toBe("Growth × 2");
  });
});
