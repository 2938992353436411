import { Activity } from "lucide-react";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

/** What a fleet page shows for a range without a single interaction. */
export function NoTelemetry() {
  const t = useTranslations("fleet.noTelemetry");
  return (
    <Card>
      <EmptyState
        icon={Activity}
        title={t("title")}
        description={<p>{t.rich("description", { code: (chunks) => <code className="font-mono text-xs">{chunks}</code> })}</p>}
        className="py-16"
      />
    </Card>
  );
}
