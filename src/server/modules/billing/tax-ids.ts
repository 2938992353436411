import "server-only";
import { entityValidators, euVat, stdnum, type Validator } from "stdnum";
import { schemaMessageWith } from "@/shared/schema-message";

/** The EU's member states: a B2B buyer there with a VAT number is invoiced under reverse charge. */
export const EU_MEMBER_STATES = new Set(["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"]);

/**
 * The number an invoice shows where it differs from the country's first entity number in
 * stdnum: the VAT or GST registration, the one tax rules ask for (India's GSTIN, not its PAN).
 */
const INVOICE_TAX_IDS: Record<string, Validator[]> = {
  GB: [stdnum.GB!.vat!],
  CH: [stdnum.CH!.vat!],
  AU: [stdnum.AU!.abn!],
  IN: [stdnum.IN!.gstin!],
  CN: [stdnum.CN!.uscc!],
  US: [stdnum.US!.ein!],
  CA: [stdnum.CA!.bn!],
};

/** Countries whose VAT numbers are written with a country prefix (Greece's is EL). */
const VAT_PREFIX: Record<string, string> = { GR: "EL", GB: "GB", CH: "CHE" };

function validatorsFor(country: string): Validator[] {
  if (EU_MEMBER_STATES.has(country)) return euVat[country] ?? [];
  return INVOICE_TAX_IDS[country] ?? entityValidators[country] ?? [];
}

/** A number no validator knows (a country stdnum does not cover): letters, digits and the usual separators. */
const ANY_TAX_ID = /^[A-Z0-9][A-Z0-9 ./-]{2,31}$/;

// Shown next to the tax id field, so worded like the checks of a schema (in the console's language).
const notRegistered = schemaMessageWith("Enter the tax number as registered: 3–32 letters and digits.");
const notValidFor = schemaMessageWith("This is not a valid {names} for {country}: check the digits ({rule}).");

export type TaxIdCheck = { ok: true; taxId: string } | { ok: false; message: string };

/**
 * Checks a tax id against the rules of the buyer's country (format and check digits, by
 * stdnum) and answers it compact as invoices print it: `DE136695976`, `EL094259216`,
 * `91350211M000100Y46`. Countries stdnum does not cover accept any plausible number.
 */
export function checkTaxId(country: string, raw: string): TaxIdCheck {
  const value = raw.trim().toUpperCase();
  const validators = validatorsFor(country);
  if (validators.length === 0) {
    return ANY_TAX_ID.test(value) ? { ok: true, taxId: value.replace(/[\s.]/g, "") } : { ok: false, message: notRegistered() };
  }
  for (const validator of validators) {
    const result = validator.validate(value);
    if (result.isValid) return { ok: true, taxId: withPrefix(country, result.compact) };
  }
  const names = validators.map((v) => v.abbreviation ?? v.name).join(" or ");
  return { ok: false, message: notValidFor({ names, country, rule: validators[0]!.name }) };
}

function withPrefix(country: string, compact: string): string {
  if (!EU_MEMBER_STATES.has(country) && !(country in VAT_PREFIX)) return compact;
  const prefix = VAT_PREFIX[country] ?? country;
  return compact.startsWith(prefix) ? compact : `${prefix}${compact}`;
}
