import { moneyInputValue, parseMoney } from "@/shared/money";
import type { FieldProblem, FieldProblems } from "./field-problem";

export type TokenPriceValues = { currency: string; input: string; output: string };
export type TokenPriceErrors = FieldProblems<TokenPriceValues>;
export type ParsedTokenPrice = { ok: true; input: { currency: string; inputPerMillion: number; outputPerMillion: number } } | { ok: false; errors: TokenPriceErrors };

const PRICE_MAX = 1_000_000;

/** A price's form values, amounts in major units ("2.50"). */
export function tokenPriceValues(price?: { currency: string; inputPerMillion: number; outputPerMillion: number }): TokenPriceValues {
  if (!price) return { currency: "", input: "", output: "" };
  return { currency: price.currency, input: moneyInputValue(price.inputPerMillion, price.currency), output: moneyInputValue(price.outputPerMillion, price.currency) };
}

/** The typed values in whole minor units of the currency, or a problem per field. */
export function parseTokenPrice(values: TokenPriceValues): ParsedTokenPrice {
  const currency = values.currency.trim().toLowerCase();
  const errors: TokenPriceErrors = {};
  if (!/^[a-z]{3}$/.test(currency)) errors.currency = { key: "currency" };
  const read = (text: string) => (errors.currency ? null : parseMoney(text, currency));
  const inputPerMillion = read(values.input);
  const outputPerMillion = read(values.output);
  const message: FieldProblem = { key: "tokenPrice" };
  if (!errors.currency && (inputPerMillion === null || inputPerMillion > PRICE_MAX)) errors.input = message;
  if (!errors.currency && (outputPerMillion === null || outputPerMillion > PRICE_MAX)) errors.output = message;
  if (inputPerMillion === null || outputPerMillion === null || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { currency, inputPerMillion, outputPerMillion } };
}
