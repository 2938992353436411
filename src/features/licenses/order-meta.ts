import type { RouterOutputs } from "@/lib/trpc";
import { formatCount, type BadgeTone } from "./license-meta";

export type Order = RouterOutputs["license"]["order"];
export type OrderStatus = Order["status"];
export type LicensePackage = RouterOutputs["license"]["packages"][number];

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  pending: "Pending",
  paid: "Paid",
  failed: "Failed",
  cancelled: "Cancelled",
  expired: "Expired",
  refunded: "Refunded",
  partially_refunded: "Partially refunded",
};

// One hue per status so a column of orders reads at a glance.
export const ORDER_STATUS_TONES: Record<OrderStatus, BadgeTone> = {
  pending: "warning",
  paid: "success",
  failed: "danger",
  cancelled: "neutral",
  expired: "neutral",
  refunded: "accent",
  partially_refunded: "brand",
};

export const orderPath = (orgSlug: string, orderId: string) => `/o/${orgSlug}/licenses/orders/${orderId}`;
export const licensesPath = (orgSlug: string) => `/o/${orgSlug}/licenses`;

/** "1 seat", "1,000 seats" */
export const seatCount = (count: number) => `${formatCount(count)} ${count === 1 ? "seat" : "seats"}`;

/** "Growth × 2" */
export const packageLine = (order: Pick<Order, "packageName" | "packages">) => `${order.packageName} × ${formatCount(order.packages)}`;

/** Packages per order, as the checkout accepts them. */
export const QUANTITY_MIN = 1;
export const QUANTITY_MAX = 100;

export type ParsedQuantity = { ok: true; value: number } | { ok: false; message: string };

/** The quantity field's text as a number of packages, or why it cannot be bought. */
export function parseQuantity(text: string): ParsedQuantity {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return { ok: false, message: `Enter a whole number of packages, from ${QUANTITY_MIN} to ${QUANTITY_MAX}.` };
  const value = Number(trimmed);
  if (value < QUANTITY_MIN) return { ok: false, message: `Buy at least ${QUANTITY_MIN} package.` };
  if (value > QUANTITY_MAX) return { ok: false, message: `At most ${QUANTITY_MAX} packages per order; contact sales for more.` };
  return { ok: true, value };
}
