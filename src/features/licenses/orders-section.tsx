"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ShoppingBag } from "lucide-react";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("licenses.orders");
  const trpc = useTRPC();
  const [page, setPage] = useState(1);
  const orders = useQuery(
    trpc.license.orders.queryOptions({ orgSlug, page, pageSize: PAGE_SIZE }, { placeholderData: keepPreviousData, staleTime: 0 }),
  );

  return (
    <Card aria-labelledby="orders-title">
      <CardHeader>
        <CardTitle id="orders-title">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <QueryStates
        query={orders}
        loadingLabel={t("loading")}
        rows={3}
        empty={(data) =>
          data.total === 0 ? (
            <EmptyState icon={ShoppingBag} title={t("emptyTitle")} description={t("emptyDescription")} />
          ) : null
        }
      >
        {(data) => (
          <div aria-busy={orders.isPlaceholderData} className={cn("transition-opacity", orders.isPlaceholderData && "opacity-60")}>
            <OrdersTable orgSlug={orgSlug} orders={data.items} />
            <Pagination page={data.page} pageSize={data.pageSize} total={data.total} countLabel={t("count", { count: data.total })} onPageChange={setPage} />
          </div>
        )}
      </QueryStates>
    </Card>
  );
}
