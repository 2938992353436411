"use client";

import { useQuery } from "@tanstack/react-query";
import { Ticket } from "lucide-react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError } from "@/components/ui/form-error";
import { Skeleton } from "@/components/ui/skeleton";
import { StatCard } from "@/components/ui/stat-card";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { BalanceBanner } from "./balance-banner";
import { formatCount, utilization } from "./license-meta";
import { seatCount } from "./order-meta";
import { SeatUtilization } from "./seat-utilization";

type SeatBalanceProps = {
  orgSlug: string;
  /** the viewer may buy seats (the Buy seats section is on the page) */
  canBuy: boolean;
};

/** The organization's seats: how many it has, uses and has left, and a warning as they run out. */
export function SeatBalance({ orgSlug, canBuy }: SeatBalanceProps) {
  const trpc = useTRPC();
  // Seats change outside this page (grants, activations in the field): re-read on every visit.
  const balance = useQuery(trpc.license.balance.queryOptions({ orgSlug }, { staleTime: 0 }));

  if (balance.isPending) {
    return (
      <div role="status" aria-label="Loading seat balance" className="space-y-4">
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} className="h-[92px]" />
          ))}
        </div>
        <Skeleton className="h-[74px]" />
      </div>
    );
  }
  if (balance.isError) return <FormError message={errorMessage(balance.error)} />;

  const data = balance.data;
  if (data.seatsTotal === 0 && data.seatsUsed === 0) return <NoSeatsYet canBuy={canBuy} />;
  const usage = utilization(data);
  const overage = data.overagePercent > 0 ? `Overage allowed: ${seatCount(data.overageAvailable)} (${data.overagePercent}%)` : null;
  return (
    <section aria-label="Seat balance" className="space-y-4">
      <BalanceBanner balance={data} usage={usage} canBuy={canBuy} />
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <StatCard label="Total seats" value={formatCount(data.seatsTotal)} hint="From purchases and contract grants" />
        <StatCard label="Used" value={formatCount(data.seatsUsed)} hint="One per activated device" />
        <StatCard
          label="Available"
          value={formatCount(data.seatsAvailable)}
          hint={overage ?? "Left for new activations"}
          className={usage.exhausted ? "border-red-200" : undefined}
        />
        <StatCard label="Transfers (RMA)" value={formatCount(data.transfers)} hint="Seats moved to replacement devices" />
      </div>
      <Card className="p-4">
        <SeatUtilization used={data.seatsUsed} total={data.seatsTotal} usage={usage} />
      </Card>
    </section>
  );
}

/** Before the first purchase or grant: where seats come from. */
function NoSeatsYet({ canBuy }: { canBuy: boolean }) {
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
                <span className="font-medium text-slate-700">A license purchase</span>:{" "}
                {canBuy ? "choose a package under Buy seats below." : "an owner, admin or sales member of your organization can buy a package here."}
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
