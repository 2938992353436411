import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { getOrgAccess } from "@/server/console/org-access";
import { BuySeats } from "@/features/licenses/buy-seats";
import { CheckoutCancelledNotice } from "@/features/licenses/checkout-cancelled-notice";
import { OrdersSection } from "@/features/licenses/orders-section";
import { SeatBalance } from "@/features/licenses/seat-balance";
import { SeatLedger } from "@/features/licenses/seat-ledger";
import { SeatTermsSection } from "@/features/licenses/seat-terms-section";
import { QuotesSection } from "@/features/quotes/quotes-section";
import { can } from "@/shared/permissions";
import { EconomicsLink } from "@/features/economics/economics-link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("licenses.page"))("metaTitle") };
}

type LicensesPageProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Every role reads the balance and the ledger; buying and orders are for roles with licenses:buy.
export default async function LicensesPage({ params, searchParams }: LicensesPageProps) {
  const { slug } = await params;
  const { checkout, order } = await searchParams;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  const { org } = access;
  const canBuy = can(org.role, "licenses:buy");
  const t = await getTranslations("licenses.page");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={canBuy ? <EconomicsLink orgSlug={org.slug} /> : undefined}
      />
      <div className="space-y-6">
        {checkout === "cancelled" ? <CheckoutCancelledNotice orgSlug={org.slug} orderId={canBuy && typeof order === "string" ? order : null} /> : null}
        <SeatBalance orgSlug={org.slug} canBuy={canBuy} />
        <SeatTermsSection orgSlug={org.slug} canBuy={canBuy} />
        {canBuy ? <BuySeats orgSlug={org.slug} /> : null}
        {canBuy ? <QuotesSection orgSlug={org.slug} /> : null}
        {canBuy ? <OrdersSection orgSlug={org.slug} /> : null}
        <SeatLedger orgSlug={org.slug} canSeeOrders={canBuy} />
      </div>
    </>
  );
}
