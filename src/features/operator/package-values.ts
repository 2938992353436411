import { ZPriceTiers, type PriceTier } from "@/shared/pricing";
import type { FieldProblem, FieldProblems } from "./field-problem";
import { wholeNumberIn, type OperatorPackage } from "./operator-meta";

/** A package as the create and update mutations take it. */
export type PackageFields = {
  name: string;
  tiers: PriceTier[];
  currency: string;
  termMonths: number | null;
  stripeLookupKey: string | null;
  active: boolean;
  sortOrder: number;
};

/** A tier's row as typed. */
export type TierValues = { fromSeats: string; unitAmount: string };
/** The form's fields as typed (numbers still text). */
export type PackageValues = { [K in keyof PackageFields]: K extends "active" ? boolean : K extends "tiers" ? TierValues[] : string };
export type PackageErrors = Partial<Record<keyof PackageFields, string>>;
export type PackageProblems = FieldProblems<PackageFields>;

export const NEW_PACKAGE: PackageValues = {
  name: "",
  tiers: [{ fromSeats: "1", unitAmount: "" }],
  currency: "usd",
  termMonths: "",
  stripeLookupKey: "",
  active: true,
  sortOrder: "0",
};

export function packageValues(pkg: OperatorPackage | undefined): PackageValues {
  if (!pkg) return NEW_PACKAGE;
  return {
    name: pkg.name,
    tiers: pkg.tiers.map((tier) => ({ fromSeats: String(tier.fromSeats), unitAmount: String(tier.unitAmount) })),
    currency: pkg.currency,
    termMonths: pkg.termMonths === null ? "" : String(pkg.termMonths),
    stripeLookupKey: pkg.stripeLookupKey ?? "",
    active: pkg.active,
    sortOrder: String(pkg.sortOrder),
  };
}

export type ParsedPackage = { ok: true; fields: PackageFields } | { ok: false; errors: PackageProblems };

/** The form's text as mutation input, or a problem for each field that is not valid. */
export function parsePackage(values: PackageValues): ParsedPackage {
  const name = values.name.trim();
  const currency = values.currency.trim().toLowerCase();
  const lookupKey = values.stripeLookupKey.trim();
  const tiers = parseTiers(values.tiers);
  const termMonths = values.termMonths.trim() === "" ? null : wholeNumberIn(values.termMonths, 1, 120);
  const sortOrder = wholeNumberIn(values.sortOrder, 0, 10_000);
  const errors: PackageProblems = {};
  if (name.length < 2 || name.length > 80) errors.name = { key: "packageName" };
  if (!tiers.ok) errors.tiers = tiers.problem;
  if (!/^[a-z]{3}$/.test(currency)) errors.currency = { key: "currency" };
  if (values.termMonths.trim() !== "" && termMonths === null) errors.termMonths = { key: "termMonths" };
  if (lookupKey !== "" && !/^[A-Za-z0-9_.-]{1,200}$/.test(lookupKey)) errors.stripeLookupKey = { key: "lookupKey" };
  if (sortOrder === null) errors.sortOrder = { key: "sortOrder" };
  if (Object.keys(errors).length > 0 || !tiers.ok || sortOrder === null) return { ok: false, errors };
  return {
    ok: true,
    fields: { name, tiers: tiers.tiers, currency, termMonths, stripeLookupKey: lookupKey || null, active: values.active, sortOrder },
  };
}

/** The tier rows as tiers, checked as the server checks them (ZPriceTiers): rising counts, falling prices. */
function parseTiers(rows: TierValues[]): { ok: true; tiers: PriceTier[] } | { ok: false; problem: FieldProblem } {
  const numbers = rows.map((row) => ({ fromSeats: wholeNumberIn(row.fromSeats, 1, 1_000_000), unitAmount: wholeNumberIn(row.unitAmount, 1, 10_000_000) }));
  if (numbers.some((tier) => tier.fromSeats === null || tier.unitAmount === null)) return { ok: false, problem: { key: "tiers" } };
  const checked = ZPriceTiers.safeParse(numbers);
  return checked.success ? { ok: true, tiers: checked.data } : { ok: false, problem: tierProblem(checked.error.issues[0]!.path, numbers) };
}

/** The first tier out of order, from where ZPriceTiers found it: a count that does not rise, or a price that does not fall. */
function tierProblem(path: PropertyKey[], tiers: { fromSeats: number | null }[]): FieldProblem {
  const [index, field] = path;
  if (typeof index !== "number" || index < 1) return { key: "tiers" };
  const order = { tier: index + 1, previous: index };
  if (field === "fromSeats") return { key: "tierSeatsRising", values: { ...order, seats: String(tiers[index - 1]!.fromSeats) } };
  return field === "unitAmount" ? { key: "tierPriceFalling", values: order } : { key: "tiers" };
}

/** Only the fields an edit changed, so the update (and its log) names real changes. */
export function changedFields(before: PackageFields, after: PackageFields): Partial<PackageFields> {
  const keys = Object.keys(after) as (keyof PackageFields)[];
  const same = (key: keyof PackageFields) => JSON.stringify(before[key]) === JSON.stringify(after[key]);
  return Object.fromEntries(keys.filter((key) => !same(key)).map((key) => [key, after[key]]));
}
