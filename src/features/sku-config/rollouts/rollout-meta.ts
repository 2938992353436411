import { createTranslator, useLocale, useMessages } from "next-intl";
import { useMemo } from "react";
import type { RouterOutputs } from "@/lib/trpc";
import { formatCount, formatMs } from "@/features/fleet/fleet-format";
import { gateFailureText } from "@/lib/gate-wording";
import type { Locale } from "@/i18n/locales";
import type { Messages } from "@/messages";

export type ActiveRollout = NonNullable<RouterOutputs["rollout"]["active"]>;
export type RolloutSummary = RouterOutputs["rollout"]["list"]["items"][number];
type Status = RolloutSummary["status"];
type Tone = "neutral" | "brand" | "success" | "warning" | "danger";
type GateCheck = NonNullable<ActiveRollout["gateCheck"]>;

export const STATUS_TONES: Record<Status, Tone> = { running: "brand", paused: "warning", completed: "success", rolled_back: "danger", aborted: "neutral" };

/**
 * The sentences a rollout is described in, in one language: "5 → 25 → 100 %, 60 min a step",
 * "voice p95 ≤ 1,000 ms, ≤ +20 % vs the old version, after 100 interactions", …
 */
export function rolloutWords(locale: Locale, messages: Messages) {
  const t = createTranslator({ locale, messages, namespace: "rollouts" });
  const kinds = createTranslator({ locale, messages, namespace: "fleet.kindsLower" });
  const number = (value: number) => value.toLocaleString(locale, { maximumFractionDigits: 2 });
  const count = (value: number) => formatCount(value, locale);
  const kindLabel = (kind: string) => (kind === "voice" || kind === "video" ? kinds(kind) : kind);
  const percent = (value: number) => t("percent", { value: number(value) });
  return {
    status: (status: Status) => t(`status.${status}`),
    percent,
    count,
    kindLabel,
    plan: (rollout: Pick<RolloutSummary, "steps" | "stepMinutes">) => t("plan", { steps: rollout.steps.map(number).join(" → "), minutes: count(rollout.stepMinutes) }),
    gate(gate: RolloutSummary["gate"]) {
      if (!gate) return t("gate.none");
      const limits = [
        gate.maxP95Ms !== undefined ? t("gate.p95", { ms: count(gate.maxP95Ms) }) : null,
        gate.maxRegressionPct !== undefined ? t("gate.regression", { percent: count(gate.maxRegressionPct) }) : null,
      ].filter((limit) => limit !== null);
      return t("gate.summary", { kind: kindLabel(gate.kind ?? "voice"), limits: limits.join(t("gate.separator")), count: count(gate.minInteractions ?? 100) });
    },
    /** The devices a share of the active fleet comes to: "≈ 12 of 240 active devices". */
    expectedOnNew(rollout: Pick<ActiveRollout, "percent" | "cohorts">) {
      const expected = Math.round((rollout.cohorts.active * rollout.percent) / 100);
      return t("expectedOnNew", { expected: count(expected), active: count(rollout.cohorts.active) });
    },
    /** What the gate makes of the figures now, in one sentence (the server's English where it sent no figures). */
    gateCheck(check: GateCheck) {
      if (check.verdict === "wait") {
        const { candidate } = check;
        const why =
          check.needed === undefined
            ? (check.why ?? "")
            : t("gateWaiting", { count: count(candidate.interactions), needed: count(check.needed), kind: kindLabel(check.kind), version: candidate.version });
        return t("gateCheck.wait", { why });
      }
      if (check.verdict === "fail") return t("gateCheck.fail", { reason: check.failure ? gateFailureText(check.failure, locale, messages) : (check.reason ?? "") });
      return t("gateCheck.pass");
    },
    /** Why a finished rollout ended: a gate's figures in this language, or the reason typed at abort as written. */
    reason: (rollout: Pick<RolloutSummary, "reason" | "gateFailure">) => (rollout.gateFailure ? gateFailureText(rollout.gateFailure, locale, messages) : rollout.reason),
    /** One version's side of the gate's reading: "version 2: p95 820 ms over 40 voice interactions". */
    versionLatency(side: GateCheck["candidate"], kind: string) {
      if (side.interactions === 0 || side.p95Ms === null) return t("versionLatency.none", { version: side.version, kind: kindLabel(kind) });
      return t("versionLatency.some", { version: side.version, p95: formatMs(side.p95Ms, locale), count: side.interactions, kind: kindLabel(kind) });
    },
  };
}

/** rolloutWords in the console's language. */
export function useRolloutWords() {
  const locale = useLocale();
  const messages = useMessages();
  return useMemo(() => rolloutWords(locale, messages), [locale, messages]);
}
