/*
 * The tax words the server writes itself: the EU reverse charge's label and note, and the label
 * of a country without a rate. Orders, quotes and documents store them in English (the API and
 * Stripe read them); the console and its PDFs word them from the catalogs (`billing.tax`).
 * A label an operator typed for a country's rate is data and stays as typed.
 */

/** Printed on an invoice issued under the EU reverse charge. */
export const REVERSE_CHARGE_NOTE = "Reverse charge: VAT to be accounted for by the recipient (Article 196, Council Directive 2006/112/EC).";
export const REVERSE_CHARGE_LABEL = "VAT";
/** A country without a rate pays none, under this label. */
export const NO_RATE_LABEL = "Tax";

type StoredTax = { label: string; rateBps: number; note: string | null };

/** Which of the server's own labels a stored tax carries, or null: the operator's label. */
export function taxLabelCode(tax: StoredTax): "vat" | "tax" | null {
  if (tax.note === REVERSE_CHARGE_NOTE && tax.label === REVERSE_CHARGE_LABEL) return "vat";
  if (tax.note === null && tax.rateBps === 0 && tax.label === NO_RATE_LABEL) return "tax";
  return null;
}

export const isReverseChargeNote = (note: string | null) => note === REVERSE_CHARGE_NOTE;
