import { describe, expect, it } from "vitest";
import { cheaperLargerOrder, checkOrderSeats, formatRate, priceSeats, taxOn, tierRanges, ZPriceTiers, type PriceTier } from "./pricing";

// The demo catalog's perpetual USD package.
const TIERS: PriceTier[] = [
  { fromSeats: 100, unitAmount: 400 },
  { fromSeats: 1_000, unitAmount: 300 },
  { fromSeats: 10_000, unitAmount: 200 },
  { fromSeats: 50_000, unitAmount: 160 },
];

describe("volume tiers", () => {
  it("price the whole order at the tier its seat count falls into, at each edge", () => {
    expect(priceSeats(TIERS, 99)).toBeNull();
    expect(priceSeats(TIERS, 100)).toEqual({ seats: 100, unitAmount: 400, amountTotal: 40_000, listAmount: 40_000, savings: 0, tierIndex: 0 });
    expect(priceSeats(TIERS, 999)).toMatchObject({ unitAmount: 400, amountTotal: 399_600 });
    expect(priceSeats(TIERS, 1_000)).toMatchObject({ unitAmount: 300, amountTotal: 300_000, listAmount: 400_000, savings: 100_000, tierIndex: 1 });
    expect(priceSeats(TIERS, 2_000)).toMatchObject({ unitAmount: 300, amountTotal: 600_000, savings: 200_000 });
    expect(priceSeats(TIERS, 9_999)).toMatchObject({ unitAmount: 300 });
    expect(priceSeats(TIERS, 10_000)).toMatchObject({ unitAmount: 200, tierIndex: 2 });
    expect(priceSeats(TIERS, 50_000)).toMatchObject({ unitAmount: 160, amountTotal: 8_000_000, savings: 12_000_000, tierIndex: 3 });
    expect(priceSeats(TIERS, 1_000_000)).toMatchObject({ unitAmount: 160, amountTotal: 160_000_000 });
  });

  it("a single tier is a flat price", () => {
    expect(priceSeats([{ fromSeats: 1, unitAmount: 250 }], 7)).toEqual({ seats: 7, unitAmount: 250, amountTotal: 1_750, listAmount: 1_750, savings: 0, tierIndex: 0 });
  });

  it("point out a larger order that costs no more, across a tier's cliff", () => {
    expect(cheaperLargerOrder(TIERS, 500)).toBeNull(); // 500 × 4.00 = 2,000 < 1,000 × 3.00
    expect(cheaperLargerOrder(TIERS, 749)).toBeNull(); // 2,996 < 3,000
    expect(cheaperLargerOrder(TIERS, 750)).toMatchObject({ seats: 1_000, amountTotal: 300_000 }); // 3,000 = 3,000
    expect(cheaperLargerOrder(TIERS, 999)).toMatchObject({ seats: 1_000 });
    expect(cheaperLargerOrder(TIERS, 1_000)).toBeNull();
    expect(cheaperLargerOrder(TIERS, 60_000)).toBeNull(); // the last tier has none above
    expect(cheaperLargerOrder(TIERS, 10)).toBeNull(); // below the minimum
  });

  it("end each tier one seat before the next, the last open-ended", () => {
    expect(tierRanges(TIERS).map((tier) => [tier.fromSeats, tier.toSeats])).toEqual([
      [100, 999],
      [1_000, 9_999],
      [10_000, 49_999],
      [50_000, null],
    ]);
  });
});

describe("order checks", () => {
  it("refuse below the minimum, above the online limits and fractions, with the reason", () => {
    expect(checkOrderSeats(TIERS, "usd", 99)).toEqual({ ok: false, problem: "belowMinimum", limit: 100, message: "Orders of this package start at 100 seats." });
    expect(checkOrderSeats(TIERS, "usd", 100_001)).toEqual({ ok: false, problem: "aboveMaxSeats", limit: 100_000, message: "At most 100,000 seats per online order; ask sales for a quote." });
    expect(checkOrderSeats(TIERS, "usd", 1.5)).toEqual({ ok: false, problem: "notWhole", limit: 0, message: "Enter a whole number of seats." });
    expect(checkOrderSeats([{ fromSeats: 1, unitAmount: 10_000 }], "usd", 10_000)).toEqual({ ok: false, problem: "aboveMaxAmount", limit: 99_999_999, message: "Online orders are limited to $999,999.99; ask sales for a quote." });
    expect(checkOrderSeats(TIERS, "usd", 100_000)).toMatchObject({ ok: true, price: { amountTotal: 16_000_000 } });
  });
});

describe("tier validation", () => {
  const messages = (input: unknown) => {
    const result = ZPriceTiers.safeParse(input);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  };

  it("accepts rising counts at falling prices", () => {
    expect(messages(TIERS)).toEqual([]);
  });

  it("refuses no tiers, overlapping counts, prices that do not fall, floats and zero", () => {
    expect(messages([])).toEqual([": A package needs at least one price tier."]);
    expect(messages([TIERS[0], { fromSeats: 100, unitAmount: 300 }])).toEqual(["1.fromSeats: Tier 2 must start at more seats than tier 1 (100)."]);
    expect(messages([TIERS[0], { fromSeats: 1_000, unitAmount: 400 }])).toEqual(["1.unitAmount: Tier 2 must cost less per seat than tier 1."]);
    expect(messages([{ fromSeats: 1, unitAmount: 2.5 }])).toEqual(["0.unitAmount: The per-seat price is a whole number of minor units (cents)."]);
    expect(messages([{ fromSeats: 0, unitAmount: 0 }])).toEqual(["0.fromSeats: A tier starts at 1 seat or more.", "0.unitAmount: The per-seat price must be positive."]);
  });
});

describe("tax", () => {
  it("is rounded half up to a whole minor unit, in integers", () => {
    expect(taxOn(40_000, 1_900)).toBe(7_600);
    expect(taxOn(1, 2_500)).toBe(0); // 0.25
    expect(taxOn(2, 2_500)).toBe(1); // 0.5 rounds up
    expect(taxOn(333, 2_550)).toBe(85); // 84.915
    expect(taxOn(99_999_999, 2_700)).toBe(27_000_000); // 26,999,999.73: no float drift at Stripe's limit
    expect(taxOn(12_345, 0)).toBe(0);
  });

  it("prints rates as people read them", () => {
    expect([formatRate(1_900), formatRate(2_550), formatRate(0)]).toEqual(["19 %", "25.5 %", "0 %"]);
  });
});
