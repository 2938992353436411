"use client";

import { useQuery } from "@tanstack/react-query";
import { Ticket } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError } from "@/components/ui/form-error";
import { Skeleton } from "@/components/ui/skeleton";
import { StatCard } from "@/components/ui/stat-card";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC } from "@/lib/trpc";
import { BalanceBanner } from "./balance-banner";
import { utilization } from "./license-meta";
import { SeatUtilization } from "./seat-utilization";
import { useLicenseFormat } from "./use-license-format";

type SeatBalanceProps = {
  orgSlug: string;
  /** the viewer may buy seats (the Buy seats section is on the page) */
  canBuy: boolean;
};

/** The organization's seats: how many it has, uses and has left, and a warning as they run out. */
export function SeatBalance({ orgSlug, canBuy }: SeatBalanceProps) {
  const t = useTranslations("licenses.balance");
  const format = useLicenseFormat();
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  // Seats change outside this page (grants, activations in the field): re-read on every visit.
  const balance = useQuery(trpc.license.balance.queryOptions({ orgSlug }, { staleTime: 0 }));

  if (balance.isPending) {
    return (
      <div role="status" aria-label={t("loading")} className="space-y-4">
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
  const overage = data.overagePercent > 0 ? t("overage", { count: data.overageAvailable, percent: data.overagePercent }) : null;
  return (
    <section aria-label={t("label")} className="space-y-4">
      <BalanceBanner balance={data} usage={usage} canBuy={canBuy} />
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <StatCard label={t("total")} value={format.count(data.seatsTotal)} hint={t("totalHint")} />
        <StatCard label={t("used")} value={format.count(data.seatsUsed)} hint={t("usedHint")} />
        <StatCard
          label={t("available")}
          value={format.count(data.seatsAvailable)}
          hint={overage ?? t("availableHint")}
          className={usage.exhausted ? "border-red-200" : undefined}
        />
        <StatCard label={t("transfers")} value={format.count(data.transfers)} hint={t("transfersHint")} />
      </div>
      <Card className="p-4">
        <SeatUtilization used={data.seatsUsed} total={data.seatsTotal} usage={usage} />
      </Card>
    </section>
  );
}

const term = (chunks: ReactNode) => <span className="font-medium text-slate-700">{chunks}</span>;

/** Before the first purchase or grant: where seats come from. */
function NoSeatsYet({ canBuy }: { canBuy: boolean }) {
  const t = useTranslations("licenses.balance.empty");
  return (
    <Card>
      <EmptyState
        icon={Ticket}
        title={t("title")}
        description={
          <>
            <p>{t("intro")}</p>
            <ul className="mt-3 list-disc space-y-1.5 pl-5 text-left">
              <li>{t.rich(canBuy ? "purchase" : "purchaseAsk", { b: term })}</li>
              <li>{t.rich("grant", { b: term })}</li>
            </ul>
          </>
        }
        className="py-12"
      />
    </Card>
  );
}
