"use client";

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { RotateCw } from "lucide-react";
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
const STATUS = { pending: { label: "Retrying", tone: "warning" }, delivered: { label: "Delivered", tone: "success" }, failed: { label: "Failed", tone: "danger" } } as const;

/** One endpoint's deliveries, newest first: status, attempts, the receiver's answer; redeliver by hand. */
export function DeliveryLog({ orgSlug, endpoint }: { orgSlug: string; endpoint: Endpoint }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const deliveries = useQuery(
    trpc.webhook.deliveries.queryOptions({ orgSlug, endpointId: endpoint.id, page, pageSize: PAGE_SIZE }, { placeholderData: keepPreviousData, refetchInterval: LIVE_MS }),
  );
  const redeliver = useMutation(trpc.webhook.redeliver.mutationOptions({ onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.webhook.deliveries.pathKey() }) }));

  return (
    <Card aria-labelledby="delivery-log-title">
      <CardHeader>
        <CardTitle id="delivery-log-title">Deliveries to {endpoint.url}</CardTitle>
        <CardDescription>Newest first, refreshed every few seconds. Failed attempts are retried for about a day; redeliver sends an event again now.</CardDescription>
      </CardHeader>
      <QueryStates
        query={deliveries}
        loadingLabel="Loading deliveries"
        rows={3}
        empty={(data) => (data.total === 0 ? <p className="px-5 pb-5 text-sm text-slate-500">Nothing sent yet. Send a test event to check the receiver.</p> : null)}
      >
        {(data) => (
          <>
            <Table aria-label="Deliveries">
              <TableHead>
                <TableRow>
                  <TableHeaderCell>Event</TableHeaderCell>
                  <TableHeaderCell>Status</TableHeaderCell>
                  <TableHeaderCell>Answer</TableHeaderCell>
                  <TableHeaderCell>Attempts</TableHeaderCell>
                  <TableHeaderCell>Last attempt</TableHeaderCell>
                  <TableHeaderCell>
                    <span className="sr-only">Actions</span>
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
                      <Badge tone={STATUS[delivery.status].tone}>{STATUS[delivery.status].label}</Badge>
                      {delivery.status === "pending" && delivery.nextAttemptAt ? (
                        <span className="block text-xs text-slate-500">
                          next <DateTime value={delivery.nextAttemptAt} show="relative" />
                        </span>
                      ) : null}
                    </TableCell>
                    <TableCell className="min-w-56">
                      <span className="block text-sm text-slate-900">
                        {delivery.responseStatus ?? "No answer"}
                        {delivery.latencyMs !== null ? <span className="text-slate-500"> · {delivery.latencyMs} ms</span> : null}
                      </span>
                      {delivery.responseSnippet ? <span className="block max-w-md truncate text-xs text-slate-600" title={delivery.responseSnippet}>{delivery.responseSnippet}</span> : null}
                    </TableCell>
                    <TableCell className="tabular-nums">{delivery.attempts}</TableCell>
                    <TableCell className="whitespace-nowrap">{delivery.lastAttemptAt ? <DateTime value={delivery.lastAttemptAt} /> : "—"}</TableCell>
                    <TableCell className="text-right">
                      <Button variant="ghost" size="sm" pending={redeliver.isPending && redeliver.variables?.id === delivery.id} onClick={() => redeliver.mutate({ orgSlug, id: delivery.id })} aria-label={`Redeliver ${delivery.eventType} ${delivery.eventId}`}>
                        <RotateCw aria-hidden />
                        Redeliver
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Pagination page={data.page} pageSize={data.pageSize} total={data.total} noun={["delivery", "deliveries"]} onPageChange={setPage} />
          </>
        )}
      </QueryStates>
    </Card>
  );
}
