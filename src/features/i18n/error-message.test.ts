import { describe, expect, it } from "vitest";
import { localizedErrorMessage } from "./error-message";

/** A tRPC client error as the console receives it: the server's sentence and its reason. */
const refusal = (message: string, reason?: string) => Object.assign(new Error(message), { data: { reason } });
const CATALOG: Record<string, string> = { QUOTE_EXPIRED: "该报价单已过期；请按当前价格重新申请报价单。" };
const options = (locale: string) => ({ locale, translate: (reason: string) => CATALOG[reason] ?? null, generic: "generic" });

describe("localizedErrorMessage", () => {
  it("outside English, bad input reads as its issues, which the server worded in the console's language", () => {
    const invalid = Object.assign(new Error("Invalid input: name: 请输入 SKU 名称。"), { data: { reason: "INVALID_INPUT", issues: [{ path: ["name"], message: "请输入 SKU 名称。" }, { path: ["code"], message: "请输入 SKU 代码。" }] } });
    expect(localizedErrorMessage(invalid, options("zh-CN"))).toBe("请输入 SKU 名称。请输入 SKU 代码。");
    expect(localizedErrorMessage(invalid, options("en"))).toBe("Invalid input: name: 请输入 SKU 名称。");
  });

  it("translates a known reason outside English", () => {
    expect(localizedErrorMessage(refusal("This quote has expired; ask for a new one at today's prices.", "QUOTE_EXPIRED"), options("zh-CN"))).toBe(CATALOG.QUOTE_EXPIRED);
  });

  it("keeps the server's sentence in English, for an unknown reason, and without a reason", () => {
    expect(localizedErrorMessage(refusal("This quote has expired.", "QUOTE_EXPIRED"), options("en"))).toBe("This quote has expired.");
    expect(localizedErrorMessage(refusal("Stripe price missing.", "STRIPE_PRICE_MISSING"), options("zh-CN"))).toBe("Stripe price missing.");
    expect(localizedErrorMessage(new Error("Failed to fetch"), options("zh-CN"))).toBe("Failed to fetch");
  });

  it("falls back to the generic message when there is nothing to say", () => {
    expect(localizedErrorMessage("boom", options("zh-CN"))).toBe("generic");
    expect(localizedErrorMessage(new Error(""), options("en"))).toBe("generic");
  });
});
