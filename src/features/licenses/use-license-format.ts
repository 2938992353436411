import { useLocale } from "next-intl";
import { useMemo } from "react";
import { formatMoney } from "@/shared/money";
import { formatCount, formatPercent } from "./license-meta";

/** Counts, percentages and money in the console's language ("1,000", "42%", "$3,000.00" / "US$3,000.00"). */
export function useLicenseFormat() {
  const locale = useLocale();
  return useMemo(
    () => ({
      count: (value: number) => formatCount(value, locale),
      percent: (percent: number) => formatPercent(percent, locale),
      money: (minorUnits: number, currency: string) => formatMoney(minorUnits, currency, locale),
    }),
    [locale],
  );
}
