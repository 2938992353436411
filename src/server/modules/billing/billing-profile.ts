import "server-only";
import countries from "i18n-iso-countries";
import { z } from "zod";
import type { Db, DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit, type UserActor } from "@/server/modules/audit/record-audit";
import { ZEmail } from "@/server/modules/auth/schemas";
import { checkTaxId } from "./tax-ids";
import { schemaMessage } from "@/shared/schema-message";

const text = (label: string, max: number) =>
  z.string(schemaMessage(`${label} is required.`)).trim().min(1, schemaMessage(`${label} is required.`)).max(max, schemaMessage(`${label}: at most ${max} characters.`));
/** An optional text field: blank means none. */
const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, schemaMessage(`${label}: at most ${max} characters.`))
    .optional()
    .transform((value) => value || null);

export const ZBillingProfileInput = z
  .object({
    legalName: text("Legal name", 200),
    addressLine1: text("Address", 200),
    addressLine2: optionalText("Address line 2", 200),
    city: text("City", 100),
    postalCode: optionalText("Postal code", 20),
    region: optionalText("State or province", 100),
    country: z
      .string(schemaMessage("Choose the country."))
      .trim()
      .toUpperCase()
      .refine((code) => /^[A-Z]{2}$/.test(code) && countries.isValid(code), schemaMessage("Choose the country from the list.")),
    taxId: optionalText("Tax ID", 40),
    billingEmail: ZEmail,
    currency: z.string(schemaMessage("Choose the currency.")).trim().toLowerCase(),
  })
  .superRefine(
    (profile, ctx) => {
      const check = profile.taxId ? checkTaxId(profile.country, profile.taxId) : null;
      if (check && !check.ok) ctx.addIssue({ code: "custom", path: ["taxId"], message: check.message });
    },
    // Checked even when other fields are wrong, so the form shows every problem at once — unless the country or the tax ID itself did not parse.
    { when: ({ issues }) => !issues.some((issue) => issue.path?.[0] === "country" || issue.path?.[0] === "taxId") },
  )
  // Stored compact, as invoices print it.
  .transform((profile) => {
    const check = profile.taxId ? checkTaxId(profile.country, profile.taxId) : null;
    return check?.ok ? { ...profile, taxId: check.taxId } : profile;
  });

export type BillingProfileInput = z.infer<typeof ZBillingProfileInput>;

const PROFILE_FIELDS = ["legalName", "addressLine1", "addressLine2", "city", "postalCode", "region", "country", "taxId", "billingEmail", "currency"] as const;

/** Countries a billing address may be in (ISO 3166-1), by their everyday name in `locale` (the form's list). */
export function countryOptions(locale = "en"): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([locale], { type: "region" });
  return Object.keys(countries.getAlpha2Codes())
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** The currencies the catalog sells in: a profile may only choose one of these. */
export async function catalogCurrencies(db: Db): Promise<string[]> {
  const rows = await db.licensePackage.findMany({ where: { active: true }, distinct: ["currency"], select: { currency: true }, orderBy: { currency: "asc" } });
  return rows.map((row) => row.currency);
}

export async function getBillingProfile(db: DbTx, orgId: string) {
  return db.billingProfile.findUnique({ where: { orgId } });
}

/**
 * Creates or replaces the organization's billing profile, audited with the fields that
 * changed. The currency must be one the catalog sells in; once the organization has paid
 * orders it cannot change (its invoices and prices stay in one currency).
 */
export async function saveBillingProfile(db: Db, orgId: string, actor: UserActor, input: BillingProfileInput) {
  const sold = await catalogCurrencies(db);
  if (!sold.includes(input.currency)) {
    throw new AppError("BAD_REQUEST", `Licenses are sold in ${sold.map((c) => c.toUpperCase()).join(", ") || "no currency yet"}; choose one of those.`, { reason: "CURRENCY_NOT_SOLD" });
  }
  // Only the profile's fields (a procedure's input also carries its orgSlug).
  const data = Object.fromEntries(PROFILE_FIELDS.map((field) => [field, input[field]])) as Pick<BillingProfileInput, (typeof PROFILE_FIELDS)[number]>;
  return db.$transaction(async (tx) => {
    const before = await tx.billingProfile.findUnique({ where: { orgId } });
    if (before && before.currency !== input.currency && (await tx.order.count({ where: { orgId, paidAt: { not: null } } })) > 0) {
      throw new AppError("PRECONDITION_FAILED", `Your paid orders are in ${before.currency.toUpperCase()}; the billing currency cannot change after the first payment.`, { reason: "CURRENCY_LOCKED" });
    }
    // A new profile lists the fields given; an update, those that changed.
    const changed = PROFILE_FIELDS.filter((field) => (before ? before[field] !== data[field] : data[field] !== null));
    const saved = await tx.billingProfile.upsert({ where: { orgId }, create: { orgId, ...data }, update: data });
    if (changed.length > 0) {
      await recordAudit(tx, { orgId, actor, action: before ? "billing.profile_updated" : "billing.profile_created", targetType: "billing_profile", targetId: orgId, metadata: { fields: changed } });
    }
    return saved;
  });
}

/** The profile a purchase needs; refused with a pointer to the form when it is missing. */
export async function requireBillingProfile(db: DbTx, orgId: string) {
  const profile = await getBillingProfile(db, orgId);
  if (!profile) {
    throw new AppError("PRECONDITION_FAILED", "Fill in your billing details (Settings → Billing) before buying: invoices are issued to them.", { reason: "BILLING_PROFILE_REQUIRED" });
  }
  return profile;
}
