import type { Metadata } from "next";
import { getOrgAccess } from "@/features/console/org-access";
import { LocalCheckout } from "@/features/licenses/local-checkout";
import { OrdersRestricted } from "@/features/licenses/orders-restricted";
import { can } from "@/server/modules/organizations/permissions";

export const metadata: Metadata = { title: "Checkout (test mode)" };

/** The local payments mode's checkout; with Stripe configured, buyers go to Stripe Checkout instead. */
export default async function LocalCheckoutPage({ params }: { params: Promise<{ slug: string; orderId: string }> }) {
  const { slug, orderId } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  if (!can(access.org.role, "licenses:buy")) return <OrdersRestricted />;
  return <LocalCheckout orgSlug={access.org.slug} orderId={orderId} />;
}
