"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { FileSignature } from "lucide-react";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { QueryStates } from "@/components/ui/query-states";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { formatCount } from "@/features/licenses/license-meta";
import { useTRPC } from "@/lib/trpc";
import { cn } from "@/lib/utils";
import { formatMoney } from "@/shared/money";
import { NewQuoteDialog } from "./new-quote-dialog";
import { QUOTE_STATUS_LABELS, QUOTE_STATUS_TONES, quotePath, type Quote } from "./quote-meta";

const PAGE_SIZE = 10;

/** Quotes for bundles bought by bank transfer: drafted here, accepted by the owner on the quote's page. */
export function QuotesSection({ orgSlug }: { orgSlug: string }) {
  const trpc = useTRPC();
  const [page, setPage] = useState(1);
  const quotes = useQuery(trpc.quote.list.queryOptions({ orgSlug, page, pageSize: PAGE_SIZE }, { placeholderData: keepPreviousData }));
  return (
    <Card aria-labelledby="quotes-title">
      <CardHeader className="gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div className="space-y-1">
          <CardTitle id="quotes-title">Quotes</CardTitle>
          <CardDescription>
            A large bundle at its volume price, in writing for your purchasing department. The owner accepts it; you then pay by bank transfer against
            the invoice.
          </CardDescription>
        </div>
        <NewQuoteDialog orgSlug={orgSlug} />
      </CardHeader>
      <QueryStates
        query={quotes}
        loadingLabel="Loading quotes"
        rows={2}
        empty={(data) =>
          data.total === 0 ? <EmptyState icon={FileSignature} title="No quotes yet" description="Draft one for a bundle your purchasing department pays by invoice." /> : null
        }
      >
        {(data) => (
          <div aria-busy={quotes.isPlaceholderData} className={cn("transition-opacity", quotes.isPlaceholderData && "opacity-60")}>
            <QuotesTable orgSlug={orgSlug} quotes={data.items} />
            <Pagination page={data.page} pageSize={data.pageSize} total={data.total} noun={["quote", "quotes"]} onPageChange={setPage} />
          </div>
        )}
      </QueryStates>
    </Card>
  );
}

function QuotesTable({ orgSlug, quotes }: { orgSlug: string; quotes: Quote[] }) {
  return (
    <Table aria-label="Quotes">
      <TableHead>
        <TableRow>
          <TableHeaderCell>Quote</TableHeaderCell>
          <TableHeaderCell className="text-right">Seats</TableHeaderCell>
          <TableHeaderCell className="text-right">Total</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell>Valid until</TableHeaderCell>
          <TableHeaderCell>Drafted by</TableHeaderCell>
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
            <TableCell className="text-right tabular-nums">{formatCount(quote.seats)}</TableCell>
            <TableCell className="text-right tabular-nums">{formatMoney(quote.amountTotal, quote.currency)}</TableCell>
            <TableCell>
              <Badge tone={QUOTE_STATUS_TONES[quote.status]}>{QUOTE_STATUS_LABELS[quote.status]}</Badge>
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
