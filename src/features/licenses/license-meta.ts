import type { RouterOutputs } from "@/lib/trpc";

export type SeatBalance = RouterOutputs["license"]["balance"];
export type LedgerEntry = RouterOutputs["license"]["ledger"]["entries"][number];
export type LedgerKind = LedgerEntry["kind"];
export type BadgeTone = "neutral" | "brand" | "success" | "warning" | "danger" | "accent";

export const KIND_LABELS: Record<LedgerKind, string> = {
  purchase: "Purchase",
  grant: "Contract grant",
  activation: "Activation",
  refund: "Refund",
  rma_transfer: "RMA transfer",
  adjustment: "Adjustment",
  expiry: "Term ended",
  reclaim: "Seat taken back",
};

// Seats coming in stand out from the routine activations; refunds take seats away.
export const KIND_TONES: Record<LedgerKind, BadgeTone> = {
  purchase: "success",
  grant: "brand",
  activation: "neutral",
  refund: "warning",
  rma_transfer: "neutral",
  adjustment: "neutral",
  expiry: "warning",
  reclaim: "danger",
};

/** Utilization from which the balance turns amber, then red (percent of the total in use). */
const WARN_AT = 70;
const CRITICAL_AT = 90;

export type Utilization = {
  /** seats used in percent of the total; above 100 when overage or a refund left the pool over its total */
  percent: number;
  level: "normal" | "warning" | "critical";
  /** every seat of the total is in use (or more) */
  exhausted: boolean;
};

export function utilization({ seatsTotal, seatsUsed }: Pick<SeatBalance, "seatsTotal" | "seatsUsed">): Utilization {
  // Seats in use with a total of zero (everything refunded) is as full as a pool gets.
  const percent = seatsTotal > 0 ? (seatsUsed / seatsTotal) * 100 : seatsUsed > 0 ? 100 : 0;
  const level = percent >= CRITICAL_AT ? "critical" : percent >= WARN_AT ? "warning" : "normal";
  return { percent, level, exhausted: seatsUsed > 0 && seatsUsed >= seatsTotal };
}

export const formatCount = (value: number) => value.toLocaleString("en");

/**
 * "42%". Rounded down, so a pool with one seat left never reads "100%"; a sliver in use
 * reads "<1%" rather than a misleading "0%".
 */
export function formatPercent(percent: number): string {
  if (percent > 0 && percent < 1) return "<1%";
  return `${formatCount(Math.floor(percent))}%`;
}

const seats = (count: number) => `${formatCount(count)} ${count === 1 ? "seat" : "seats"}`;

/** What an entry did to the pool: "+1,000 seats", "−250 seats", "1 seat used", "2 seats released". */
export function describeChange({ kind, totalDelta, usedDelta }: Pick<LedgerEntry, "kind" | "totalDelta" | "usedDelta">): string {
  const parts: string[] = [];
  if (totalDelta !== 0) parts.push(`${totalDelta > 0 ? "+" : "−"}${seats(Math.abs(totalDelta))}`);
  if (usedDelta !== 0) parts.push(`${seats(Math.abs(usedDelta))} ${usedDelta > 0 ? "used" : "released"}`);
  if (parts.length > 0) return parts.join(", ");
  // An RMA transfer moves a seat between devices without changing either counter.
  return kind === "rma_transfer" ? "Seat moved" : "No change";
}

// System actors are stored as machine labels; the console names them for people. An
// activation takes its seat on its own at first boot, so no person is credited with it.
const SYSTEM_ACTORS: Record<string, string> = {
  "operator-cli": "Anima (operator)",
  "device-activation": "Automatic",
  "seat-terms": "Automatic (seat term)",
};

export const actorLabel = (actor: string) => SYSTEM_ACTORS[actor] ?? actor;
