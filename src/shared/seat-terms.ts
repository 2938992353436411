/*
 * Seat terms (docs/billing.md "Seat terms"): seats bought on a term package leave the pool when
 * their term ends. New activations stop needing them at once; devices already using them keep
 * working for the grace period, after which seats still in use beyond the pool are taken back.
 */
import { DAY_MS } from "./time";

/** Days devices keep working on expired seats before any is taken back. */
export const SEAT_GRACE_DAYS = 30;

/** Reminders go out this many days before a term ends, once each, largest first. */
export const REMINDER_DAYS = [30, 7, 1] as const;

/**
 * The same instant `months` calendar months later (UTC), clamped to the month's last day:
 * a 12-month term bought on 31 January 2027 ends on 31 January 2028, one bought on
 * 29 February 2028 ends on 28 February 2029.
 */
export function addMonths(from: Date, months: number): Date {
  const target = new Date(from);
  const day = target.getUTCDate();
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target;
}

/** The reminder due for a term ending at `endsAt` (the smallest threshold reached), or null when none is. */
export function reminderDue(endsAt: Date, now: Date): number | null {
  const left = endsAt.getTime() - now.getTime();
  if (left <= 0) return null;
  const reached = REMINDER_DAYS.filter((days) => left <= days * DAY_MS);
  return reached.length ? Math.min(...reached) : null;
}

export type TermState = "active" | "expiring" | "grace" | "ended" | "renewed";

/** Where a term stands: running, within its last 30 days, expired but in grace, over, or renewed. */
export function termState(term: { endsAt: Date; renewedByOrderId: string | null }, now: Date): TermState {
  if (term.renewedByOrderId) return "renewed";
  const left = term.endsAt.getTime() - now.getTime();
  if (left > REMINDER_DAYS[0] * DAY_MS) return "active";
  if (left > 0) return "expiring";
  return -left < SEAT_GRACE_DAYS * DAY_MS ? "grace" : "ended";
}

/** When a term's grace period ends. */
export const graceEndsAt = (endsAt: Date) => new Date(endsAt.getTime() + SEAT_GRACE_DAYS * DAY_MS);
