import type { FieldProblems } from "./field-problem";

/** A percentage typed in a form ("19", "25.5", "7,7") as basis points, or null when it is not 0–50 with at most two decimals. */
export function percentToBps(text: string): number | null {
  const match = /^(\d{1,2})(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const bps = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return bps <= 5_000 ? bps : null;
}

/** Basis points as the form shows them: 2550 → "25.5". */
export const bpsToPercent = (bps: number) => String(Number((bps / 100).toFixed(2)));

export type TaxRateValues = { country: string; label: string; percent: string };
export type ParsedTaxRate = { ok: true; input: { country: string; label: string; rateBps: number } } | { ok: false; errors: FieldProblems<TaxRateValues> };

/** The typed values as the mutation takes them, or a problem per field. */
export function parseTaxRate(values: TaxRateValues): ParsedTaxRate {
  const country = values.country.trim().toUpperCase();
  const label = values.label.trim();
  const rateBps = percentToBps(values.percent);
  const errors: FieldProblems<TaxRateValues> = {};
  if (!/^[A-Z]{2}$/.test(country)) errors.country = { key: "country" };
  if (label.length < 1 || label.length > 20) errors.label = { key: "taxLabel" };
  if (rateBps === null) errors.percent = { key: "taxPercent" };
  return rateBps === null || Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input: { country, label, rateBps } };
}
