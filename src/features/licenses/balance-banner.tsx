import { CircleAlert, TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils";
import type { SeatBalance, Utilization } from "./license-meta";
import { useLicenseFormat } from "./use-license-format";

type BalanceBannerProps = { balance: SeatBalance; usage: Utilization; canBuy: boolean };

const b = (chunks: ReactNode) => <strong className="font-semibold">{chunks}</strong>;

/** The one message that matters most right now, or nothing while the pool is comfortable. */
export function BalanceBanner({ balance, usage, canBuy }: BalanceBannerProps) {
  const t = useTranslations("licenses.balance.banner");
  const format = useLicenseFormat();
  // More seats in use than owned (a refund took seats back) and no overage to absorb it.
  // Past the total but within the overage allowance, activations still succeed (below).
  if (balance.overLimit && balance.overageAvailable === 0) {
    return (
      <Banner tone="danger" role="alert">
        {t.rich("overLimit", { used: balance.seatsUsed, total: balance.seatsTotal, canBuy: canBuy ? "yes" : "no", b })}
      </Banner>
    );
  }
  if (usage.exhausted && balance.overageAvailable === 0) {
    return (
      <Banner tone="danger" role="alert">
        {t.rich("exhausted", { used: balance.seatsUsed, total: balance.seatsTotal, b })}
      </Banner>
    );
  }
  if (usage.exhausted) {
    // Past the total but within the operator-approved overage: activations still succeed, for now.
    return (
      <Banner tone="danger" role="alert">
        {t.rich("overage", { total: balance.seatsTotal, left: balance.overageAvailable, b })}
      </Banner>
    );
  }
  if (usage.level === "normal") return null;
  return (
    <Banner tone={usage.level === "critical" ? "danger" : "warning"} role="status">
      {t.rich("filling", { percent: format.percent(usage.percent), left: balance.seatsAvailable, b })}
    </Banner>
  );
}

const BANNER_TONES = {
  warning: "border-amber-200 bg-amber-50 text-amber-900",
  danger: "border-red-200 bg-red-50 text-red-800",
};

function Banner({ tone, role, children }: { tone: keyof typeof BANNER_TONES; role: "alert" | "status"; children: ReactNode }) {
  const Icon = tone === "danger" ? CircleAlert : TriangleAlert;
  return (
    <p role={role} className={cn("flex items-start gap-2 rounded-md border px-3 py-2 text-sm", BANNER_TONES[tone])}>
      <Icon className="mt-0.5 size-4 shrink-0" aria-hidden />
      <span>{children}</span>
    </p>
  );
}
