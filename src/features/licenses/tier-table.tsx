import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";
import { tierRanges, type PriceTier } from "@/shared/pricing";
import { useLicenseFormat } from "./use-license-format";

/** A package's volume tiers, the one an order falls into (if any) marked. */
export function TierTable({ tiers, currency, activeIndex }: { tiers: PriceTier[]; currency: string; activeIndex: number | null }) {
  const t = useTranslations("licenses.package");
  const { money } = useLicenseFormat();
  return (
    <table className="mt-3 w-full text-sm">
      <caption className="mb-1 text-left text-xs text-slate-500">{t("tiersCaption")}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{t("tierSeats")}</th>
          <th scope="col">{t("tierPrice")}</th>
        </tr>
      </thead>
      <tbody>
        {tierRanges(tiers).map((tier, index) => (
          <tr
            key={tier.fromSeats}
            aria-current={index === activeIndex ? "true" : undefined}
            className={cn("border-t border-slate-100", index === activeIndex && "bg-brand-50 font-medium text-brand-700")}
          >
            <td className="py-1 pl-2 tabular-nums">
              {tier.toSeats === null ? t("tierOpen", { from: tier.fromSeats }) : t("tierRange", { from: tier.fromSeats, to: tier.toSeats })}
            </td>
            <td className="py-1 pr-2 text-right tabular-nums">{money(tier.unitAmount, currency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
