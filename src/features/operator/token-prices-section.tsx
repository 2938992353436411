"use client";

import { useQuery } from "@tanstack/react-query";
import { Coins } from "lucide-react";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { EmptyState } from "@/components/ui/empty-state";
import { QueryStates } from "@/components/ui/query-states";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { useTRPC } from "@/lib/trpc";
import { formatMoney } from "@/shared/money";
import { TokenPriceDialog } from "./token-price-dialog";

/** Anima's default cloud token prices, what every organization's unit economics compare its licenses with (docs/billing.md). */
export function TokenPricesSection() {
  const trpc = useTRPC();
  const prices = useQuery(trpc.operator.tokenPrices.queryOptions());
  return (
    <Card aria-labelledby="token-prices-title">
      <CardHeader className="gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div className="space-y-1">
          <CardTitle id="token-prices-title">Token prices</CardTitle>
          <CardDescription>
            What per-token cloud billing would charge per million tokens, by currency: the comparison on every organization&apos;s Unit economics
            page, unless it set a price of its own.
          </CardDescription>
        </div>
        <TokenPriceDialog />
      </CardHeader>
      <QueryStates
        query={prices}
        loadingLabel="Loading token prices"
        rows={3}
        empty={(list) => (list.length === 0 ? <EmptyState icon={Coins} title="No token prices" description="Unit economics show no token billing until a price is set." /> : null)}
      >
        {(list) => (
          <Table aria-label="Token prices">
            <TableHead>
              <TableRow>
                <TableHeaderCell>Currency</TableHeaderCell>
                <TableHeaderCell className="text-right">Input per 1M</TableHeaderCell>
                <TableHeaderCell className="text-right">Output per 1M</TableHeaderCell>
                <TableHeaderCell>Changed</TableHeaderCell>
                <TableHeaderCell sticky="end">
                  <span className="sr-only">Actions</span>
                </TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {list.map((price) => (
                <TableRow key={price.currency}>
                  <TableCell className="font-medium text-slate-900">{price.currency.toUpperCase()}</TableCell>
                  <TableCell className="text-right tabular-nums">{formatMoney(price.inputPerMillion, price.currency)}</TableCell>
                  <TableCell className="text-right tabular-nums">{formatMoney(price.outputPerMillion, price.currency)}</TableCell>
                  <TableCell>
                    <DateTime value={price.updatedAt} />
                  </TableCell>
                  <TableCell sticky="end">
                    <div className="flex justify-end">
                      <TokenPriceDialog price={price} />
                    </div>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </QueryStates>
    </Card>
  );
}
