"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { History } from "lucide-react";
import { useState } from "react";
import { BackLink } from "@/components/ui/back-link";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { QueryStates } from "@/components/ui/query-states";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";

import { formatDuration } from "@/lib/format";
import { liveQuery } from "@/lib/live-data";
import { useTRPC } from "@/lib/trpc";
import { ALERT_KIND_INFO, alertCondition, formatAlertValue } from "@/shared/alerts";
import { AlertStateBadge } from "./alert-state-badge";

const PAGE_SIZE = 20;

/** One alert rule: what it watches, its state now, and every period it fired, newest first. */
export function AlertHistory({ orgSlug, ruleId }: { orgSlug: string; ruleId: string }) {
  const trpc = useTRPC();
  const [page, setPage] = useState(1);
  const history = useQuery(trpc.alert.history.queryOptions({ orgSlug, ruleId, page, pageSize: PAGE_SIZE }, { ...liveQuery, placeholderData: keepPreviousData }));
  const rule = history.data?.rule;
  return (
    <>
      <BackLink href={`/o/${orgSlug}/alerts`}>Alerts</BackLink>
      <PageHeader title={rule?.name ?? "Alert rule"} description={rule ? `${ALERT_KIND_INFO[rule.kind].label}: ${alertCondition(rule)}. Resolves below 90 % of the threshold.` : undefined} />
      <Card>
        <CardHeader>
          <CardTitle>History</CardTitle>
          {rule ? (
            <CardDescription>
              <span className="inline-flex flex-wrap items-center gap-2">
                Now: <AlertStateBadge rule={rule} />
                {rule.lastValue !== null ? <span>latest reading {formatAlertValue(rule.kind, rule.lastValue)}</span> : null}
              </span>
            </CardDescription>
          ) : null}
        </CardHeader>
        <QueryStates
          query={history}
          loadingLabel="Loading the rule's history"
          rows={3}
          empty={(data) => (data.total === 0 ? <EmptyState icon={History} title="It has not fired yet" description="Each time it fires, the period shows here with its worst reading." /> : null)}
        >
          {(data) => (
            <>
              <Table aria-label="Times the rule fired">
                <TableHead>
                  <TableRow>
                    <TableHeaderCell>Fired</TableHeaderCell>
                    <TableHeaderCell>Resolved</TableHeaderCell>
                    <TableHeaderCell className="text-right">Lasted</TableHeaderCell>
                    <TableHeaderCell className="text-right">At firing</TableHeaderCell>
                    <TableHeaderCell className="text-right">Worst</TableHeaderCell>
                    <TableHeaderCell className="text-right">At resolution</TableHeaderCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.incidents.map((incident) => (
                    <TableRow key={incident.id}>
                      <TableCell>
                        <DateTime value={incident.startedAt} />
                      </TableCell>
                      <TableCell>{incident.resolvedAt ? <DateTime value={incident.resolvedAt} /> : <span className="font-medium text-red-700">still firing</span>}</TableCell>
                      <TableCell className="text-right tabular-nums">{incident.resolvedAt ? formatDuration(incident.resolvedAt.getTime() - incident.startedAt.getTime()) : "—"}</TableCell>
                      <TableCell className="text-right tabular-nums">{formatAlertValue(data.rule.kind, incident.startValue)}</TableCell>
                      <TableCell className="text-right tabular-nums">{formatAlertValue(data.rule.kind, incident.peakValue)}</TableCell>
                      <TableCell className="text-right tabular-nums">{incident.endValue === null ? "—" : formatAlertValue(data.rule.kind, incident.endValue)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              <Pagination page={page} pageSize={PAGE_SIZE} total={data.total} noun={["period", "periods"]} onPageChange={setPage} />
            </>
          )}
        </QueryStates>
      </Card>
    </>
  );
}
