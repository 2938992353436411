import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { ALERT_KIND_INFO, type AlertRuleKind } from "@/shared/alerts";

type RuleShape = { kind: AlertRuleKind; sku: { code: string } | null; interactionKind: "voice" | "video" | null; windowMinutes: number; threshold: number };

/**
 * Alert rules in the console's language: kind names, readings and conditions
 * ("voice p95 of the whole fleet over 10 minutes above 1,000 ms"). The worker's emails keep
 * the English of src/shared/alerts.ts.
 */
export function useAlertText() {
  const t = useTranslations("alerts");
  const locale = useLocale();
  return useMemo(() => {
    const value = (kind: AlertRuleKind, reading: number) => t("value", { value: Math.round(reading).toLocaleString(locale === "en" ? "en-US" : locale), unit: ALERT_KIND_INFO[kind].unit });
    const scope = (rule: Omit<RuleShape, "threshold">) => {
      const fleet = rule.sku ? t("scope.sku", { code: rule.sku.code }) : t("scope.wholeFleet");
      if (rule.kind === "slo_breach") return t("scope.slo_breach", { interaction: t(`interaction.${rule.interactionKind ?? "voice"}`), fleet, minutes: rule.windowMinutes });
      if (rule.kind === "seats_low") return t("scope.seats_low");
      return t("scope.offline_spike", { fleet, minutes: rule.windowMinutes });
    };
    return {
      kindLabel: (kind: AlertRuleKind) => t(`kinds.${kind}.label`),
      value,
      condition: (rule: RuleShape) => t("condition", { scope: scope(rule), value: value(rule.kind, rule.threshold) }),
    };
  }, [t, locale]);
}
