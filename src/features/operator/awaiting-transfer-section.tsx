"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Landmark } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { DateTime } from "@/components/ui/date-time";
import { EmptyState } from "@/components/ui/empty-state";
import { QueryStates } from "@/components/ui/query-states";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { formatCount } from "@/features/licenses/license-meta";
import { useTRPC, type RouterOutputs } from "@/lib/trpc";
import { formatMoney } from "@/shared/money";

type AwaitingOrder = RouterOutputs["operator"]["awaitingTransfer"][number];

/** Accepted quotes' invoices not yet paid: the operator records each transfer found on the bank statement. */
export function AwaitingTransferSection() {
  const trpc = useTRPC();
  const orders = useQuery(trpc.operator.awaitingTransfer.queryOptions());
  return (
    <Card aria-labelledby="awaiting-transfer-title">
      <CardHeader>
        <CardTitle id="awaiting-transfer-title">Awaiting bank transfer</CardTitle>
        <CardDescription>Invoices of accepted quotes, oldest due first (the 100 oldest). Mark one paid when its transfer is on the bank statement.</CardDescription>
      </CardHeader>
      <QueryStates
        query={orders}
        loadingLabel="Loading unpaid invoices"
        rows={2}
        empty={(list) => (list.length === 0 ? <EmptyState icon={Landmark} title="Nothing to collect" description="No accepted quote is waiting for its bank transfer." /> : null)}
      >
        {(list) => (
          <Table aria-label="Awaiting bank transfer">
            <TableHead>
              <TableRow>
                <TableHeaderCell>Invoice</TableHeaderCell>
                <TableHeaderCell>Organization</TableHeaderCell>
                <TableHeaderCell className="text-right">Seats</TableHeaderCell>
                <TableHeaderCell className="text-right">Amount</TableHeaderCell>
                <TableHeaderCell>Due</TableHeaderCell>
                <TableHeaderCell sticky="end">
                  <span className="sr-only">Actions</span>
                </TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {list.map((order) => (
                <TableRow key={order.id}>
                  <TableCell className="font-mono text-xs">{order.invoiceNumber ?? "—"}</TableCell>
                  <TableCell className="whitespace-normal">{order.org.name}</TableCell>
                  <TableCell className="text-right tabular-nums">
                    {formatCount(order.seats)}
                    {order.seatsReleasedAt ? <span className="block text-xs text-slate-500">already in use</span> : null}
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{formatMoney(order.amountTotal, order.currency)}</TableCell>
                  <TableCell>
                    {order.paymentDueAt ? <DateTime value={order.paymentDueAt} /> : "—"}
                    {order.paymentDueAt && order.paymentDueAt < new Date() ? (
                      <Badge tone="danger" className="ml-2">
                        Overdue
                      </Badge>
                    ) : null}
                  </TableCell>
                  <TableCell sticky="end">
                    <MarkPaid order={order} />
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

function MarkPaid({ order }: { order: AwaitingOrder }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const record = useMutation(trpc.operator.recordBankTransfer.mutationOptions());
  const amount = formatMoney(order.amountTotal, order.currency);
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm" aria-label={`Mark ${order.invoiceNumber ?? "the invoice"} paid`}>
          Mark paid
        </Button>
      }
      destructive={false}
      title={`Record the transfer of ${amount} from ${order.org.name}?`}
      description={
        order.seatsReleasedAt
          ? `Invoice ${order.invoiceNumber} becomes paid; its ${formatCount(order.seats)} seats are in use already.`
          : `Invoice ${order.invoiceNumber} becomes paid and ${formatCount(order.seats)} seats are added to the organization's pool.`
      }
      confirmLabel="Mark paid"
      onConfirm={async () => {
        await record.mutateAsync({ orderId: order.id });
        await queryClient.invalidateQueries({ queryKey: trpc.operator.pathKey() });
      }}
    />
  );
}
