import type { RouterOutputs } from "@/lib/trpc";

export type SeatBalance = RouterOutputs["license"]["balance"];
export type LedgerEntry = RouterOutputs["license"]["ledger"]["entries"][number];
export type LedgerKind = LedgerEntry["kind"];
export type BadgeTone = "neutral" | "brand" | "success" | "warning" | "danger" | "accent";

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

/** "1,000" in English (the default), in the console's language when given one. */
export const formatCount = (value: number, locale = "en") => value.toLocaleString(locale);

/**
 * "42%". Rounded down, so a pool with one seat left never reads "100%"; a sliver in use
 * reads "<1%" rather than a misleading "0%".
 */
export function formatPercent(percent: number, locale = "en"): string {
  if (percent > 0 && percent < 1) return "<1%";
  return `${formatCount(Math.floor(percent), locale)}%`;
}

/** One part of a ledger entry's change: a message of `licenses.ledger.change` and its seat count. */
export type ChangePart = { key: "added" | "removed" | "used" | "released" | "moved" | "none"; count: number };

/** What an entry did to the pool: seats added or removed, then used or released ("+5 seats, 2 seats released"). */
export function describeChange({ kind, totalDelta, usedDelta }: Pick<LedgerEntry, "kind" | "totalDelta" | "usedDelta">): ChangePart[] {
  const parts: ChangePart[] = [];
  if (totalDelta !== 0) parts.push({ key: totalDelta > 0 ? "added" : "removed", count: Math.abs(totalDelta) });
  if (usedDelta !== 0) parts.push({ key: usedDelta > 0 ? "used" : "released", count: Math.abs(usedDelta) });
  if (parts.length > 0) return parts;
  // An RMA transfer moves a seat between devices without changing either counter.
  return [{ key: kind === "rma_transfer" ? "moved" : "none", count: 0 }];
}

/** A system actor's message in `licenses.ledger.actors`. */
export type ActorKey = "operator" | "automatic" | "seatTerm" | "apiKey" | "system";

// System actors are stored as machine labels; the console names them for people. An
// activation takes its seat on its own at first boot, so no person is credited with it.
const SYSTEM_ACTORS: Record<string, ActorKey> = {
  "operator-cli": "operator",
  "device-activation": "automatic",
  "seat-terms": "seatTerm",
  "API key": "apiKey",
  system: "system",
};

/** Who made an entry: a system actor's message key, or a person's name as it is. */
export const actorLabel = (actor: string): { key: ActorKey } | { name: string } => {
  const key = SYSTEM_ACTORS[actor];
  return key ? { key } : { name: actor };
};
