"use client";

import { Badge } from "@/components/ui/badge";
import { DateTime } from "@/components/ui/date-time";
import type { AlertRule } from "./alert-rule-form";

/** Firing / OK / Paused, and since when (OK without a reading yet says so). */
export function AlertStateBadge({ rule }: { rule: Pick<AlertRule, "enabled" | "state" | "stateSince" | "lastEvaluatedAt"> }) {
  if (!rule.enabled) return <Badge tone="neutral">Paused</Badge>;
  const firing = rule.state === "firing";
  return (
    <>
      <Badge tone={firing ? "danger" : "success"}>{firing ? "Firing" : "OK"}</Badge>
      <span className="mt-1 block text-xs text-slate-600">
        {rule.lastEvaluatedAt === null ? (
          "not judged yet"
        ) : (
          <>
            since <DateTime value={rule.stateSince} show="relative" />
          </>
        )}
      </span>
    </>
  );
}
