/**
 * The licenses catalogs render what the screens showed before translation, byte for byte in
 * English (the e2e tests assert these), and read naturally in Simplified Chinese.
 */
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { CATALOGS } from "@/messages";
import { describeChange } from "./license-meta";
import { termStatus } from "./seat-term-meta";

const en = createTranslator({ locale: "en", messages: CATALOGS.en, namespace: "licenses" });
const zh = createTranslator({ locale: "zh-CN", messages: CATALOGS["zh-CN"], namespace: "licenses" });

describe("licenses messages", () => {
  it("count seats", () => {
    expect(en("seats", { count: 1 })).toBe("1 seat");
    expect(en("seats", { count: 1000 })).toBe("1,000 seats");
    expect(zh("seats", { count: 1000 })).toBe("1,000 个席位");
    expect(en("orders.packageLine", { name: "Device licenses", count: 2000 })).toBe("Device licenses · 2,000 seats");
    expect(en("package.buySeats", { count: 100 })).toBe("Buy 100 seats");
    expect(en("terms.renew", { seats: 200, months: 12 })).toBe("Renew 200 seats for 12 months");
  });

  it("describe ledger changes", () => {
    const text = (t: typeof en, delta: { totalDelta: number; usedDelta: number }) =>
      describeChange({ kind: "adjustment", ...delta })
        .map((part) => t(`ledger.change.${part.key}`, { count: part.count }))
        .join(t("ledger.change.separator"));
    expect(text(en, { totalDelta: 1000, usedDelta: 0 })).toBe("+1,000 seats");
    expect(text(en, { totalDelta: -250, usedDelta: 0 })).toBe("−250 seats");
    expect(text(en, { totalDelta: 0, usedDelta: 1 })).toBe("1 seat used");
    expect(text(en, { totalDelta: 5, usedDelta: -2 })).toBe("+5 seats, 2 seats released");
    expect(text(zh, { totalDelta: 5, usedDelta: -2 })).toBe("+5 个席位，释放 2 个席位");
  });

  it("label seat terms", () => {
    const now = new Date("2026-03-01T00:00:00Z");
    const term = { state: "expiring" as const, endsAt: new Date("2026-03-13T00:00:00Z"), graceEndsAt: new Date("2026-04-12T00:00:00Z"), seatsReclaimed: 0 };
    const { label, detail } = termStatus(term, now);
    expect(label).toEqual({ key: "expiresIn", values: { days: 12 } });
    expect(en(`terms.status.${label.key}`, "values" in label ? label.values : {})).toBe("Expires in 12 days");
    expect(zh(`terms.status.${label.key}`, "values" in label ? label.values : {})).toBe("12 天后到期");
    expect(detail).toEqual({ key: "expiringDetail" });
    expect(termStatus({ ...term, state: "ended", seatsReclaimed: 3 }, now).detail).toEqual({ key: "reclaimedDetail", values: { count: 3 } });
  });

  it("say what a bank transfer awaits, with or without a due date and an invoice", () => {
    const tags = { date: () => "Mar 4, 2026" };
    const awaiting = (t: typeof en, due: string, invoice: string) => t.markup("order.outcome.awaiting", { amount: "$3,000.00", due, invoice, ...tags });
    expect(awaiting(en, "yes", "INV-1")).toBe("Awaiting your bank transfer of $3,000.00 by Mar 4, 2026, quoting invoice INV-1.");
    expect(awaiting(en, "no", "none")).toBe("Awaiting your bank transfer of $3,000.00.");
    expect(awaiting(zh, "yes", "INV-1")).toBe("等待您通过银行转账支付 $3,000.00（截止 Mar 4, 2026），请注明发票号 INV-1。");
  });

  it("warn as the pool fills", () => {
    const b = (chunks: string) => `<b>${chunks}</b>`;
    expect(en.markup("balance.banner.overage", { total: 1000, left: 50, b })).toBe(
      "<b>All 1,000 seats are used:</b> new devices are activating on your overage allowance, 50 seats left. After that, new devices cannot activate.",
    );
    expect(en.markup("balance.banner.exhausted", { used: 1000, total: 1000, b })).toBe(
      "<b>No seats left:</b> new devices cannot activate; devices already in the field keep working. 1,000 of 1,000 seats in use.",
    );
  });
});
