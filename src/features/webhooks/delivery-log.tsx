"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { RotateCw } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { Pagination } from "@/components/ui/pagination";
import { QueryStates } from "@/components/ui/query-states";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { useTRPC } from "@/lib/trpc";
import type { Endpoint } from "./endpoint-actions";

const PAGE_SIZE = 20;
/** The log re-reads itself while open: attempts happen every few seconds. */
const LIVE_MS = 5_000;
const STATUS_TONE = { pending: "warning", delivered: "success", failed: "danger" } as const;

/** One endpoint's deliveries, newest first: status, attempts, the receiver's answer; redeliver by hand. */
export function DeliveryLog({ orgSlug, endpoint }: { orgSlug: string; endpoint: Endpoint }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const t = useTranslations("webhooks.deliveries");
  const deliveries = useQuery(
    trpc.webhook.deliveries.queryOptions({ orgSlug, endpointId: endpoint.id, page, pageSize: PAGE_SIZE }, { placeholderData: keepPreviousData, refetchInterval: LIVE_MS }),
  );
  const redeliver = useMutation(trpc.webhook.redeliver.mutationOptions({ onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.webhook.deliveries.pathKey() }) }));

  return (
    <Card aria-labelledby="delivery-log-title">
      <CardHeader>
        <CardTitle id="delivery-log-title">{t("title", { url: endpoint.url })}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <QueryStates
        query={deliveries}
        loadingLabel={t("loading")}
        rows={3}
        empty={(data) => (data.total === 0 ? <p className="px-5 pb-5 text-sm text-slate-500">{t("empty")}</p> : null)}
      >
        {(data) => (
          <>
            <Table aria-label={t("tableLabel")}>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t("event")}</TableHeaderCell>
                  <TableHeaderCell>{t("status")}</TableHeaderCell>
                  <TableHeaderCell>{t("answer")}</TableHeaderCell>
                  <TableHeaderCell>{t("attempts")}</TableHeaderCell>
                  <TableHeaderCell>{t("lastAttempt")}</TableHeaderCell>
                  <TableHeaderCell>
                    <span className="sr-only">{t("actions")}</span>
                  </TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.items.map((delivery) => (
                  <TableRow key={delivery.id}>
                    <TableCell>
                      <span className="block font-mono text-sm text-slate-900">{delivery.eventType}</span>
                      <span className="block font-mono text-xs text-slate-500">{delivery.eventId}</span>
                    </TableCell>
                    <TableCell className="whitespace-nowrap">
                      <Badge tone={STATUS_TONE[delivery.status]}>{t(`statuses.${delivery.status}`)}</Badge>
                      {delivery.status === "pending" && delivery.nextAttemptAt ? (
                        <span className="block text-xs text-slate-500">
                          {t.rich("next", { time: () => <DateTime value={delivery.nextAttemptAt ?? ""} show="relative" /> })}
                        </span>
                      ) : null}
                    </TableCell>
                    <TableCell className="min-w-56">
                      <span className="block text-sm text-slate-900">
                        {delivery.responseStatus ?? t("noAnswer")}
                        {delivery.latencyMs !== null ? <span className="text-slate-500"> · {t("latency", { ms: delivery.latencyMs })}</span> : null}
                      </span>
                      {delivery.responseSnippet ? <span className="block max-w-md truncate text-xs text-slate-600" title={delivery.responseSnippet}>{delivery.responseSnippet}</span> : null}
                    </TableCell>
                    <TableCell className="tabular-nums">{delivery.attempts}</TableCell>
                    <TableCell className="whitespace-nowrap">{delivery.lastAttemptAt ? <DateTime value={delivery.lastAttemptAt} /> : "—"}</TableCell>
                    <TableCell className="text-right">
                      <Button variant="ghost" size="sm" pending={redeliver.isPending && redeliver.variables?.id === delivery.id} onClick={() => redeliver.mutate({ orgSlug, id: delivery.id })} aria-label={t("redeliverLabel", { type: delivery.eventType, id: delivery.eventId })}>
                        <RotateCw aria-hidden />
                        {t("redeliver")}
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Pagination page={data.page} pageSize={data.pageSize} total={data.total} countLabel={t("count", { count: data.total })} onPageChange={setPage} />
          </>
        )}
      </QueryStates>
    </Card>
  );
}
