import { CircleAlert, TriangleAlert } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils";
import { formatCount, formatPercent, type SeatBalance, type Utilization } from "./license-meta";
import { seatCount } from "./order-meta";

type BalanceBannerProps = { balance: SeatBalance; usage: Utilization; canBuy: boolean };

/** The one message that matters most right now, or nothing while the pool is comfortable. */
export function BalanceBanner({ balance, usage, canBuy }: BalanceBannerProps) {
  // More seats in use than owned (a refund took seats back) and no overage to absorb it.
  // Past the total but within the overage allowance, activations still succeed (below).
  if (balance.overLimit && balance.overageAvailable === 0) {
    return (
      <Banner tone="danger" role="alert">
        <strong className="font-semibold">
          {seatCount(balance.seatsUsed)} in use, {formatCount(balance.seatsTotal)} owned:
        </strong>{" "}
        new devices cannot activate; devices already in the field keep working.{" "}
        {canBuy ? "Buy seats to lift the limit." : "An owner, admin or sales member can buy seats to lift the limit."}
      </Banner>
    );
  }
  if (usage.exhausted && balance.overageAvailable === 0) {
    return (
      <Banner tone="danger" role="alert">
        <strong className="font-semibold">No seats left:</strong> new devices cannot activate; devices already in the field keep
        working. {formatCount(balance.seatsUsed)} of {seatCount(balance.seatsTotal)} in use.
      </Banner>
    );
  }
  if (usage.exhausted) {
    // Past the total but within the operator-approved overage: activations still succeed, for now.
    return (
      <Banner tone="danger" role="alert">
        <strong className="font-semibold">All {seatCount(balance.seatsTotal)} are used:</strong> new devices are activating on your
        overage allowance, {seatCount(balance.overageAvailable)} left. After that, new devices cannot activate.
      </Banner>
    );
  }
  if (usage.level === "normal") return null;
  return (
    <Banner tone={usage.level === "critical" ? "danger" : "warning"} role="status">
      <strong className="font-semibold">{formatPercent(usage.percent)} of your seats are used:</strong>{" "}
      {seatCount(balance.seatsAvailable)} left. New devices cannot activate once they run out.
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
