/** The unit economics arithmetic against figures worked out by hand (each in the comment above its assertion). */
import { describe, expect, it } from "vitest";
import {
  activationsPerMonth,
  averageSeatPrice,
  devicesInMonth,
  licensePerDeviceMonth,
  listPricePerDeviceMonth,
  monthLabel,
  projectFleet,
  tokenCostPerDevice,
  tokensPerDevice,
  twelveMonths,
  type PaidOrder,
} from "./economics-math";
import { ratio, roundHalfUp } from "./rational";

const order = (o: Partial<PaidOrder> & Pick<PaidOrder, "seats" | "subtotal">): PaidOrder => ({
  seatsRefunded: 0,
  amountTotal: o.subtotal,
  amountRefunded: 0,
  termMonths: null,
  ...o,
});

describe("rational rounding", () => {
  it("rounds halves up and everything else to the nearest integer", () => {
    expect(roundHalfUp(ratio(5, 2))).toBe(3); // 2.5 → 3
    expect(roundHalfUp(ratio(7, 3))).toBe(2); // 2.333… → 2
    expect(roundHalfUp(ratio(8, 3))).toBe(3); // 2.666… → 3
    expect(roundHalfUp(ratio(-5, 2))).toBe(-3); // away from zero
    expect(roundHalfUp(ratio(0, 7))).toBe(0);
  });
});

describe("license cost per device per month", () => {
  it("spreads perpetual seats over the device lifetime, net of refunds and before tax", () => {
    // 200 seats for $800.00 and 100 seats for $400.00 + 19 % tax ($476.00), $95.20 refunded
    // (20 % of the total → 20 seats). Net subtotals: 80,000 and 40,000 × (47,600 − 9,520) / 47,600
    // = 32,000 cents; net seats 200 + 80 = 280; over 24 months: (80,000 + 32,000) / 24 / 280
    // = 112,000 / 6,720 = 16.666… cents → 17.
    const orders = [order({ seats: 200, subtotal: 80_000 }), order({ seats: 100, subtotal: 40_000, amountTotal: 47_600, amountRefunded: 9_520, seatsRefunded: 20 })];
    const perMonth = licensePerDeviceMonth(orders, 24)!;
    expect(roundHalfUp(perMonth)).toBe(17);
    // The average seat price: 112,000 / 280 = 400 cents.
    expect(averageSeatPrice(orders)).toBe(400);
    // 36 months of lifetime: 112,000 / 36 / 280 = 11.11… → 11.
    expect(roundHalfUp(licensePerDeviceMonth(orders, 36)!)).toBe(11);
  });

  it("uses each order's seat term when its package has one", () => {
    // 1,000 seats at $3.00 for 12 months and 100 perpetual seats at $4.00 over 24 months:
    // (300,000 / 12 + 40,000 / 24) / 1,100 = (25,000 + 1,666.67) / 1,100 = 24.24… cents → 24.
    const orders = [order({ seats: 1_000, subtotal: 300_000, termMonths: 12 }), order({ seats: 100, subtotal: 40_000 })];
    expect(roundHalfUp(licensePerDeviceMonth(orders, 24)!)).toBe(24);
  });

  it("is unknown when refunds took every seat back", () => {
    expect(licensePerDeviceMonth([order({ seats: 100, subtotal: 40_000, amountRefunded: 40_000, seatsRefunded: 100 })], 24)).toBeNull();
    expect(licensePerDeviceMonth([], 24)).toBeNull();
  });

  it("at list price: the tier's per-seat price over the term or the lifetime", () => {
    // $4.00 over 24 months = 16.67 cents → 17; ¥28.00 (2,800 fen) over a 12-month term = 233.33 → 233.
    expect(roundHalfUp(listPricePerDeviceMonth(400, null, 24))).toBe(17);
    expect(roundHalfUp(listPricePerDeviceMonth(2_800, 12, 24))).toBe(233);
  });
});

describe("tokens and their price", () => {
  // A talking toy SKU: 8 devices interacted in the window, 12,000,000 tokens in and 5,000,000 out.
  const toy = { devices: 10, activeDevices: 8, inputTokens: 12_000_000n, outputTokens: 5_000_000n, activations: 7 };
  const usd = { inputPerMillion: 250, outputPerMillion: 1_000 };

  it("divides the window's tokens by the devices that interacted", () => {
    // 12,000,000 / 8 = 1,500,000 in; 5,000,000 / 8 = 625,000 out.
    expect(roundHalfUp(tokensPerDevice(toy.inputTokens, toy.activeDevices))).toBe(1_500_000);
    expect(roundHalfUp(tokensPerDevice(toy.outputTokens, toy.activeDevices))).toBe(625_000);
    expect(roundHalfUp(tokensPerDevice(0n, 0))).toBe(0);
  });

  it("prices them per million: (in × p_in + out × p_out) / 1,000,000 / devices", () => {
    // (12 × 250 + 5 × 1,000) / 8 = (3,000 + 5,000) / 8 = 1,000 cents = $10.00 per device per month.
    expect(roundHalfUp(tokenCostPerDevice(toy, usd))).toBe(1_000);
    // 333,333 in and 111,111 out on one device: (333,333 × 250 + 111,111 × 1,000) / 1,000,000
    // = (83,333,250 + 111,111,000) / 1,000,000 = 194.44 cents → 194.
    expect(roundHalfUp(tokenCostPerDevice({ activeDevices: 1, inputTokens: 333_333n, outputTokens: 111_111n }, usd))).toBe(194);
    expect(roundHalfUp(tokenCostPerDevice({ activeDevices: 0, inputTokens: 0n, outputTokens: 0n }, usd))).toBe(0);
  });

  it("grows the fleet by the last 90 days' activations, a third of them a month", () => {
    // 7 activations in 90 days → 2.333 a month; month 1: 10 + round(7/3 = 2.33) = 12;
    // month 2: 10 + round(14/3 = 4.67) = 15; month 12: 10 + 28 = 38.
    expect(activationsPerMonth(7)).toBe(2.3);
    expect(devicesInMonth(toy, 1)).toBe(12);
    expect(devicesInMonth(toy, 2)).toBe(15);
    expect(devicesInMonth(toy, 12)).toBe(38);
  });

  it("sums 12 months of a SKU's devices at a per-device cost, rounded once", () => {
    // Devices per month 1..12: 10 + round(7m/3) = 12, 15, 17, 19, 22, 24, 26, 29, 31, 33, 36, 38 → 302.
    // License at 400/24 cents: 302 × 16.666… = 5,033.33 → 5,033; tokens at 1,000 cents: 302,000.
    expect(roundHalfUp(twelveMonths(toy, ratio(400, 24)))).toBe(5_033);
    expect(roundHalfUp(twelveMonths(toy, ratio(1_000)))).toBe(302_000);
  });

  it("projects the fleet month by month, both series", () => {
    // Glasses: 4 devices, no activations, $1.50 of tokens each; the toy as above at $10.00.
    const glasses = { devices: 4, activeDevices: 4, inputTokens: 0n, outputTokens: 0n, activations: 0 };
    const months = projectFleet([{ facts: toy, tokenCost: ratio(1_000) }, { facts: glasses, tokenCost: ratio(150) }], ratio(400, 24), new Date("2026-12-06T10:00:00Z"));
    expect(months).toHaveLength(12);
    // Month 1 (January 2027): 12 + 4 = 16 devices; licenses 16 × 16.67 = 266.67 → 267;
    // tokens 12 × 1,000 + 4 × 150 = 12,600.
    expect(months[0]).toEqual({ month: "2027-01", devices: 16, licenseCost: 267, tokenCost: 12_600 });
    // Month 12 (December 2027): 38 + 4 = 42; licenses 42 × 400 / 24 = 700; tokens 38,000 + 600.
    expect(months[11]).toEqual({ month: "2027-12", devices: 42, licenseCost: 700, tokenCost: 38_600 });
    // Without a license price the license series is unknown, the token series stands.
    expect(projectFleet([{ facts: glasses, tokenCost: ratio(150) }], null, new Date("2026-12-06T10:00:00Z"))[0]).toEqual({ month: "2027-01", devices: 4, licenseCost: null, tokenCost: 600 });
  });

  it("labels months after the current UTC month, across years", () => {
    expect(monthLabel(new Date("2026-11-30T23:59:59Z"), 1)).toBe("2026-12");
    expect(monthLabel(new Date("2026-11-30T23:59:59Z"), 2)).toBe("2027-01");
  });
});
