import { wholeNumberIn } from "@/features/operator/operator-meta";
import { moneyInputValue, parseMoney } from "@/shared/money";

/** The pricing form's fields as typed: amounts in major units ("2.50"), the lifetime in months. */
export type PricingValues = { input: string; output: string; lifetime: string };
/** What is wrong with a field, as a key of the catalog (`economics.pricing.<problem>`). */
export type PricingProblem = "priceError" | "lifetimeError";
export type PricingErrors = Partial<Record<keyof PricingValues, PricingProblem>>;

export type ParsedPricing =
  | { ok: true; input: { tokenPrice: { inputPerMillion: number; outputPerMillion: number }; deviceLifetimeMonths: number } }
  | { ok: false; errors: PricingErrors };

/** The form's starting values from the prices in force. */
export function pricingValues(price: { inputPerMillion: number; outputPerMillion: number } | null, lifetime: number, currency: string): PricingValues {
  return {
    input: price ? moneyInputValue(price.inputPerMillion, currency) : "",
    output: price ? moneyInputValue(price.outputPerMillion, currency) : "",
    lifetime: String(lifetime),
  };
}

const PRICE_MAX = 1_000_000;

/** The typed values as the mutation takes them (whole minor units), or a problem per field. */
export function parsePricing(values: PricingValues, currency: string): ParsedPricing {
  const inputPerMillion = parseMoney(values.input, currency);
  const outputPerMillion = parseMoney(values.output, currency);
  const lifetime = wholeNumberIn(values.lifetime, 1, 120);
  const errors: PricingErrors = {};
  if (inputPerMillion === null || inputPerMillion > PRICE_MAX) errors.input = "priceError";
  if (outputPerMillion === null || outputPerMillion > PRICE_MAX) errors.output = "priceError";
  if (lifetime === null) errors.lifetime = "lifetimeError";
  if (inputPerMillion === null || outputPerMillion === null || lifetime === null || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { tokenPrice: { inputPerMillion, outputPerMillion }, deviceLifetimeMonths: lifetime } };
}
