"use client";

import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { RefreshCw, TriangleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { FormError } from "@/components/ui/form-error";
import { Pagination } from "@/components/ui/pagination";
import { QueryStates } from "@/components/ui/query-states";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC, type RouterOutputs } from "@/lib/trpc";
import { cn } from "@/lib/utils";
import { SEAT_GRACE_DAYS } from "@/shared/seat-terms";
import { termStatus, type TermMessage } from "./seat-term-meta";
import { useLicenseFormat } from "./use-license-format";

const PAGE_SIZE = 10;

type TermPage = RouterOutputs["license"]["terms"];
type Term = TermPage["terms"][number];

/**
 * Seats bought for a term: when each term ends, reminders of it, and Renew (one click to the
 * checkout of the same seats). Hidden while the organization has no term seats.
 */
export function SeatTermsSection({ orgSlug, canBuy }: { orgSlug: string; canBuy: boolean }) {
  const t = useTranslations("licenses.terms");
  const trpc = useTRPC();
  const [page, setPage] = useState(1);
  const terms = useQuery(trpc.license.terms.queryOptions({ orgSlug, page, pageSize: PAGE_SIZE }, { placeholderData: keepPreviousData }));
  if (terms.isSuccess && terms.data.total === 0) return null;

  return (
    <Card aria-labelledby="seat-terms-title">
      <CardHeader>
        <CardTitle id="seat-terms-title">{t("title")}</CardTitle>
        <CardDescription>{t("description", { days: SEAT_GRACE_DAYS })}</CardDescription>
      </CardHeader>
      <QueryStates query={terms} loadingLabel={t("loading")} rows={2}>
        {(data) => (
          <div aria-busy={terms.isPlaceholderData} className={cn("transition-opacity", terms.isPlaceholderData && "opacity-60")}>
            <GraceNotice data={data} />
            <Table aria-label={t("tableLabel")}>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t("columns.package")}</TableHeaderCell>
                  <TableHeaderCell className="text-right">{t("columns.seats")}</TableHeaderCell>
                  <TableHeaderCell>{t("columns.term")}</TableHeaderCell>
                  <TableHeaderCell>{t("columns.status")}</TableHeaderCell>
                  {canBuy ? <TableHeaderCell>{t("columns.renewal")}</TableHeaderCell> : null}
                </TableRow>
              </TableHead>
              <TableBody>
                {data.terms.map((term) => (
                  <TermRow key={term.id} orgSlug={orgSlug} term={term} canBuy={canBuy} />
                ))}
              </TableBody>
            </Table>
            <Pagination page={data.page} pageSize={data.pageSize} total={data.total} countLabel={t("count", { count: data.total })} onPageChange={setPage} />
          </div>
        )}
      </QueryStates>
    </Card>
  );
}

function TermRow({ orgSlug, term, canBuy }: { orgSlug: string; term: Term; canBuy: boolean }) {
  const t = useTranslations("licenses.terms.status");
  const format = useLicenseFormat();
  const status = termStatus(term, new Date());
  const text = (message: TermMessage) => ("values" in message ? t(message.key, message.values) : t(message.key));
  return (
    <TableRow>
      <TableCell className="font-medium text-slate-900">{term.packageName}</TableCell>
      <TableCell className="text-right tabular-nums">{format.count(term.seats)}</TableCell>
      <TableCell>
        <DateTime value={term.startsAt} show="date" /> – <DateTime value={term.endsAt} show="date" />
      </TableCell>
      <TableCell>
        <Badge tone={status.tone}>{text(status.label)}</Badge>
        {status.detail ? <p className="mt-1 text-xs text-slate-500">{text(status.detail)}</p> : null}
      </TableCell>
      {canBuy ? <TableCell>{term.renewable ? <RenewButton orgSlug={orgSlug} term={term} /> : <span className="text-sm text-slate-500">—</span>}</TableCell> : null}
    </TableRow>
  );
}

/** Leaves for the checkout of the same seats; the button stays busy until the page is gone. */
function RenewButton({ orgSlug, term }: { orgSlug: string; term: Term }) {
  const t = useTranslations("licenses.terms");
  const errorMessage = useErrorMessage();
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
        {t("renew", { seats: term.seats, months: term.termMonths })}
      </Button>
      <FormError message={error} />
    </div>
  );
}

/** While a term is in its grace period and the pool is over its limit: what happens when, and how to avoid it. */
function GraceNotice({ data }: { data: TermPage }) {
  const t = useTranslations("licenses.terms");
  const inGrace = data.terms.filter((term) => term.state === "grace" && !term.reclaimedAt);
  if (data.seatsOverLimit === 0 || inGrace.length === 0) return null;
  const first = inGrace.reduce((soonest, term) => (term.graceEndsAt < soonest.graceEndsAt ? term : soonest));
  return (
    <div role="status" className="mx-5 mb-4 flex gap-3 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
      <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
      <p>
        {t.rich("grace", {
          count: data.seatsOverLimit,
          atMost: Math.min(data.seatsOverLimit, first.seatsExpired),
          date: () => <DateTime value={first.graceEndsAt} show="date" />,
        })}
      </p>
    </div>
  );
}
