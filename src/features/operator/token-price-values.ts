import { moneyInputValue, parseMoney } from "@/shared/money";

export type TokenPriceValues = { currency: string; input: string; output: string };
export type TokenPriceErrors = Partial<Record<keyof TokenPriceValues, string>>;
export type ParsedTokenPrice = { ok: true; input: { currency: string; inputPerMillion: number; outputPerMillion: number } } | { ok: false; errors: TokenPriceErrors };

const PRICE_MAX = 1_000_000;

/** A price's form values, amounts in major units ("2.50"). */
export function tokenPriceValues(price?: { currency: string; inputPerMillion: number; outputPerMillion: number }): TokenPriceValues {
  if (!price) return { currency: "", input: "", output: "" };
  return { currency: price.currency, input: moneyInputValue(price.inputPerMillion, price.currency), output: moneyInputValue(price.outputPerMillion, price.currency) };
}

/** The typed values in whole minor units of the currency, or a message per field. */
export function parseTokenPrice(values: TokenPriceValues): ParsedTokenPrice {
  const currency = values.currency.trim().toLowerCase();
  const errors: TokenPriceErrors = {};
  if (!/^[a-z]{3}$/.test(currency)) errors.currency = "Currency is a 3-letter ISO code, e.g. usd.";
  const read = (text: string) => (errors.currency ? null : parseMoney(text, currency));
  const inputPerMillion = read(values.input);
  const outputPerMillion = read(values.output);
  const message = "A price per million tokens, e.g. 2.50: not negative, at most the currency's decimals, up to 10,000.";
  if (!errors.currency && (inputPerMillion === null || inputPerMillion > PRICE_MAX)) errors.input = message;
  if (!errors.currency && (outputPerMillion === null || outputPerMillion > PRICE_MAX)) errors.output = message;
  if (inputPerMillion === null || outputPerMillion === null || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { currency, inputPerMillion, outputPerMillion } };
}
