import { describe, expect, it } from "vitest";
import { parseTokenPrice, tokenPriceValues } from "./token-price-values";

describe("the operator's token price form", () => {
  it("shows and reads prices in major units, sends minor units", () => {
    expect(tokenPriceValues({ currency: "cny", inputPerMillion: 1_800, outputPerMillion: 7_200 })).toEqual({ currency: "cny", input: "18.00", output: "72.00" });
    expect(parseTokenPrice({ currency: " USD ", input: "2.5", output: "10" })).toEqual({ ok: true, input: { currency: "usd", inputPerMillion: 250, outputPerMillion: 1_000 } });
  });

  it("names the fields that are not valid", () => {
    const parsed = parseTokenPrice({ currency: "usd", input: "-2", output: "0.001" });
    expect(parsed.ok ? [] : Object.keys(parsed.errors)).toEqual(["input", "output"]);
    const noCurrency = parseTokenPrice({ currency: "dollars", input: "1", output: "1" });
    expect(noCurrency.ok ? [] : Object.keys(noCurrency.errors)).toEqual(["currency"]);
  });
});
