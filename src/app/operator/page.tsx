import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { getSessionUser } from "@/server/console/org-access";
import { AwaitingTransferSection } from "@/features/operator/awaiting-transfer-section";
import { CatalogSection } from "@/features/operator/catalog-section";
import { OrganizationsSection } from "@/features/operator/organizations-section";
import { PackagesSection } from "@/features/operator/packages-section";
import { TaxRatesSection } from "@/features/operator/tax-rates-section";
import { TokenPricesSection } from "@/features/operator/token-prices-section";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("operator.page");
  return { title: t("metaTitle") };
}

// Rendered in parallel with the layout, so it checks the operator flag itself as well.
export default async function OperatorPage() {
  const user = await getSessionUser();
  if (!user?.isOperator || !user.emailVerified) notFound();
  const t = await getTranslations("operator.page");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        <PackagesSection />
        <TaxRatesSection />
        <TokenPricesSection />
        <AwaitingTransferSection />
        <CatalogSection />
        <OrganizationsSection />
      </div>
    </>
  );
}
