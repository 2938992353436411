"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Landmark } from "lucide-react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DateTime } from "@/components/ui/date-time";
import { TableCell, TableRow } from "@/components/ui/table";
import { useLicenseFormat } from "@/features/licenses/use-license-format";
import { useTRPC, type RouterOutputs } from "@/lib/trpc";
import { ActionsCell, OperatorTable } from "./operator-table";
import { OperatorTableSection } from "./operator-table-section";

type AwaitingOrder = RouterOutputs["operator"]["awaitingTransfer"][number];

/** Accepted quotes' invoices not yet paid: the operator records each transfer found on the bank statement. */
export function AwaitingTransferSection() {
  const t = useTranslations("operator.awaiting");
  const format = useLicenseFormat();
  const trpc = useTRPC();
  const orders = useQuery(trpc.operator.awaitingTransfer.queryOptions());
  return (
    <OperatorTableSection section="awaiting" query={orders} rows={2} emptyIcon={Landmark}>
      {(list) => (
        <OperatorTable label={t("table")} columns={[t("invoice"), t("organization"), { label: t("seats"), numeric: true }, { label: t("amount"), numeric: true }, t("due")]}>
          {list.map((order) => (
            <TableRow key={order.id}>
              <TableCell className="font-mono text-xs">{order.invoiceNumber ?? "—"}</TableCell>
              <TableCell className="whitespace-normal">{order.org.name}</TableCell>
              <TableCell className="text-right tabular-nums">
                {format.count(order.seats)}
                {order.seatsReleasedAt ? <span className="block text-xs text-slate-500">{t("inUse")}</span> : null}
              </TableCell>
              <TableCell className="text-right tabular-nums">{format.money(order.amountTotal, order.currency)}</TableCell>
              <TableCell>
                {order.paymentDueAt ? <DateTime value={order.paymentDueAt} /> : "—"}
                {order.paymentDueAt && order.paymentDueAt < new Date() ? (
                  <Badge tone="danger" className="ml-2">
                    {t("overdue")}
                  </Badge>
                ) : null}
              </TableCell>
              <ActionsCell>
                <MarkPaid order={order} />
              </ActionsCell>
            </TableRow>
          ))}
        </OperatorTable>
      )}
    </OperatorTableSection>
  );
}

function MarkPaid({ order }: { order: AwaitingOrder }) {
  const t = useTranslations("operator.awaiting");
  const format = useLicenseFormat();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const record = useMutation(trpc.operator.recordBankTransfer.mutationOptions());
  const invoice = order.invoiceNumber ?? "";
  const seats = format.count(order.seats);
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm" aria-label={t("markPaidLabel", { invoice: order.invoiceNumber ?? t("theInvoice") })}>
          {t("markPaid")}
        </Button>
      }
      destructive={false}
      title={t("confirmTitle", { amount: format.money(order.amountTotal, order.currency), org: order.org.name })}
      description={order.seatsReleasedAt ? t("confirmInUse", { invoice, seats }) : t("confirmAdded", { invoice, seats })}
      confirmLabel={t("markPaid")}
      onConfirm={async () => {
        await record.mutateAsync({ orderId: order.id });
        await queryClient.invalidateQueries({ queryKey: trpc.operator.pathKey() });
      }}
    />
  );
}
