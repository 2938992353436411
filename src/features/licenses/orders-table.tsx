import { DateTime } from "@/components/ui/date-time";
import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { formatCount } from "./license-meta";
import { formatMoney } from "@/shared/money";
import { OrderLinks } from "./order-links";
import { orderPath, packageLine, type Order } from "./order-meta";
import { ReviewBadge } from "./order-review-notice";
import { OrderStatusBadge } from "./order-status-badge";

/** One page of orders: when, what, how many seats, for how much, where it stands, who bought it. */
export function OrdersTable({ orgSlug, orders }: { orgSlug: string; orders: Order[] }) {
  return (
    <Table aria-label="Orders">
      <TableHead>
        <TableRow>
          <TableHeaderCell>Date</TableHeaderCell>
          <TableHeaderCell>Package</TableHeaderCell>
          <TableHeaderCell className="text-right">Seats</TableHeaderCell>
          <TableHeaderCell className="text-right">Amount</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell>Buyer</TableHeaderCell>
          <TableHeaderCell>Documents</TableHeaderCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {orders.map((order) => (
          <TableRow key={order.id}>
            <TableCell>
              <DateTime value={order.createdAt} />
            </TableCell>
            <TableCell>
              <Link href={orderPath(orgSlug, order.id)} className="font-medium text-brand-700 hover:underline">
                {packageLine(order)}
              </Link>
            </TableCell>
            <TableCell className="text-right tabular-nums">{formatCount(order.seats)}</TableCell>
            <TableCell className="text-right tabular-nums">
              {formatMoney(order.amountTotal, order.currency)}
              {order.amountRefunded > 0 ? (
                <span className="block text-xs text-slate-500">−{formatMoney(order.amountRefunded, order.currency)} refunded</span>
              ) : null}
            </TableCell>
            <TableCell>
              <span className="flex flex-wrap gap-1">
                <OrderStatusBadge status={order.status} />
                {order.reviewReason ? <ReviewBadge /> : null}
              </span>
            </TableCell>
            <TableCell className="min-w-28 whitespace-normal">{order.createdBy ?? <span className="text-slate-400">—</span>}</TableCell>
            <TableCell>
              <OrderLinks orgSlug={orgSlug} order={order} compact />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
