import "server-only";
import type Stripe from "stripe";
import type { Db } from "@/server/db";
import { EU_MEMBER_STATES } from "./tax-ids";

type Profile = {
  orgId: string;
  legalName: string;
  addressLine1: string;
  addressLine2: string | null;
  city: string;
  postalCode: string | null;
  region: string | null;
  country: string;
  taxId: string | null;
  billingEmail: string;
  stripeCustomerId: string | null;
};

/** Stripe's tax id type for a country's number, where Stripe has one we check (tax-ids.ts). */
function stripeTaxIdType(country: string): Stripe.CustomerCreateParams.TaxIdDatum.Type | null {
  if (EU_MEMBER_STATES.has(country)) return "eu_vat";
  const types: Record<string, Stripe.CustomerCreateParams.TaxIdDatum.Type> = { GB: "gb_vat", CH: "ch_vat", AU: "au_abn", IN: "in_gst", CN: "cn_tin", US: "us_ein", CA: "ca_bn" };
  return types[country] ?? null;
}

/**
 * The organization's Stripe Customer, carrying its billing profile (legal name, billing
 * email, address), so Stripe's receipts and invoices show the same buyer as ours: created at
 * the first checkout (once per organization, under an idempotency key), updated at every
 * later one. Stripe takes tax ids only as separate objects; the number is sent when the
 * customer is created and kept in its metadata (our own invoices always print the current one).
 */
export async function syncStripeCustomer(db: Db, stripe: Stripe, profile: Profile): Promise<string> {
  const details = {
    name: profile.legalName,
    email: profile.billingEmail,
    address: { line1: profile.addressLine1, line2: profile.addressLine2 ?? "", city: profile.city, postal_code: profile.postalCode ?? "", state: profile.region ?? "", country: profile.country },
    metadata: { orgId: profile.orgId, taxId: profile.taxId ?? "" },
  };
  if (profile.stripeCustomerId) {
    await stripe.customers.update(profile.stripeCustomerId, details);
    return profile.stripeCustomerId;
  }
  const type = profile.taxId ? stripeTaxIdType(profile.country) : null;
  const customer = await stripe.customers.create(
    { ...details, ...(type && profile.taxId ? { tax_id_data: [{ type, value: profile.taxId }] } : {}) },
    { idempotencyKey: `anima-customer-${profile.orgId}` },
  );
  await db.billingProfile.update({ where: { orgId: profile.orgId }, data: { stripeCustomerId: customer.id } });
  return customer.id;
}
