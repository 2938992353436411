import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { CAPABILITIES, type Sku } from "./sku-meta";

/**
 * The hardware a SKU has, as small labelled badges (icons alone would not be read out).
 * Spans with list roles, so it may sit inside a paragraph (a page header's description).
 * `compact` shows icons only, named by a tooltip and for screen readers, for table rows.
 */
export function CapabilityBadges({ capabilities, compact = false }: { capabilities: Sku["capabilities"]; compact?: boolean }) {
  const t = useTranslations("skus");
  const present = CAPABILITIES.filter(({ key }) => capabilities[key]);
  if (present.length === 0) return <span className="text-slate-400">{t("none")}</span>;
  return (
    <span role="list" className="inline-flex flex-wrap gap-1" aria-label={t("capabilitiesLabel")}>
      {present.map(({ key, icon: Icon }) => {
        const label = t(`capabilities.${key}`);
        return (
          <Badge key={key} role="listitem" title={compact ? label : undefined} className={compact ? "px-1.5" : undefined}>
            <Icon className="size-3" aria-hidden />
            <span className={compact ? "sr-only" : undefined}>{label}</span>
          </Badge>
        );
      })}
    </span>
  );
}
