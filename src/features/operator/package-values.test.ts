import { describe, expect, it } from "vitest";
import { changedFields, NEW_PACKAGE, PACKAGE_MESSAGES, parsePackage } from "./package-values";

const valid = { ...NEW_PACKAGE, name: " Fleet ", seats: "500", unitAmount: "250", currency: "EUR", termMonths: "12", stripeLookupKey: "fleet_500" };

describe("parsePackage", () => {
  it("turns the form's text into mutation input", () => {
    expect(parsePackage(valid)).toEqual({
      ok: true,
      fields: { name: "Fleet", seats: 500, unitAmount: 250, currency: "eur", termMonths: 12, stripeLookupKey: "fleet_500", active: true, sortOrder: 0 },
    });
  });

  it("reads an empty term and lookup key as none", () => {
    const parsed = parsePackage({ ...valid, termMonths: " ", stripeLookupKey: "" });
    expect(parsed).toMatchObject({ ok: true, fields: { termMonths: null, stripeLookupKey: null } });
  });

  it("names every invalid field", () => {
    const parsed = parsePackage({ ...NEW_PACKAGE, name: "x", unitAmount: "2.5", currency: "dollars", termMonths: "0", stripeLookupKey: "no spaces", sortOrder: "" });
    expect(parsed).toEqual({
      ok: false,
      errors: {
        name: PACKAGE_MESSAGES.name,
        seats: PACKAGE_MESSAGES.seats,
        unitAmount: PACKAGE_MESSAGES.unitAmount,
        currency: PACKAGE_MESSAGES.currency,
        termMonths: PACKAGE_MESSAGES.termMonths,
        stripeLookupKey: PACKAGE_MESSAGES.stripeLookupKey,
        sortOrder: PACKAGE_MESSAGES.sortOrder,
      },
    });
  });
});

describe("changedFields", () => {
  it("keeps only what an edit changed", () => {
    const before = { name: "Fleet", seats: 500, unitAmount: 250, currency: "usd", termMonths: null, stripeLookupKey: null, active: true, sortOrder: 0 };
    expect(changedFields(before, { ...before })).toEqual({});
    expect(changedFields(before, { ...before, unitAmount: 200, termMonths: 12 })).toEqual({ unitAmount: 200, termMonths: 12 });
  });
});
