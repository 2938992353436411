"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Rocket } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { QueryStates } from "@/components/ui/query-states";
import { useTRPC } from "@/lib/trpc";
import { cn } from "@/lib/utils";
import { configPaths } from "../config-paths";
import { ActiveRolloutCard } from "./active-rollout-card";
import { RolloutHistory } from "./rollout-history";
import { RolloutLatency } from "./rollout-latency";

const PAGE_SIZE = 10;
/** How often a rollout in progress is re-read: the gate and the step clock move on their own. */
const LIVE_MS = 5_000;

type ConfigRolloutsProps = { orgSlug: string; skuId: string; canControl: boolean };

/** A SKU's staged rollouts: the one in progress (live), its latency old vs new, and the history. */
export function ConfigRollouts({ orgSlug, skuId, canControl }: ConfigRolloutsProps) {
  const trpc = useTRPC();
  const t = useTranslations("rollouts.page");
  const [page, setPage] = useState(1);
  const active = useQuery(trpc.rollout.active.queryOptions({ orgSlug, skuId }, { refetchInterval: (query) => (query.state.data ? LIVE_MS : false) }));
  const live = Boolean(active.data);
  // The history follows the panel until the rollout it lists as in progress has ended there too.
  const history = useQuery(
    trpc.rollout.list.queryOptions(
      { orgSlug, skuId, page, pageSize: PAGE_SIZE },
      { placeholderData: keepPreviousData, refetchInterval: (query) => (live || query.state.data?.items.some((r) => r.status === "running" || r.status === "paused") ? LIVE_MS : false) },
    ),
  );
  const latest = active.data ?? (page === 1 ? history.data?.items[0] : undefined);
  const composer = configPaths(orgSlug, skuId).composer;

  return (
    <div className="space-y-6">
      <QueryStates query={active} loadingLabel={t("loadingActive")} rows={3}>
        {(rollout) =>
          rollout ? (
            <ActiveRolloutCard orgSlug={orgSlug} rollout={rollout} canControl={canControl} />
          ) : (
            <Card>
              <EmptyState
                icon={Rocket}
                title={t("noneTitle")}
                description={t("noneDescription")}
                action={
                  <Button asChild variant="secondary">
                    <Link href={composer}>{t("openComposer")}</Link>
                  </Button>
                }
              />
            </Card>
          )
        }
      </QueryStates>
      {latest ? <RolloutLatency orgSlug={orgSlug} rollout={latest} now={Math.max(active.dataUpdatedAt, history.dataUpdatedAt)} /> : null}
      <Card aria-labelledby="rollout-history-title">
        <CardHeader>
          <CardTitle id="rollout-history-title">{t("historyTitle")}</CardTitle>
          <CardDescription>{t("historyDescription")}</CardDescription>
        </CardHeader>
        <QueryStates
          query={history}
          loadingLabel={t("loadingHistory")}
          rows={3}
          empty={(data) => (data.total === 0 ? <p className="px-5 pb-5 text-sm text-slate-500">{t("noHistory")}</p> : null)}
        >
          {(data) => (
            <div aria-busy={history.isPlaceholderData} className={cn("transition-opacity", history.isPlaceholderData && "opacity-60")}>
              <RolloutHistory rollouts={data.items} />
              <Pagination page={data.page} pageSize={data.pageSize} total={data.total} countLabel={t("count", { count: data.total })} onPageChange={setPage} />
            </div>
          )}
        </QueryStates>
      </Card>
    </div>
  );
}
