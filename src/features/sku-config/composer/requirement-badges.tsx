import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { CAPABILITIES } from "@/features/skus/sku-meta";
import type { SkuSummary } from "../config-types";

/** The hardware an agent needs, as small badges; what the SKU lacks is marked. */
export function RequirementBadges({ requires, capabilities }: { requires: readonly string[]; capabilities?: SkuSummary["capabilities"] }) {
  const t = useTranslations("skuConfig.lineup");
  const skus = useTranslations("skus");
  if (requires.length === 0) return null;
  const has = capabilities as Record<string, boolean> | undefined;
  return (
    <span role="list" aria-label={t("needs")} className="inline-flex flex-wrap gap-1">
      {requires.map((key) => {
        const capability = CAPABILITIES.find((candidate) => candidate.key === key);
        const missing = has !== undefined && !has[key];
        const Icon = capability?.icon;
        return (
          <Badge key={key} role="listitem" tone={missing ? "warning" : "neutral"} className="px-1.5 py-0 text-[11px]">
            {Icon ? <Icon className="size-3" aria-hidden /> : null}
            {capability ? skus(`capabilities.${capability.key}`) : key}
            {missing ? <span className="sr-only"> {t("missing")}</span> : null}
          </Badge>
        );
      })}
    </span>
  );
}
