import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getOrgAccess } from "@/server/console/org-access";
import { OrdersRestricted } from "@/features/licenses/orders-restricted";
import { QuoteDetailView } from "@/features/quotes/quote-detail";
import { can } from "@/shared/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("quotes"))("metaTitle") };
}

/** A quote: its price and terms, its PDF and link, and the owner's decision. */
export default async function QuotePage({ params }: { params: Promise<{ slug: string; quoteId: string }> }) {
  const { slug, quoteId } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  if (!can(access.org.role, "licenses:buy")) return <OrdersRestricted />;
  return <QuoteDetailView orgSlug={access.org.slug} quoteId={quoteId} isOwner={access.org.role === "OWNER"} />;
}
