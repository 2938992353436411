"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ShoppingBag } from "lucide-react";
import { useState } from "react";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { QueryStates } from "@/components/ui/query-states";
import { useTRPC } from "@/lib/trpc";
import { cn } from "@/lib/utils";
import { OrdersTable } from "./orders-table";

const PAGE_SIZE = 10;

/** The organization's license purchases, newest first, with their receipts and invoices. */
export function OrdersSection({ orgSlug }: { orgSlug: string }) {
  const trpc = useTRPC();
  const [page, setPage] = useState(1);
  const orders = useQuery(
    trpc.license.orders.queryOptions({ orgSlug, page, pageSize: PAGE_SIZE }, { placeholderData: keepPreviousData, staleTime: 0 }),
  );

  return (
    <Card aria-labelledby="orders-title">
      <CardHeader>
        <CardTitle id="orders-title">Orders</CardTitle>
        <CardDescription>Every purchase with its status. Seats arrive when the payment is confirmed.</CardDescription>
      </CardHeader>
      <QueryStates
        query={orders}
        loadingLabel="Loading orders"
        rows={3}
        empty={(data) =>
          data.total === 0 ? (
            <EmptyState icon={ShoppingBag} title="No orders yet" description="Purchases are listed here with their receipts and invoices." />
          ) : null
        }
      >
        {(data) => (
          <div aria-busy={orders.isPlaceholderData} className={cn("transition-opacity", orders.isPlaceholderData && "opacity-60")}>
            <OrdersTable orgSlug={orgSlug} orders={data.items} />
            <Pagination page={data.page} pageSize={data.pageSize} total={data.total} noun={["order", "orders"]} onPageChange={setPage} />
          </div>
        )}
      </QueryStates>
    </Card>
  );
}
