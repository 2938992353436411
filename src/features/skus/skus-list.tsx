"use client";

import { QueryStates } from "@/components/ui/query-states";
import { useQuery } from "@tanstack/react-query";
import { Boxes, Plus } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { TruncatedText } from "@/components/ui/truncated-text";
import { formatCount } from "@/features/licenses/license-meta";
import { useTRPC } from "@/lib/trpc";
import { STATUS_ORDER } from "@/features/devices/device-meta";
import { CapabilityBadges } from "./capability-badges";

/** The organization's SKUs with device counts per status; archived ones on request. */
export function SkusList({ orgSlug, canWrite }: { orgSlug: string; canWrite: boolean }) {
  const trpc = useTRPC();
  const t = useTranslations("skus");
  const locale = useLocale();
  const [showArchived, setShowArchived] = useState(false);
  const skus = useQuery(trpc.sku.list.queryOptions({ orgSlug, includeArchived: showArchived }));
  const newSkuHref = `/o/${orgSlug}/skus/new`;

  return (
    <Card>
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-100 px-5 py-3">
        <p className="text-sm text-slate-600" aria-live="polite">
          {skus.data ? t("list.count", { count: skus.data.length }) : "\u00a0"}
        </p>
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <Checkbox checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />
          {t("list.showArchived")}
        </label>
      </div>
      <QueryStates
        query={skus}
        loadingLabel={t("list.loading")}
        empty={(data) => (data.length === 0 ? (
          <EmptyState
            icon={Boxes}
            title={t("list.emptyTitle")}
            description={showArchived ? t("list.emptyDescription") : t("list.emptyArchivedHidden")}
            action={
              canWrite ? (
                <Button asChild>
                  <Link href={newSkuHref}>
                    <Plus aria-hidden />
                    {t("list.createSku")}
                  </Link>
                </Button>
              ) : undefined
            }
            className="py-14"
          />
        ) : null)}
      >
        {(data) => (
          <Table aria-label={t("list.tableLabel")}>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t("list.name")}</TableHeaderCell>
                <TableHeaderCell>{t("list.code")}</TableHeaderCell>
                <TableHeaderCell>{t("list.kind")}</TableHeaderCell>
                <TableHeaderCell>{t("list.capabilities")}</TableHeaderCell>
                <TableHeaderCell>{t("list.hwRev")}</TableHeaderCell>
                <TableHeaderCell>{t("list.language")}</TableHeaderCell>
                {STATUS_ORDER.map((status) => (
                  <TableHeaderCell key={status} className="text-right">
                    {t(`deviceStatus.${status}`)}
                  </TableHeaderCell>
                ))}
                <TableHeaderCell className="text-right">{t("list.total")}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((sku) => (
                <TableRow key={sku.id} className={sku.archivedAt ? "bg-slate-50/70" : undefined}>
                  <TableCell>
                    <span className="flex items-center gap-2">
                      <TruncatedText text={sku.name} className="max-w-56">
                        <Link href={`/o/${orgSlug}/skus/${sku.id}`} className="font-medium text-brand-700 hover:underline">
                          {sku.name}
                        </Link>
                      </TruncatedText>
                      {sku.archivedAt ? <Badge>{t("list.archived")}</Badge> : null}
                    </span>
                  </TableCell>
                  <TableCell className="font-mono text-xs">
                    <TruncatedText text={sku.code} className="max-w-36" />
                  </TableCell>
                  <TableCell>{t(`kinds.${sku.kind}`)}</TableCell>
                  <TableCell>
                    <CapabilityBadges capabilities={sku.capabilities} compact />
                  </TableCell>
                  <TableCell>{sku.hardwareRevision ? <TruncatedText text={sku.hardwareRevision} className="max-w-32" /> : <span className="text-slate-400">—</span>}</TableCell>
                  <TableCell className="font-mono text-xs">{sku.defaultLanguage}</TableCell>
                  {STATUS_ORDER.map((status) => (
                    <TableCell key={status} className="text-right tabular-nums">
                      {formatCount(sku.deviceCounts[status], locale)}
                    </TableCell>
                  ))}
                  <TableCell className="text-right font-medium text-slate-900 tabular-nums">{formatCount(sku.deviceCounts.total, locale)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </QueryStates>
    </Card>
  );
}
