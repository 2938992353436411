import { describe, expect, it } from "vitest";
import { parseSeats } from "./order-meta";

const PKG = { currency: "usd", tiers: [{ fromSeats: 100, unitAmount: 400 }, { fromSeats: 1_000, unitAmount: 300 }] };

describe("parseSeats", () => {
  it("prices whole numbers, commas allowed, at their volume tier", () => {
    expect(parseSeats("100", PKG)).toMatchObject({ ok: true, price: { seats: 100, unitAmount: 400, amountTotal: 40_000 } });
    expect(parseSeats(" 2,000 ", PKG)).toMatchObject({ ok: true, price: { seats: 2_000, unitAmount: 300, amountTotal: 600_000, savings: 200_000 } });
  });

  it("says why anything else cannot be bought", () => {
    for (const text of ["", "2.5", "-1"]) expect(parseSeats(text, PKG), text).toMatchObject({ ok: false, problem: "notWhole", message: "Enter a whole number of seats." });
    expect(parseSeats("99", PKG)).toMatchObject({ ok: false, problem: "belowMinimum", limit: 100, message: "Orders of this package start at 100 seats." });
    expect(parseSeats("100001", PKG)).toMatchObject({ ok: false, problem: "aboveMaxSeats", limit: 100_000, message: "At most 100,000 seats per online order; ask sales for a quote." });
  });
});
