import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getOrgAccess } from "@/server/console/org-access";
import { OrderDetailView } from "@/features/licenses/order-detail";
import { OrdersRestricted } from "@/features/licenses/orders-restricted";
import { can } from "@/shared/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("licenses.order"))("metaTitle") };
}

/** An order, and where Stripe Checkout returns the buyer after paying. */
export default async function OrderPage({ params }: { params: Promise<{ slug: string; orderId: string }> }) {
  const { slug, orderId } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  if (!can(access.org.role, "licenses:buy")) return <OrdersRestricted />;
  return <OrderDetailView orgSlug={access.org.slug} orderId={orderId} />;
}
