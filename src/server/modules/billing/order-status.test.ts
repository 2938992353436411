import { describe, expect, it } from "vitest";
import { orderStatus, refundedSeats } from "./order-status";

const at = new Date("2026-11-29T12:00:00Z");
const none = { paidAt: null, failedAt: null, expiredAt: null, cancelledAt: null, amountRefunded: 0 };

describe("order status", () => {
  it("is pending until the provider reports an outcome", () => {
    expect(orderStatus(none, 1000)).toBe("pending");
    expect(orderStatus({ ...none, expiredAt: at }, 1000)).toBe("expired");
    expect(orderStatus({ ...none, failedAt: at }, 1000)).toBe("failed");
  });

  it("a payment outranks an expiry or failure that arrives out of order", () => {
    expect(orderStatus({ ...none, paidAt: at, expiredAt: at, failedAt: at, cancelledAt: at }, 1000)).toBe("paid");
  });

  it("a checkout the buyer cancelled stays cancelled when Stripe's expiry follows", () => {
    expect(orderStatus({ ...none, cancelledAt: at }, 1000)).toBe("cancelled");
    expect(orderStatus({ ...none, cancelledAt: at, expiredAt: at }, 1000)).toBe("cancelled");
  });

  it("refunds qualify a paid order", () => {
    expect(orderStatus({ ...none, paidAt: at, amountRefunded: 300 }, 1000)).toBe("partially_refunded");
    expect(orderStatus({ ...none, paidAt: at, amountRefunded: 1000 }, 1000)).toBe("refunded");
  });
});

describe("refunded seats", () => {
  it("takes back the refunded share, rounded down", () => {
    expect(refundedSeats(1000, 300_000, 0)).toBe(0);
    expect(refundedSeats(1000, 300_000, 300)).toBe(1);
    expect(refundedSeats(1000, 300_000, 299)).toBe(0);
    expect(refundedSeats(1000, 300_000, 150_000)).toBe(500);
    expect(refundedSeats(1000, 300_000, 300_000)).toBe(1000);
    expect(refundedSeats(1000, 300_000, 400_000)).toBe(1000);
  });

  it("a refund of a free order removes all its seats", () => {
    expect(refundedSeats(10, 0, 1)).toBe(10);
  });
});
