"use client";

import { useQuery } from "@tanstack/react-query";
import { Coins } from "lucide-react";
import { useTranslations } from "next-intl";
import { DateTime } from "@/components/ui/date-time";
import { TableCell, TableRow } from "@/components/ui/table";
import { useLicenseFormat } from "@/features/licenses/use-license-format";
import { useTRPC } from "@/lib/trpc";
import { ActionsCell, OperatorTable } from "./operator-table";
import { OperatorTableSection } from "./operator-table-section";
import { TokenPriceDialog } from "./token-price-dialog";

/** Anima's default cloud token prices, what every organization's unit economics compare its licenses with (docs/billing.md). */
export function TokenPricesSection() {
  const t = useTranslations("operator.tokenPrices");
  const tc = useTranslations("operator.common");
  const format = useLicenseFormat();
  const trpc = useTRPC();
  const prices = useQuery(trpc.operator.tokenPrices.queryOptions());
  return (
    <OperatorTableSection section="tokenPrices" action={<TokenPriceDialog />} query={prices} rows={3} emptyIcon={Coins}>
      {(list) => (
        <OperatorTable label={t("table")} columns={[tc("currency"), { label: t("inputPerMillion"), numeric: true }, { label: t("outputPerMillion"), numeric: true }, tc("changed")]}>
          {list.map((price) => (
            <TableRow key={price.currency}>
              <TableCell className="font-medium text-slate-900">{price.currency.toUpperCase()}</TableCell>
              <TableCell className="text-right tabular-nums">{format.money(price.inputPerMillion, price.currency)}</TableCell>
              <TableCell className="text-right tabular-nums">{format.money(price.outputPerMillion, price.currency)}</TableCell>
              <TableCell>
                <DateTime value={price.updatedAt} />
              </TableCell>
              <ActionsCell>
                <TokenPriceDialog price={price} />
              </ActionsCell>
            </TableRow>
          ))}
        </OperatorTable>
      )}
    </OperatorTableSection>
  );
}
