const formats = new Map<string, Intl.NumberFormat | null>();

function currencyFormat(code: string): Intl.NumberFormat | null {
  if (!formats.has(code)) {
    let format: Intl.NumberFormat | null = null;
    try {
      format = new Intl.NumberFormat("en", { style: "currency", currency: code });
    } catch {
      // Not a well-formed currency code (an operator mid-typing one): format without a symbol.
    }
    formats.set(code, format);
  }
  return formats.get(code) ?? null;
}

/**
 * "$3,000.00" from 300000 minor units of "usd". Amounts are stored in the currency's minor
 * unit, so the divisor follows the currency's own decimals (a yen amount has none).
 */
export function formatMoney(minorUnits: number, currency: string): string {
  const code = currency.toUpperCase();
  const format = currencyFormat(code);
  if (!format) return `${(minorUnits / 100).toFixed(2)} ${code}`;
  const decimals = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minorUnits / 10 ** decimals);
}
