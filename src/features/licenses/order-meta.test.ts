import { describe, expect, it } from "vitest";
import { packageLine, parseSeats, seatCount } from "./order-meta";

const PKG = { currency: "usd", tiers: [{ fromSeats: 100, unitAmount: 400 }, { fromSeats: 1_000, unitAmount: 300 }] };

describe("parseSeats", () => {
  it("prices whole numbers, commas allowed, at their volume tier", () => {
    expect(parseSeats("100", PKG)).toMatchObject({ ok: true, price: { seats: 100, unitAmount: 400, amountTotal: 40_000 } });
    expect(parseSeats(" 2,000 ", PKG)).toMatchObject({ ok: true, price: { seats: 2_000, unitAmount: 300, amountTotal: 600_000, savings: 200_000 } });
  });

  it("says why anything else cannot be bought", () => {
    expect(parseSeats("", PKG)).toEqual({ ok: false, message: "Enter a whole number of seats." });
    expect(parseSeats("2.5", PKG)).toEqual({ ok: false, message: "Enter a whole number of seats." });
    expect(parseSeats("-1", PKG)).toEqual({ ok: false, message: "Enter a whole number of seats." });
    expect(parseSeats("99", PKG)).toEqual({ ok: false, message: "Orders of this package start at 100 seats." });
    expect(parseSeats("100001", PKG)).toEqual({ ok: false, message: "At most 100,000 seats per online order; ask sales for a quote." });
  });
});

describe("order labels", () => {
  it("counts seats for people", () => {
    expect(seatCount(1)).toBe("1 seat");
    expect(seatCount(1000)).toBe("1,000 seats");
    expect(packageLine({ packageName: "Device licenses", seats: 2_000 })).toBe("Device licenses · 2,000 seats");
  });
});
