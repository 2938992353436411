"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Percent, Trash2 } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DateTime } from "@/components/ui/date-time";
import { Pagination } from "@/components/ui/pagination";
import { TableCell, TableRow } from "@/components/ui/table";
import { useTRPC } from "@/lib/trpc";
import { useClientPagination } from "@/lib/use-client-pagination";
import { formatRate } from "@/shared/pricing";
import { ActionsCell, OperatorTable } from "./operator-table";
import { OperatorTableSection } from "./operator-table-section";
import { TaxRateDialog, type TaxRate } from "./tax-rate-dialog";

/** `(code) => name`: a country's name in the console's language, its code where Intl has none. */
function useCountryName() {
  const locale = useLocale();
  return useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: "region" });
    return (country: string) => names.of(country) ?? country;
  }, [locale]);
}

/** The tax charged to buyers per country; EU reverse charge applies whatever the rate (docs/billing.md). */
export function TaxRatesSection() {
  const trpc = useTRPC();
  const rates = useQuery(trpc.operator.taxRates.queryOptions());
  return (
    <OperatorTableSection section="taxRates" action={<TaxRateDialog />} query={rates} rows={4} emptyIcon={Percent}>
      {(list) => <TaxRatesTable rates={list} />}
    </OperatorTableSection>
  );
}

function TaxRatesTable({ rates }: { rates: TaxRate[] }) {
  const t = useTranslations("operator.taxRates");
  const tc = useTranslations("operator.common");
  const countryName = useCountryName();
  const pages = useClientPagination(rates, 10);
  return (
    <>
      <OperatorTable label={t("table")} columns={[t("country"), t("tax"), { label: t("rate"), numeric: true }, tc("changed")]}>
        {pages.rows.map((rate) => (
          <TableRow key={rate.country}>
            <TableCell className="font-medium text-slate-900">
              {countryName(rate.country)} <span className="font-mono text-xs text-slate-500">{rate.country}</span>
            </TableCell>
            <TableCell>{rate.label}</TableCell>
            <TableCell className="text-right tabular-nums">{formatRate(rate.rateBps)}</TableCell>
            <TableCell>
              <DateTime value={rate.updatedAt} />
            </TableCell>
            <ActionsCell>
              <TaxRateDialog rate={rate} />
              <RemoveTaxRate country={rate.country} countryName={countryName(rate.country)} />
            </ActionsCell>
          </TableRow>
        ))}
      </OperatorTable>
      {pages.paginated ? (
        <Pagination page={pages.page} pageSize={pages.pageSize} total={pages.total} countLabel={t("count", { count: pages.total })} onPageChange={pages.setPage} />
      ) : null}
    </>
  );
}

function RemoveTaxRate({ country, countryName }: { country: string; countryName: string }) {
  const t = useTranslations("operator.taxRates");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const remove = useMutation(trpc.operator.removeTaxRate.mutationOptions());
  return (
    <ConfirmDialog
      trigger={
        <Button variant="danger-ghost" size="sm" aria-label={t("removeLabel", { country })}>
          <Trash2 aria-hidden />
          {t("remove")}
        </Button>
      }
      title={t("removeTitle", { country: countryName })}
      description={t("removeDescription")}
      confirmLabel={t("removeConfirm")}
      onConfirm={async () => {
        await remove.mutateAsync({ country });
        await queryClient.invalidateQueries({ queryKey: trpc.operator.taxRates.queryKey() });
      }}
    />
  );
}
