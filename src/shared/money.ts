const formats = new Map<string, Intl.NumberFormat | null>();

function currencyFormat(code: string, locale = "en"): Intl.NumberFormat | null {
  const key = `${locale}|${code}`;
  if (!formats.has(key)) {
    let format: Intl.NumberFormat | null = null;
    try {
      format = new Intl.NumberFormat(locale, { style: "currency", currency: code });
    } catch {
      // Not a well-formed currency code (an operator mid-typing one): format without a symbol.
    }
    formats.set(key, format);
  }
  return formats.get(key) ?? null;
}

/**
 * "$3,000.00" from 300000 minor units of "usd" ("US$3,000.00" in zh-CN). Amounts are stored in
 * the currency's minor unit, so the divisor follows the currency's own decimals (a yen amount
 * has none). English unless a console language is given (emails, PDFs and the API stay English).
 */
export function formatMoney(minorUnits: number, currency: string, locale = "en"): string {
  const code = currency.toUpperCase();
  const format = currencyFormat(code, locale);
  if (!format) return `${(minorUnits / 100).toFixed(2)} ${code}`;
  const decimals = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minorUnits / 10 ** decimals);
}

/** Digits of the currency's minor unit: 2 for USD, 0 for JPY (2 for a code Intl does not know). */
export function minorDigits(currency: string): number {
  return currencyFormat(currency.toUpperCase())?.resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * An amount typed in a form ("2.50", "2,5", "18") as whole minor units of `currency`, or null
 * when it is not a non-negative amount with at most the currency's decimals. Read as text, so
 * no binary fraction ever stands for money.
 */
export function parseMoney(text: string, currency: string): number | null {
  const digits = minorDigits(currency);
  const match = /^(\d{1,9})(?:[.,](\d*))?$/.exec(text.trim());
  if (!match || (match[2] ?? "").length > digits) return null;
  return Number(match[1]) * 10 ** digits + Number((match[2] ?? "").padEnd(digits, "0") || "0");
}

/** Minor units as a form shows them: 250 → "2.50" (usd), 1800 → "18.00" (cny). */
export function moneyInputValue(minorUnits: number, currency: string): string {
  const digits = minorDigits(currency);
  if (digits === 0) return String(minorUnits);
  const text = String(minorUnits).padStart(digits + 1, "0");
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}
