"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { History } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
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
import { AlertStateBadge } from "./alert-state-badge";
import { useAlertText } from "./use-alert-text";

const PAGE_SIZE = 20;

/** One alert rule: what it watches, its state now, and every period it fired, newest first. */
export function AlertHistory({ orgSlug, ruleId }: { orgSlug: string; ruleId: string }) {
  const trpc = useTRPC();
  const t = useTranslations("alerts.history");
  const locale = useLocale();
  const alertText = useAlertText();
  const [page, setPage] = useState(1);
  const history = useQuery(trpc.alert.history.queryOptions({ orgSlug, ruleId, page, pageSize: PAGE_SIZE }, { ...liveQuery, placeholderData: keepPreviousData }));
  const rule = history.data?.rule;
  return (
    <>
      <BackLink href={`/o/${orgSlug}/alerts`}>{t("back")}</BackLink>
      <PageHeader
        title={rule?.name ?? t("fallbackTitle")}
        description={rule ? t("description", { kind: alertText.kindLabel(rule.kind), condition: alertText.condition(rule) }) : undefined}
      />
      <Card>
        <CardHeader>
          <CardTitle>{t("title")}</CardTitle>
          {rule ? (
            <CardDescription>
              <span className="inline-flex flex-wrap items-center gap-2">
                {t("now")} <AlertStateBadge rule={rule} />
                {rule.lastValue !== null ? <span>{t("latestReading", { value: alertText.value(rule.kind, rule.lastValue) })}</span> : null}
              </span>
            </CardDescription>
          ) : null}
        </CardHeader>
        <QueryStates
          query={history}
          loadingLabel={t("loading")}
          rows={3}
          empty={(data) => (data.total === 0 ? <EmptyState icon={History} title={t("emptyTitle")} description={t("emptyDescription")} /> : null)}
        >
          {(data) => (
            <>
              <Table aria-label={t("tableLabel")}>
                <TableHead>
                  <TableRow>
                    <TableHeaderCell>{t("fired")}</TableHeaderCell>
                    <TableHeaderCell>{t("resolved")}</TableHeaderCell>
                    <TableHeaderCell className="text-right">{t("lasted")}</TableHeaderCell>
                    <TableHeaderCell className="text-right">{t("atFiring")}</TableHeaderCell>
                    <TableHeaderCell className="text-right">{t("worst")}</TableHeaderCell>
                    <TableHeaderCell className="text-right">{t("atResolution")}</TableHeaderCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.incidents.map((incident) => (
                    <TableRow key={incident.id}>
                      <TableCell>
                        <DateTime value={incident.startedAt} />
                      </TableCell>
                      <TableCell>{incident.resolvedAt ? <DateTime value={incident.resolvedAt} /> : <span className="font-medium text-red-700">{t("stillFiring")}</span>}</TableCell>
                      <TableCell className="text-right tabular-nums">{incident.resolvedAt ? formatDuration(incident.resolvedAt.getTime() - incident.startedAt.getTime(), locale) : "—"}</TableCell>
                      <TableCell className="text-right tabular-nums">{alertText.value(data.rule.kind, incident.startValue)}</TableCell>
                      <TableCell className="text-right tabular-nums">{alertText.value(data.rule.kind, incident.peakValue)}</TableCell>
                      <TableCell className="text-right tabular-nums">{incident.endValue === null ? "—" : alertText.value(data.rule.kind, incident.endValue)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              <Pagination page={page} pageSize={PAGE_SIZE} total={data.total} countLabel={t("count", { count: data.total })} onPageChange={setPage} />
            </>
          )}
        </QueryStates>
      </Card>
    </>
  );
}
