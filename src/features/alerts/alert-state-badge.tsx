"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { DateTime } from "@/components/ui/date-time";
import type { AlertRule } from "./alert-rule-form";

/** Firing / OK / Paused, and since when (OK without a reading yet says so). */
export function AlertStateBadge({ rule }: { rule: Pick<AlertRule, "enabled" | "state" | "stateSince" | "lastEvaluatedAt"> }) {
  const t = useTranslations("alerts.state");
  if (!rule.enabled) return <Badge tone="neutral">{t("paused")}</Badge>;
  const firing = rule.state === "firing";
  return (
    <>
      <Badge tone={firing ? "danger" : "success"}>{firing ? t("firing") : t("ok")}</Badge>
      <span className="mt-1 block text-xs text-slate-600">
        {rule.lastEvaluatedAt === null ? (
          t("notJudged")
        ) : (
          t.rich("since", { time: () => <DateTime value={rule.stateSince} show="relative" /> })
        )}
      </span>
    </>
  );
}
