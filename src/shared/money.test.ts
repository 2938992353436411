import { describe, expect, it } from "vitest";
import { formatMoney } from "@/shared/money";

describe("formatMoney", () => {
  it("formats minor units in the currency's own decimals", () => {
    expect(formatMoney(300, "usd")).toBe("$3.00");
    expect(formatMoney(300_000, "usd")).toBe("$3,000.00");
    expect(formatMoney(1234, "eur")).toBe("€12.34");
    expect(formatMoney(500, "jpy")).toBe("¥500");
  });

  it("still shows an amount for a malformed currency code", () => {
    expect(formatMoney(250, "us")).toBe("2.50 US");
  });
});
