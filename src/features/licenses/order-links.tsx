import { CreditCard, ExternalLink, FileText } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { invoicePath, type Order } from "./order-meta";

type OrderLinksProps = {
  orgSlug: string;
  order: Pick<Order, "receiptUrl" | "stripeInvoiceUrl" | "checkoutUrl" | "invoices">;
  /** in a table row: documents named by kind, their number in the link's title and for screen readers */
  compact?: boolean;
};

/**
 * The checkout while payment is still open; Anima's invoice and credit notes (PDF); and, in
 * Stripe mode, the receipt and hosted invoice Stripe keeps.
 */
export function OrderLinks({ orgSlug, order, compact = false }: OrderLinksProps) {
  const t = useTranslations("licenses.links");
  const links = [
    order.checkoutUrl ? (
      <a key="checkout" href={order.checkoutUrl} className="inline-flex items-center gap-1 font-medium text-brand-700 hover:underline">
        <CreditCard className="size-3.5" aria-hidden />
        {t("completePayment")}
      </a>
    ) : null,
    ...order.invoices.map((invoice) => (
      <a key={invoice.id} href={invoicePath(orgSlug, invoice.id)} download title={invoice.number} className="inline-flex items-center gap-1 text-brand-700 hover:underline">
        <FileText className="size-3.5" aria-hidden />
        {invoice.kind === "invoice" ? t("invoice") : t("creditNote")}
        <span className={compact ? "sr-only" : undefined}> {invoice.number}</span>
        <span className="sr-only"> {t("pdf")}</span>
      </a>
    )),
    order.receiptUrl ? <ExternalDocument key="receipt" href={order.receiptUrl}>{t("stripeReceipt")}</ExternalDocument> : null,
    order.stripeInvoiceUrl ? <ExternalDocument key="stripe-invoice" href={order.stripeInvoiceUrl}>{t("stripeInvoice")}</ExternalDocument> : null,
  ].filter((link) => link !== null);
  if (links.length === 0) return <span className="text-slate-400">—</span>;
  return <span className="flex flex-wrap gap-x-3 gap-y-1">{links}</span>;
}

function ExternalDocument({ href, children }: { href: string; children: ReactNode }) {
  const t = useTranslations("licenses.links");
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="inline-flex items-center gap-1 text-brand-700 hover:underline">
      {children}
      <ExternalLink className="size-3.5" aria-hidden />
      <span className="sr-only">{t("newTab")}</span>
    </a>
  );
}
