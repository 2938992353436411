"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ReceiptText } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { QueryStates } from "@/components/ui/query-states";
import { Pagination } from "@/components/ui/pagination";
import { useTRPC } from "@/lib/trpc";
import { cn } from "@/lib/utils";
import { LedgerTable } from "./ledger-table";

const PAGE_SIZE = 25;

/** Every change to the organization's seats, newest first, one server page at a time. */
export function SeatLedger({ orgSlug, canSeeOrders }: { orgSlug: string; canSeeOrders: boolean }) {
  const t = useTranslations("licenses.ledger");
  const trpc = useTRPC();
  const [page, setPage] = useState(1);
  const ledger = useQuery(
    trpc.license.ledger.queryOptions(
      { orgSlug, page, pageSize: PAGE_SIZE },
      // Keep the current page on screen while the next loads; re-read on every visit like the balance.
      { placeholderData: keepPreviousData, staleTime: 0 },
    ),
  );

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <QueryStates
        query={ledger}
        loadingLabel={t("loading")}
        rows={5}
        empty={(data) => (data.total === 0 ? (
          <EmptyState icon={ReceiptText} title={t("emptyTitle")} description={t("emptyDescription")} />
        ) : null)}
      >
        {(data) => (
          <div aria-busy={ledger.isPlaceholderData} className={cn("transition-opacity", ledger.isPlaceholderData && "opacity-60")}>
            <LedgerTable orgSlug={orgSlug} entries={data.entries} canSeeOrders={canSeeOrders} />
            <Pagination
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              countLabel={t("count", { count: data.total })}
              onPageChange={setPage}
            />
          </div>
        )}
      </QueryStates>
    </Card>
  );
}
