import { describe, expect, it } from "vitest";
import { parsePricing, pricingValues } from "./pricing-values";

describe("the pricing form", () => {
  it("starts from the prices in force, in major units", () => {
    expect(pricingValues({ inputPerMillion: 250, outputPerMillion: 1_000 }, 24, "usd")).toEqual({ input: "2.50", output: "10.00", lifetime: "24" });
    expect(pricingValues(null, 36, "cny")).toEqual({ input: "", output: "", lifetime: "36" });
  });

  it("sends whole minor units", () => {
    expect(parsePricing({ input: "3", output: "12.5", lifetime: "18" }, "usd")).toEqual({
      ok: true,
      input: { tokenPrice: { inputPerMillion: 300, outputPerMillion: 1_250 }, deviceLifetimeMonths: 18 },
    });
  });

  it("names each field that is not valid", () => {
    const parsed = parsePricing({ input: "-1", output: "2.555", lifetime: "0" }, "usd");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(Object.keys(parsed.errors)).toEqual(["input", "output", "lifetime"]);
    expect(parsePricing({ input: "10000.01", output: "1", lifetime: "24" }, "usd").ok).toBe(false);
  });
});
