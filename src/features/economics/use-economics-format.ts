import { useLocale } from "next-intl";
import { useMemo } from "react";
import { formatCount } from "@/features/licenses/license-meta";
import { minorDigits } from "@/shared/money";
import { money, monthName } from "./economics-meta";

/** The page's figures in the console's language: money (an em dash when unknown), counts, compact counts ("2.2M", "220万"), month names. */
export function useEconomicsFormat() {
  const locale = useLocale();
  return useMemo(() => {
    const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
    return {
      money: (minorUnits: number | null, currency: string) => money(minorUnits, currency, locale),
      count: (value: number) => formatCount(value, locale),
      compact: (value: number) => compact.format(value),
      month: (month: string) => monthName(month, locale),
      /** Axis ticks in the currency, short: "$1.2K". */
      compactMoney: (currency: string) => {
        const format = new Intl.NumberFormat(locale, { style: "currency", currency: currency.toUpperCase(), notation: "compact", maximumFractionDigits: 1 });
        const divisor = 10 ** minorDigits(currency);
        return (minorUnits: number) => format.format(minorUnits / divisor);
      },
    };
  }, [locale]);
}

export type EconomicsFormat = ReturnType<typeof useEconomicsFormat>;
