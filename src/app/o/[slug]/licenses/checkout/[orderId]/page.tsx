import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getOrgAccess } from "@/server/console/org-access";
import { CheckoutUnavailable } from "@/features/licenses/checkout-unavailable";
import { LocalCheckout } from "@/features/licenses/local-checkout";
import { OrdersRestricted } from "@/features/licenses/orders-restricted";
import { payments } from "@/server/modules/billing/payments";
import { can } from "@/shared/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("licenses.checkout"))("metaTitle") };
}

/** The local payments mode's checkout; with Stripe configured, buyers go to Stripe Checkout instead. */
export default async function LocalCheckoutPage({ params }: { params: Promise<{ slug: string; orderId: string }> }) {
  const { slug, orderId } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  if (!can(access.org.role, "licenses:buy")) return <OrdersRestricted />;
  // Outside the local mode there is no Pay to offer (the procedure refuses it too).
  const { mode } = payments();
  if (mode !== "local") return <CheckoutUnavailable orgSlug={access.org.slug} orderId={orderId} mode={mode} />;
  return <LocalCheckout orgSlug={access.org.slug} orderId={orderId} />;
}
