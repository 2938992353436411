import { Ban } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { BackLink } from "@/components/ui/back-link";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { licensesPath, orderPath } from "./order-meta";

/** The test-mode checkout page when the deployment is not in the local payments mode: no Pay button. */
export function CheckoutUnavailable({ orgSlug, orderId, mode }: { orgSlug: string; orderId: string; mode: "stripe" | "unavailable" }) {
  const t = useTranslations("licenses");
  return (
    <>
      <BackLink href={licensesPath(orgSlug)}>{t("order.back")}</BackLink>
      <PageHeader title={t("checkout.title")} />
      <Card>
        <EmptyState
          icon={Ban}
          title={t("checkout.off.title")}
          description={mode === "stripe" ? t("checkout.off.stripe") : t("checkout.off.unavailable")}
          className="py-14"
          action={
            <Button asChild variant="secondary">
              <Link href={orderPath(orgSlug, orderId)}>{t("checkout.viewOrder")}</Link>
            </Button>
          }
        />
      </Card>
    </>
  );
}
