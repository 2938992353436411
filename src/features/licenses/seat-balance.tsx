"use client";

import { useQuery } from "@tanstack/react-query";
import { CircleAlert, Ticket, TriangleAlert } from "lucide-react";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError } from "@/components/ui/form-error";
import { Skeleton } from "@/components/ui/skeleton";
import { StatCard } from "@/components/ui/stat-card";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { cn } from "@/lib/utils";
import { formatCount, formatPercent, utilization, type SeatBalance as Balance } from "./license-meta";
import { SeatUtilization } from "./seat-utilization";

/** The organization's seats: how many it has, uses and has left, and a warning as they run out. */
export function SeatBalance({ orgSlug }: { orgSlug: string }) {
  const trpc = useTRPC();
  // Seats change outside this page (grants, activations in the field): re-read on every visit.
  const balance = useQuery(trpc.license.balance.queryOptions({ orgSlug }, { staleTime: 0 }));

  if (balance.isPending) {
    return (
      <div role="status" aria-label="Loading seat balance" className="space-y-4">
        <div className="grid gap-3 sm:grid-cols-3">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-[92px]" />
          ))}
        </div>
        <Skeleton className="h-[74px]" />
      </div>
    );
  }
  if (balance.isError) return <FormError message={errorMessage(balance.error)} />;

  const data = balance.data;
  if (data.seatsTotal === 0 && data.seatsUsed === 0) return <NoSeatsYet />;
  const usage = utilization(data);
  const overage = data.overagePercent > 0 ? `Overage allowed: ${seats(data.overageAvailable)} (${data.overagePercent}%)` : null;
  return (
    <section aria-label="Seat balance" className="space-y-4">
      <BalanceBanner balance={data} percent={usage.percent} exhausted={usage.exhausted} level={usage.level} />
      <div className="grid gap-3 sm:grid-cols-3">
        <StatCard label="Total seats" value={formatCount(data.seatsTotal)} hint="From purchases and contract grants" />
        <StatCard label="Used" value={formatCount(data.seatsUsed)} hint="One per activated device" />
        <StatCard
          label="Available"
          value={formatCount(data.seatsAvailable)}
          hint={overage ?? "Left for new activations"}
          className={usage.exhausted ? "border-red-200" : undefined}
        />
      </div>
      <Card className="p-4">
        <SeatUtilization used={data.seatsUsed} total={data.seatsTotal} usage={usage} />
      </Card>
    </section>
  );
}

const seats = (count: number) => `${formatCount(count)} ${count === 1 ? "seat" : "seats"}`;

type BannerProps = { balance: Balance; percent: number; exhausted: boolean; level: "normal" | "warning" | "critical" };

/** The one message that matters most right now, or nothing while the pool is comfortable. */
function BalanceBanner({ balance, percent, exhausted, level }: BannerProps) {
  if (exhausted && balance.overageAvailable === 0) {
    return (
      <Banner tone="danger" role="alert">
        <strong className="font-semibold">No seats left:</strong> new devices cannot activate; devices already in the field keep
        working. {formatCount(balance.seatsUsed)} of {seats(balance.seatsTotal)} in use.
      </Banner>
    );
  }
  if (exhausted) {
    // Past the total but within the operator-approved overage: activations still succeed, for now.
    return (
      <Banner tone="danger" role="alert">
        <strong className="font-semibold">All {seats(balance.seatsTotal)} are used:</strong> new devices are activating on your
        overage allowance, {seats(balance.overageAvailable)} left. After that, new devices cannot activate.
      </Banner>
    );
  }
  if (level === "normal") return null;
  return (
    <Banner tone={level === "critical" ? "danger" : "warning"} role="status">
      <strong className="font-semibold">{formatPercent(percent)} of your seats are used:</strong> {seats(balance.seatsAvailable)}{" "}
      left. New devices cannot activate once they run out.
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

/** Before the first purchase or grant: where seats come from, without a button that does nothing yet. */
function NoSeatsYet() {
  return (
    <Card>
      <EmptyState
        icon={Ticket}
        title="No seats yet"
        description={
          <>
            <p>Every device needs a seat to activate. Seats arrive in one of two ways:</p>
            <ul className="mt-3 list-disc space-y-1.5 pl-5 text-left">
              <li>
                <span className="font-medium text-slate-700">A license purchase</span>: buying seats in the console comes in the
                next release.
              </li>
              <li>
                <span className="font-medium text-slate-700">A contract grant from Anima (operator)</span>: ask your Anima contact;
                the grant shows up here and in the ledger below.
              </li>
            </ul>
          </>
        }
        className="py-12"
      />
    </Card>
  );
}
