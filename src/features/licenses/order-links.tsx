import { CreditCard, ExternalLink } from "lucide-react";
import type { ReactNode } from "react";
import type { Order } from "./order-meta";

/** Receipt and invoice (hosted by the payment provider), and the checkout while payment is still open. */
export function OrderLinks({ order }: { order: Pick<Order, "receiptUrl" | "invoiceUrl" | "checkoutUrl"> }) {
  const links = [
    order.checkoutUrl ? (
      <a key="checkout" href={order.checkoutUrl} className="inline-flex items-center gap-1 font-medium text-brand-700 hover:underline">
        <CreditCard className="size-3.5" aria-hidden />
        Complete payment
      </a>
    ) : null,
    order.receiptUrl ? <ExternalDocument key="receipt" href={order.receiptUrl}>Receipt</ExternalDocument> : null,
    order.invoiceUrl ? <ExternalDocument key="invoice" href={order.invoiceUrl}>Invoice</ExternalDocument> : null,
  ].filter((link) => link !== null);
  if (links.length === 0) return <span className="text-slate-400">—</span>;
  return <span className="flex flex-wrap gap-x-3 gap-y-1">{links}</span>;
}

function ExternalDocument({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="inline-flex items-center gap-1 text-brand-700 hover:underline">
      {children}
      <ExternalLink className="size-3.5" aria-hidden />
      <span className="sr-only">(opens in a new tab)</span>
    </a>
  );
}
