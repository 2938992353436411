import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { CATALOGS } from "@/messages";
import { bpsToPercent, parseTaxRate, percentToBps } from "./tax-rate-values";

const t = createTranslator({ locale: "en", messages: CATALOGS.en, namespace: "operator.validation" });

describe("tax rate form", () => {
  it("reads percentages as basis points without floats", () => {
    expect(["19", "25.5", "7,7", "0", "50", "8.25", " 20 "].map(percentToBps)).toEqual([1_900, 2_550, 770, 0, 5_000, 825, 2_000]);
    expect(["", "-1", "50.01", "19.999", "abc", "100"].map(percentToBps)).toEqual([null, null, null, null, null, null]);
    expect([1_900, 2_550, 825, 0].map(bpsToPercent)).toEqual(["19", "25.5", "8.25", "0"]);
  });

  it("names every invalid field", () => {
    expect(parseTaxRate({ country: " de ", label: "VAT", percent: "19" })).toEqual({ ok: true, input: { country: "DE", label: "VAT", rateBps: 1_900 } });
    const parsed = parseTaxRate({ country: "Germany", label: "", percent: "120" });
    const errors = parsed.ok ? {} : parsed.errors;
    expect(Object.fromEntries(Object.entries(errors).map(([field, problem]) => [field, t(problem.key)]))).toEqual({
      country: "Country is a 2-letter ISO code, e.g. DE.",
      label: "Name the tax in 1 to 20 characters, e.g. VAT or GST.",
      percent: "The rate is a percentage from 0 to 50, with at most two decimals.",
    });
  });
});
