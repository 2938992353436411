/*
 * What an invoice, credit note or quote line sells, and its English description. The stored
 * description stays English (the API, Stripe and integrators read it); the console and the PDFs
 * it downloads read the item back from it (`lineItem`) and word it in the reader's language.
 * Descriptions are built only here, so reading one back is the exact inverse of writing it.
 */

export type LineItem =
  /** an order's (or quote's) seats: the line's quantity */
  | { kind: "seats"; packageName: string }
  /** a credit note's line: the seats the refund took back */
  | { kind: "refund"; packageName: string; seats: number };

/** The English description a document stores. */
export function lineDescription(item: LineItem): string {
  if (item.kind === "seats") return `${item.packageName} — device license seats`;
  return `Refund: ${item.packageName} — ${item.seats.toLocaleString("en")} device license ${item.seats === 1 ? "seat" : "seats"} removed`;
}

/** The item of a stored description, or null for one this module did not write (printed as stored). */
export function lineItem(description: string): LineItem | null {
  const refund = /^Refund: (.+) — ([\d,]+) device license seats? removed$/s.exec(description);
  const seats = /^(.+) — device license seats$/s.exec(description);
  const item: LineItem | null = refund
    ? { kind: "refund", packageName: refund[1]!, seats: Number(refund[2]!.replaceAll(",", "")) }
    : seats
      ? { kind: "seats", packageName: seats[1]! }
      : null;
  return item && lineDescription(item) === description ? item : null;
}
