import { describe, expect, it } from "vitest";
import { changedFields, NEW_PACKAGE, PACKAGE_MESSAGES, parsePackage } from "./package-values";

const TIERS = [
  { fromSeats: "100", unitAmount: "400" },
  { fromSeats: " 1000 ", unitAmount: "300" },
];
const valid = { ...NEW_PACKAGE, name: " Fleet ", tiers: TIERS, currency: "EUR", termMonths: "12", stripeLookupKey: "fleet_eur" };

describe("parsePackage", () => {
  it("turns the form's text into mutation input", () => {
    expect(parsePackage(valid)).toEqual({
      ok: true,
      fields: {
        name: "Fleet",
        tiers: [
          { fromSeats: 100, unitAmount: 400 },
          { fromSeats: 1000, unitAmount: 300 },
        ],
        currency: "eur",
        termMonths: 12,
        stripeLookupKey: "fleet_eur",
        active: true,
        sortOrder: 0,
      },
    });
  });

  it("reads an empty term and lookup key as none", () => {
    const parsed = parsePackage({ ...valid, termMonths: " ", stripeLookupKey: "" });
    expect(parsed).toMatchObject({ ok: true, fields: { termMonths: null, stripeLookupKey: null } });
  });

  it("names every invalid field", () => {
    const parsed = parsePackage({ ...NEW_PACKAGE, name: "x", tiers: [{ fromSeats: "1", unitAmount: "2.5" }], currency: "dollars", termMonths: "0", stripeLookupKey: "no spaces", sortOrder: "" });
    expect(parsed).toEqual({
      ok: false,
      errors: {
        name: PACKAGE_MESSAGES.name,
        tiers: PACKAGE_MESSAGES.tiers,
        currency: PACKAGE_MESSAGES.currency,
        termMonths: PACKAGE_MESSAGES.termMonths,
        stripeLookupKey: PACKAGE_MESSAGES.stripeLookupKey,
        sortOrder: PACKAGE_MESSAGES.sortOrder,
      },
    });
  });

  it("refuses tiers whose price does not fall as the count rises", () => {
    const parsed = parsePackage({ ...valid, tiers: [TIERS[0]!, { fromSeats: "1000", unitAmount: "450" }] });
    expect(parsed).toEqual({ ok: false, errors: { tiers: "Tier 2 must cost less per seat than tier 1." } });
  });
});

describe("changedFields", () => {
  it("keeps only what an edit changed, tiers compared by value", () => {
    const before = { name: "Fleet", tiers: [{ fromSeats: 1, unitAmount: 250 }], currency: "usd", termMonths: null, stripeLookupKey: null, active: true, sortOrder: 0 };
    expect(changedFields(before, { ...before, tiers: [{ fromSeats: 1, unitAmount: 250 }] })).toEqual({});
    expect(changedFields(before, { ...before, tiers: [{ fromSeats: 1, unitAmount: 200 }], termMonths: 12 })).toEqual({ tiers: [{ fromSeats: 1, unitAmount: 200 }], termMonths: 12 });
  });
});
