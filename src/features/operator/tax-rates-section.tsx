"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Percent, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DateTime } from "@/components/ui/date-time";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { QueryStates } from "@/components/ui/query-states";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { useTRPC } from "@/lib/trpc";
import { useClientPagination } from "@/lib/use-client-pagination";
import { formatRate } from "@/shared/pricing";
import { TaxRateDialog, type TaxRate } from "./tax-rate-dialog";

const countryNames = new Intl.DisplayNames(["en"], { type: "region" });

/** The tax charged to buyers per country; EU reverse charge applies whatever the rate (docs/billing.md). */
export function TaxRatesSection() {
  const trpc = useTRPC();
  const rates = useQuery(trpc.operator.taxRates.queryOptions());
  return (
    <Card aria-labelledby="tax-rates-title">
      <CardHeader className="gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div className="space-y-1">
          <CardTitle id="tax-rates-title">Tax rates</CardTitle>
          <CardDescription>
            Charged on top of the price to buyers in each country; none where no rate is set. EU businesses with a VAT number in another member
            state than the issuer&apos;s are reverse-charged.
          </CardDescription>
        </div>
        <TaxRateDialog />
      </CardHeader>
      <QueryStates
        query={rates}
        loadingLabel="Loading tax rates"
        rows={4}
        empty={(list) => (list.length === 0 ? <EmptyState icon={Percent} title="No tax rates" description="Buyers are charged no tax until a rate is set for their country." /> : null)}
      >
        {(list) => <TaxRatesTable rates={list} />}
      </QueryStates>
    </Card>
  );
}

function TaxRatesTable({ rates }: { rates: TaxRate[] }) {
  const pages = useClientPagination(rates, 10);
  return (
    <>
      <Table aria-label="Tax rates">
        <TableHead>
          <TableRow>
            <TableHeaderCell>Country</TableHeaderCell>
            <TableHeaderCell>Tax</TableHeaderCell>
            <TableHeaderCell className="text-right">Rate</TableHeaderCell>
            <TableHeaderCell>Changed</TableHeaderCell>
            <TableHeaderCell sticky="end">
              <span className="sr-only">Actions</span>
            </TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {pages.rows.map((rate) => (
            <TableRow key={rate.country}>
              <TableCell className="font-medium text-slate-900">
                {countryNames.of(rate.country) ?? rate.country} <span className="font-mono text-xs text-slate-500">{rate.country}</span>
              </TableCell>
              <TableCell>{rate.label}</TableCell>
              <TableCell className="text-right tabular-nums">{formatRate(rate.rateBps)}</TableCell>
              <TableCell>
                <DateTime value={rate.updatedAt} />
              </TableCell>
              <TableCell sticky="end">
                <div className="flex justify-end gap-1">
                  <TaxRateDialog rate={rate} />
                  <RemoveTaxRate country={rate.country} />
                </div>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {pages.paginated ? <Pagination page={pages.page} pageSize={pages.pageSize} total={pages.total} noun={["rate", "rates"]} onPageChange={pages.setPage} /> : null}
    </>
  );
}

function RemoveTaxRate({ country }: { country: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const remove = useMutation(trpc.operator.removeTaxRate.mutationOptions());
  return (
    <ConfirmDialog
      trigger={
        <Button variant="danger-ghost" size="sm" aria-label={`Remove the ${country} rate`}>
          <Trash2 aria-hidden />
          Remove
        </Button>
      }
      title={`Remove the tax rate for ${countryNames.of(country) ?? country}?`}
      description="Buyers there are charged no tax on orders placed from now on. Orders already placed and their invoices keep their rate."
      confirmLabel="Remove rate"
      onConfirm={async () => {
        await remove.mutateAsync({ country });
        await queryClient.invalidateQueries({ queryKey: trpc.operator.taxRates.queryKey() });
      }}
    />
  );
}
