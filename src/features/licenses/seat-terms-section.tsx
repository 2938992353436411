"use client";

import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { RefreshCw, TriangleAlert } from "lucide-react";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { FormError } from "@/components/ui/form-error";
import { Pagination } from "@/components/ui/pagination";
import { QueryStates } from "@/components/ui/query-states";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { errorMessage } from "@/lib/errors";
import { useTRPC, type RouterOutputs } from "@/lib/trpc";
import { cn } from "@/lib/utils";
import { SEAT_GRACE_DAYS } from "@/shared/seat-terms";
import { formatCount } from "./license-meta";
import { termStatus } from "./seat-term-meta";

const PAGE_SIZE = 10;

type TermPage = RouterOutputs["license"]["terms"];
type Term = TermPage["terms"][number];

/**
 * Seats bought for a term: when each term ends, reminders of it, and Renew (one click to the
 * checkout of the same seats). Hidden while the organization has no term seats.
 */
export function SeatTermsSection({ orgSlug, canBuy }: { orgSlug: string; canBuy: boolean }) {
  const trpc = useTRPC();
  const [page, setPage] = useState(1);
  const terms = useQuery(trpc.license.terms.queryOptions({ orgSlug, page, pageSize: PAGE_SIZE }, { placeholderData: keepPreviousData }));
  if (terms.isSuccess && terms.data.total === 0) return null;

  return (
    <Card aria-labelledby="seat-terms-title">
      <CardHeader>
        <CardTitle id="seat-terms-title">Seat terms</CardTitle>
        <CardDescription>
          Seats bought for a term leave your pool when it ends: new devices can no longer activate on them. Devices already using them keep
          working for {SEAT_GRACE_DAYS} days of grace; then seats still in use beyond your pool are taken back from the devices seen longest ago.
          Renewing carries the remaining time over.
        </CardDescription>
      </CardHeader>
      <QueryStates query={terms} loadingLabel="Loading seat terms" rows={2}>
        {(data) => (
          <div aria-busy={terms.isPlaceholderData} className={cn("transition-opacity", terms.isPlaceholderData && "opacity-60")}>
            <GraceNotice data={data} />
            <Table aria-label="Seat terms">
              <TableHead>
                <TableRow>
                  <TableHeaderCell>Package</TableHeaderCell>
                  <TableHeaderCell className="text-right">Seats</TableHeaderCell>
                  <TableHeaderCell>Term</TableHeaderCell>
                  <TableHeaderCell>Status</TableHeaderCell>
                  {canBuy ? <TableHeaderCell>Renewal</TableHeaderCell> : null}
                </TableRow>
              </TableHead>
              <TableBody>
                {data.terms.map((term) => (
                  <TermRow key={term.id} orgSlug={orgSlug} term={term} canBuy={canBuy} />
                ))}
              </TableBody>
            </Table>
            <Pagination page={data.page} pageSize={data.pageSize} total={data.total} noun={["term", "terms"]} onPageChange={setPage} />
          </div>
        )}
      </QueryStates>
    </Card>
  );
}

function TermRow({ orgSlug, term, canBuy }: { orgSlug: string; term: Term; canBuy: boolean }) {
  const status = termStatus(term, new Date());
  return (
    <TableRow>
      <TableCell className="font-medium text-slate-900">{term.packageName}</TableCell>
      <TableCell className="text-right tabular-nums">{formatCount(term.seats)}</TableCell>
      <TableCell>
        <DateTime value={term.startsAt} show="date" /> – <DateTime value={term.endsAt} show="date" />
      </TableCell>
      <TableCell>
        <Badge tone={status.tone}>{status.label}</Badge>
        {status.detail ? <p className="mt-1 text-xs text-slate-500">{status.detail}</p> : null}
      </TableCell>
      {canBuy ? <TableCell>{term.renewable ? <RenewButton orgSlug={orgSlug} term={term} /> : <span className="text-sm text-slate-500">—</span>}</TableCell> : null}
    </TableRow>
  );
}

/** Leaves for the checkout of the same seats; the button stays busy until the page is gone. */
function RenewButton({ orgSlug, term }: { orgSlug: string; term: Term }) {
  const trpc = useTRPC();
  const renew = useMutation(trpc.license.renew.mutationOptions());
  const [leaving, setLeaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onClick = () => {
    setError(null);
    renew.mutate(
      { orgSlug, termId: term.id },
      {
        onSuccess: ({ url }) => {
          setLeaving(true);
          window.location.assign(url);
        },
        onError: (cause) => setError(errorMessage(cause)),
      },
    );
  };
  return (
    <div className="space-y-1">
      <Button size="sm" variant="secondary" pending={renew.isPending || leaving} onClick={onClick}>
        <RefreshCw aria-hidden />
        Renew {formatCount(term.seats)} seats for {term.termMonths} months
      </Button>
      <FormError message={error} />
    </div>
  );
}

/** While a term is in its grace period and the pool is over its limit: what happens when, and how to avoid it. */
function GraceNotice({ data }: { data: TermPage }) {
  const inGrace = data.terms.filter((term) => term.state === "grace" && !term.reclaimedAt);
  if (data.seatsOverLimit === 0 || inGrace.length === 0) return null;
  const first = inGrace.reduce((soonest, term) => (term.graceEndsAt < soonest.graceEndsAt ? term : soonest));
  return (
    <div role="status" className="mx-5 mb-4 flex gap-3 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
      <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
      <p>
        {formatCount(data.seatsOverLimit)} {data.seatsOverLimit === 1 ? "device uses a seat" : "devices use seats"} beyond your pool since seats
        expired. On <DateTime value={first.graceEndsAt} show="date" /> the grace period ends and up to {formatCount(Math.min(data.seatsOverLimit, first.seatsExpired))} of
        them, those seen longest ago, lose their seat, unless you renew or buy seats first.
      </p>
    </div>
  );
}
