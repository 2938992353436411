import { describe, expect, it } from "vitest";
import { formatMoney, moneyInputValue, parseMoney } from "@/shared/money";

describe("formatMoney", () => {
  it("formats minor units in the currency's own decimals", () => {
    expect(formatMoney(300, "usd")).toBe("$3.00");
    expect(formatMoney(300_000, "usd")).toBe("$3,000.00");
    expect(formatMoney(1234, "eur")).toBe("€12.34");
    expect(formatMoney(500, "jpy")).toBe("¥500");
  });

  it("formats in the console's language when given one", () => {
    expect(formatMoney(300_000, "usd", "zh-CN")).toBe("US$3,000.00");
    expect(formatMoney(1_800, "cny", "zh-CN")).toBe("¥18.00");
    expect(formatMoney(300_000, "usd", "en")).toBe(formatMoney(300_000, "usd"));
  });

  it("still shows an amount for a malformed currency code", () => {
    expect(formatMoney(250, "us")).toBe("2.50 US");
  });
});

describe("parseMoney and moneyInputValue", () => {
  it("reads typed amounts as whole minor units, in the currency's decimals", () => {
    expect(parseMoney("2.50", "usd")).toBe(250);
    expect(parseMoney(" 2,5 ", "eur")).toBe(250);
    expect(parseMoney("18", "cny")).toBe(1_800);
    expect(parseMoney("0", "usd")).toBe(0);
    expect(parseMoney("500", "jpy")).toBe(500);
  });

  it("refuses negatives, too many decimals and anything else", () => {
    for (const text of ["-1", "2.505", "", "1e3", "abc", "1.2.3"]) expect(parseMoney(text, "usd"), text).toBeNull();
    expect(parseMoney("5.5", "jpy")).toBeNull();
  });

  it("writes minor units back as the form shows them", () => {
    expect(moneyInputValue(250, "usd")).toBe("2.50");
    expect(moneyInputValue(5, "usd")).toBe("0.05");
    expect(moneyInputValue(7_200, "cny")).toBe("72.00");
    expect(moneyInputValue(500, "jpy")).toBe("500");
  });
});
