import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { getSessionUser } from "@/server/console/org-access";
import { AwaitingTransferSection } from "@/features/operator/awaiting-transfer-section";
import { CatalogSection } from "@/features/operator/catalog-section";
import { OrganizationsSection } from "@/features/operator/organizations-section";
import { PackagesSection } from "@/features/operator/packages-section";
import { TaxRatesSection } from "@/features/operator/tax-rates-section";
import { TokenPricesSection } from "@/features/operator/token-prices-section";

export const metadata: Metadata = { title: "Operator" };

// Rendered in parallel with the layout, so it checks the operator flag itself as well.
export default async function OperatorPage() {
  const user = await getSessionUser();
  if (!user?.isOperator || !user.emailVerified) notFound();
  return (
    <>
      <PageHeader title="Operator" description="The license catalog, its tax rates and the token prices it is compared with, the agent catalog and the seat pools of every organization." />
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
