import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { CATALOGS } from "@/messages";
import type { FieldProblem } from "./field-problem";
import { changedFields, NEW_PACKAGE, parsePackage, type ParsedPackage } from "./package-values";

const t = createTranslator({ locale: "en", messages: CATALOGS.en, namespace: "operator.validation" });
/** The problems of a parse as the English console shows them. */
const english = (parsed: ParsedPackage) =>
  parsed.ok ? parsed : Object.fromEntries(Object.entries<FieldProblem | undefined>(parsed.errors).map(([field, problem]) => [field, problem && t(problem.key, problem.values)]));

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
    expect(english(parsed)).toEqual({
      name: "Name must be 2 to 80 characters.",
      tiers: "Each tier starts at a whole number of seats (1 to 1,000,000) and costs a whole number of minor units per seat (1 to 10,000,000).",
      currency: "Currency is a 3-letter ISO code, e.g. usd.",
      termMonths: "The term is 1 to 120 months; leave it empty for seats that never expire.",
      stripeLookupKey: "A lookup key uses letters, digits, _ . and - only (up to 200).",
      sortOrder: "Sort order is a whole number from 0 to 10,000.",
    });
  });

  it("refuses tiers whose price does not fall as the count rises", () => {
    const parsed = parsePackage({ ...valid, tiers: [TIERS[0]!, { fromSeats: "1000", unitAmount: "450" }] });
    expect(english(parsed)).toEqual({ tiers: "Tier 2 must cost less per seat than tier 1." });
  });

  it("refuses tiers whose count does not rise, naming the tier before", () => {
    const parsed = parsePackage({ ...valid, tiers: [{ fromSeats: "1000", unitAmount: "400" }, { fromSeats: "1000", unitAmount: "300" }] });
    expect(english(parsed)).toEqual({ tiers: "Tier 2 must start at more seats than tier 1 (1000)." });
  });
});

describe("changedFields", () => {
  it("keeps only what an edit changed, tiers compared by value", () => {
    const before = { name: "Fleet", tiers: [{ fromSeats: 1, unitAmount: 250 }], currency: "usd", termMonths: null, stripeLookupKey: null, active: true, sortOrder: 0 };
    expect(changedFields(before, { ...before, tiers: [{ fromSeats: 1, unitAmount: 250 }] })).toEqual({});
    expect(changedFields(before, { ...before, tiers: [{ fromSeats: 1, unitAmount: 200 }], termMonths: 12 })).toEqual({ tiers: [{ fromSeats: 1, unitAmount: 200 }], termMonths: 12 });
  });
});
