import { cn } from "@/lib/utils";
import { formatMoney } from "@/shared/money";
import { tierRanges, type PriceTier } from "@/shared/pricing";
import { formatCount } from "./license-meta";

/** "1,000 – 9,999", "50,000 or more" */
export const tierSpan = (tier: { fromSeats: number; toSeats: number | null }) =>
  tier.toSeats === null ? `${formatCount(tier.fromSeats)} or more` : `${formatCount(tier.fromSeats)} – ${formatCount(tier.toSeats)}`;

/** A package's volume tiers, the one an order falls into (if any) marked. */
export function TierTable({ tiers, currency, activeIndex }: { tiers: PriceTier[]; currency: string; activeIndex: number | null }) {
  return (
    <table className="mt-3 w-full text-sm">
      <caption className="mb-1 text-left text-xs text-slate-500">Volume pricing: the whole order at its tier&apos;s price per seat</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">Seats</th>
          <th scope="col">Price per seat</th>
        </tr>
      </thead>
      <tbody>
        {tierRanges(tiers).map((tier, index) => (
          <tr
            key={tier.fromSeats}
            aria-current={index === activeIndex ? "true" : undefined}
            className={cn("border-t border-slate-100", index === activeIndex && "bg-brand-50 font-medium text-brand-700")}
          >
            <td className="py-1 pl-2 tabular-nums">{tierSpan(tier)} seats</td>
            <td className="py-1 pr-2 text-right tabular-nums">{formatMoney(tier.unitAmount, currency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
