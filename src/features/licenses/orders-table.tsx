import { DateTime } from "@/components/ui/date-time";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ui/table";
import { OrderLinks } from "./order-links";
import { orderPath, type Order } from "./order-meta";
import { ReviewBadge } from "./order-review-notice";
import { OrderStatusBadge } from "./order-status-badge";
import { useLicenseFormat } from "./use-license-format";

/** One page of orders: when, what, how many seats, for how much, where it stands, who bought it. */
export function OrdersTable({ orgSlug, orders }: { orgSlug: string; orders: Order[] }) {
  const t = useTranslations("licenses.orders");
  const format = useLicenseFormat();
  return (
    <Table aria-label={t("tableLabel")}>
      <TableHead>
        <TableRow>
          <TableHeaderCell>{t("columns.date")}</TableHeaderCell>
          <TableHeaderCell>{t("columns.package")}</TableHeaderCell>
          <TableHeaderCell className="text-right">{t("columns.seats")}</TableHeaderCell>
          <TableHeaderCell className="text-right">{t("columns.amount")}</TableHeaderCell>
          <TableHeaderCell>{t("columns.status")}</TableHeaderCell>
          <TableHeaderCell>{t("columns.buyer")}</TableHeaderCell>
          <TableHeaderCell>{t("columns.documents")}</TableHeaderCell>
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
                {t("packageLine", { name: order.packageName, count: order.seats })}
              </Link>
            </TableCell>
            <TableCell className="text-right tabular-nums">{format.count(order.seats)}</TableCell>
            <TableCell className="text-right tabular-nums">
              {format.money(order.amountTotal, order.currency)}
              {order.amountRefunded > 0 ? (
                <span className="block text-xs text-slate-500">{t("refunded", { amount: format.money(order.amountRefunded, order.currency) })}</span>
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
