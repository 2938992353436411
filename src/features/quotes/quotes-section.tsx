"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { FileSignature } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { QueryStates } from "@/components/ui/query-states";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { useLicenseFormat } from "@/features/licenses/use-license-format";
import { useTRPC } from "@/lib/trpc";
import { cn } from "@/lib/utils";
import { NewQuoteDialog } from "./new-quote-dialog";
import { QUOTE_STATUS_TONES, quotePath, type Quote } from "./quote-meta";

const PAGE_SIZE = 10;

/** Quotes for bundles bought by bank transfer: drafted here, accepted by the owner on the quote's page. */
export function QuotesSection({ orgSlug }: { orgSlug: string }) {
  const t = useTranslations("quotes.section");
  const trpc = useTRPC();
  const [page, setPage] = useState(1);
  const quotes = useQuery(trpc.quote.list.queryOptions({ orgSlug, page, pageSize: PAGE_SIZE }, { placeholderData: keepPreviousData }));
  return (
    <Card aria-labelledby="quotes-title">
      <CardHeader className="gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div className="space-y-1">
          <CardTitle id="quotes-title">{t("title")}</CardTitle>
          <CardDescription>{t("description")}</CardDescription>
        </div>
        <NewQuoteDialog orgSlug={orgSlug} />
      </CardHeader>
      <QueryStates
        query={quotes}
        loadingLabel={t("loading")}
        rows={2}
        empty={(data) =>
          data.total === 0 ? <EmptyState icon={FileSignature} title={t("emptyTitle")} description={t("emptyDescription")} /> : null
        }
      >
        {(data) => (
          <div aria-busy={quotes.isPlaceholderData} className={cn("transition-opacity", quotes.isPlaceholderData && "opacity-60")}>
            <QuotesTable orgSlug={orgSlug} quotes={data.items} />
            <Pagination page={data.page} pageSize={data.pageSize} total={data.total} countLabel={t("count", { count: data.total })} onPageChange={setPage} />
          </div>
        )}
      </QueryStates>
    </Card>
  );
}

function QuotesTable({ orgSlug, quotes }: { orgSlug: string; quotes: Quote[] }) {
  const t = useTranslations("quotes");
  const format = useLicenseFormat();
  return (
    <Table aria-label={t("section.tableLabel")}>
      <TableHead>
        <TableRow>
          <TableHeaderCell>{t("section.columns.quote")}</TableHeaderCell>
          <TableHeaderCell className="text-right">{t("section.columns.seats")}</TableHeaderCell>
          <TableHeaderCell className="text-right">{t("section.columns.total")}</TableHeaderCell>
          <TableHeaderCell>{t("section.columns.status")}</TableHeaderCell>
          <TableHeaderCell>{t("section.columns.validUntil")}</TableHeaderCell>
          <TableHeaderCell>{t("section.columns.draftedBy")}</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {quotes.map((quote) => (
          <TableRow key={quote.id}>
            <TableCell>
              <Link href={quotePath(orgSlug, quote.id)} className="font-mono text-sm font-medium text-brand-700 hover:underline">
                {quote.number}
              </Link>
            </TableCell>
            <TableCell className="text-right tabular-nums">{format.count(quote.seats)}</TableCell>
            <TableCell className="text-right tabular-nums">{format.money(quote.amountTotal, quote.currency)}</TableCell>
            <TableCell>
              <Badge tone={QUOTE_STATUS_TONES[quote.status]}>{t(`status.${quote.status}`)}</Badge>
            </TableCell>
            <TableCell>
              <DateTime value={quote.validUntil} />
            </TableCell>
            <TableCell className="min-w-28 whitespace-normal">{quote.createdBy ?? <span className="text-slate-400">—</span>}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
