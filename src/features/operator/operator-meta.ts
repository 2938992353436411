import type { RouterOutputs } from "@/lib/trpc";

export type OperatorPackage = RouterOutputs["operator"]["packages"][number];
export type OperatorOrg = RouterOutputs["operator"]["organizations"]["items"][number];
export type OrgBalance = RouterOutputs["operator"]["grantSeats"];

/** The most overage an operator may allow, in percent of the seats owned (the server enforces it too). */
export const MAX_OVERAGE_PERCENT = 25;

/** A whole number written in a form field, when it lies within [min, max]; otherwise null. */
export function wholeNumberIn(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^-?\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= min && value <= max ? value : null;
}
