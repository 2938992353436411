import { describe, expect, it } from "vitest";
import { CATALOGS } from "@/messages";
import { billingWords } from "./billing-words";
import { lineDescription, lineItem } from "./invoice-lines";
import { parseReviewReason, reviewReasonText, type ReviewReason } from "./order-review";
import { REVERSE_CHARGE_NOTE } from "./tax-words";

const en = billingWords("en", CATALOGS.en);
const zh = billingWords("zh-CN", CATALOGS["zh-CN"]);

const reverseCharge = { label: "VAT", rateBps: 0, note: REVERSE_CHARGE_NOTE };
const noRate = { label: "Tax", rateBps: 0, note: null };
const typed = { label: "VAT", rateBps: 1_900, note: null };

const mismatch: ReviewReason = {
  eventType: "checkout.session.completed",
  problems: [
    { code: "noOrganization" },
    { code: "otherOrganization" },
    { code: "orderIdsDisagree" },
    { code: "amount", claimed: 4_000, expected: 47_600 },
    { code: "amount", claimed: null, expected: 100 },
    { code: "currency", claimed: "eur", expected: "usd" },
    { code: "currency", claimed: null, expected: "usd" },
    { code: "otherOrder" },
    { code: "otherPaymentIntent" },
  ],
};

describe("billing words", () => {
  it("in English, give the stored text word for word", () => {
    expect(en.taxLine(reverseCharge)).toBe("VAT 0 %");
    expect(en.taxLine(noRate)).toBe("Tax 0 %");
    expect(en.taxLine(typed)).toBe("VAT 19 %");
    expect(en.taxNote(REVERSE_CHARGE_NOTE)).toBe(REVERSE_CHARGE_NOTE);
    for (const item of [{ kind: "seats", packageName: "Starter" }, { kind: "refund", packageName: "Starter", seats: 1 }, { kind: "refund", packageName: "A — B", seats: 1_250 }] as const) {
      const description = lineDescription(item);
      expect(en.line({ description, quantity: 1_250 })).toBe(description);
    }
    expect(lineDescription({ kind: "refund", packageName: "Starter", seats: 1_250 })).toBe("Refund: Starter — 1,250 device license seats removed");
    const text = reviewReasonText(mismatch);
    expect(text).toBe(
      "checkout.session.completed did not match this order: the payment names no organization; the payment names another organization; client_reference_id and metadata.orderId disagree; amount 4000 ≠ order total 47600; amount missing ≠ order total 100; currency eur ≠ order currency usd; currency missing ≠ order currency usd; the payment belongs to another order; the payment intent is not this order's",
    );
    expect(parseReviewReason(text)).toEqual(mismatch);
    expect(en.reviewReason(text)).toBe(text);
  });

  it("in Chinese, word what the server wrote and keep what an operator typed", () => {
    expect(zh.taxLine(reverseCharge)).toBe("增值税 0 %");
    expect(zh.taxLine(noRate)).toBe("税费 0 %");
    expect(zh.taxLine(typed)).toBe("VAT 19 %");
    expect(zh.taxNote(REVERSE_CHARGE_NOTE)).toMatch(/^反向征收：/);
    expect(zh.line({ description: "Starter — device license seats", quantity: 100 })).toBe("Starter — 设备许可证席位");
    expect(zh.line({ description: "Refund: Starter — 1,250 device license seats removed", quantity: 1 })).toBe("退款：Starter — 移除 1,250 个设备许可证席位");
    expect(zh.reviewReason("charge.refunded did not match this order: the payment names another organization; currency eur ≠ order currency usd")).toBe(
      "charge.refunded 与此订单不符：付款指向了其他组织；币种 eur ≠ 订单币种 usd",
    );
  });

  it("show text of another shape as stored", () => {
    for (const words of [en, zh]) {
      expect(words.line({ description: "Setup fee", quantity: 1 })).toBe("Setup fee");
      expect(words.reviewReason("payment did not match this order: something new")).toBe("payment did not match this order: something new");
      expect(words.taxNote("Exempt under §4")).toBe("Exempt under §4");
    }
    expect(lineItem("Refund: Starter — 1,250 device license seat removed")).toBeNull();
    expect(parseReviewReason(reviewReasonText({ ...mismatch, problems: Array(20).fill({ code: "otherOrder" }) }))).toBeNull();
  });
});
