import { Calculator } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** "Unit economics": from Usage and Licenses to what a device costs per month. */
export function EconomicsLink({ orgSlug }: { orgSlug: string }) {
  const t = useTranslations("common");
  return (
    <Button asChild variant="secondary">
      <Link href={`/o/${orgSlug}/usage/economics`}>
        <Calculator aria-hidden />
        {t("economicsLink")}
      </Link>
    </Button>
  );
}
