import type { RouterOutputs } from "@/lib/trpc";
import { checkOrderSeats, type SeatsCheck } from "@/shared/pricing";
import type { BadgeTone } from "./license-meta";

export type Order = RouterOutputs["license"]["order"];
export type OrderStatus = Order["status"];
export type LicensePackage = RouterOutputs["license"]["packages"][number];

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
/** An invoice or credit note as a PDF download (the console's route; the API's is /api/v1/invoices/:id). */
export const invoicePath = (orgSlug: string, invoiceId: string) => `/o/${orgSlug}/licenses/invoices/${invoiceId}`;

/** The seats field's text checked against the package's tiers: the order's price, or why it cannot be bought (`problem`, for the catalogs). */
export function parseSeats(text: string, pkg: Pick<LicensePackage, "tiers" | "currency">): SeatsCheck {
  const trimmed = text.trim().replaceAll(",", "");
  if (!/^\d+$/.test(trimmed)) return { ok: false, problem: "notWhole", limit: 0, message: "Enter a whole number of seats." };
  return checkOrderSeats(pkg.tiers, pkg.currency, Number(trimmed));
}
