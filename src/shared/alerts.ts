/*
 * Alert rules (docs/alerts.md): what each kind measures, its defaults and bounds, and the one
 * rule that moves an alert between ok and firing. Shared by the worker that evaluates rules
 * and the console that edits them.
 */
import { SLO_MS } from "./slo";

export const ALERT_RULE_KINDS = ["slo_breach", "seats_low", "offline_spike"] as const;
export type AlertRuleKind = (typeof ALERT_RULE_KINDS)[number];

type KindInfo = {
  label: string;
  /** what `threshold` is, and its unit as shown after a value */
  thresholdLabel: string;
  unit: "ms" | "%";
  /** what `windowMinutes` means for the kind; null where the kind has no window */
  windowLabel: string | null;
  /** what `minSample` counts; null where the kind has none */
  minSampleLabel: string | null;
};

export const ALERT_KIND_INFO: Record<AlertRuleKind, KindInfo> = {
  slo_breach: {
    label: "Latency over SLO",
    thresholdLabel: "p95 above (ms)",
    unit: "ms",
    windowLabel: "over the last (minutes)",
    minSampleLabel: "at least (interactions in the window)",
  },
  seats_low: { label: "License seats low", thresholdLabel: "seats used above (%)", unit: "%", windowLabel: null, minSampleLabel: null },
  offline_spike: {
    label: "Devices offline",
    thresholdLabel: "offline share above (%)",
    unit: "%",
    windowLabel: "unseen for (minutes)",
    minSampleLabel: "at least (devices seen in the last 24 h)",
  },
};

/** A firing alert resolves once its value falls below this share of its threshold: between the two it holds (hysteresis). */
export const RECOVERY_RATIO = 0.9;

export const ALERT_LIMITS = {
  rulesPerOrg: 50,
  windowMinutes: { min: 5, max: 360 },
  minIntervalMinutes: { min: 1, max: 1_440 },
  minSample: { min: 1, max: 1_000_000 },
  thresholdMs: { min: 50, max: 600_000 },
  percent: { min: 1, max: 100 },
  recipients: 20,
} as const;

/** What a new rule of each kind starts from in the console. */
export function alertRuleDefaults(kind: AlertRuleKind) {
  const common = { minIntervalMinutes: 15 };
  if (kind === "slo_breach") return { ...common, threshold: SLO_MS.voice, windowMinutes: 10, minSample: 50 };
  if (kind === "seats_low") return { ...common, threshold: 90, windowMinutes: 0, minSample: 0 };
  return { ...common, threshold: 20, windowMinutes: 30, minSample: 20 };
}

export type AlertState = "ok" | "firing";
type RuleState = { state: AlertState; threshold: number; minIntervalMinutes: number; lastNotifiedAt: Date | null };

/**
 * What a new reading does to a rule: fire when it is above the threshold — but not sooner
 * than `minIntervalMinutes` after the last notification — and resolve once it is below
 * RECOVERY_RATIO of the threshold. A null reading (too little data to judge) changes nothing.
 */
export function alertTransition(rule: RuleState, value: number | null, now: Date): "fire" | "resolve" | null {
  if (value === null) return null;
  if (rule.state === "firing") return value < rule.threshold * RECOVERY_RATIO ? "resolve" : null;
  if (value <= rule.threshold) return null;
  const quietUntil = rule.lastNotifiedAt ? rule.lastNotifiedAt.getTime() + rule.minIntervalMinutes * 60_000 : 0;
  return now.getTime() >= quietUntil ? "fire" : null;
}

/** A reading as people read it: "1,240 ms", "92 %". */
export function formatAlertValue(kind: AlertRuleKind, value: number): string {
  const unit = ALERT_KIND_INFO[kind].unit;
  return `${Math.round(value).toLocaleString("en-US")} ${unit}`;
}

type RuleShape = { kind: AlertRuleKind; sku: { code: string } | null; interactionKind: "voice" | "video" | null; windowMinutes: number; threshold: number };

/** What a rule watches, in words: "voice p95 of SKU TOY-1 over 10 minutes". */
export function alertScope(rule: Omit<RuleShape, "threshold">): string {
  const fleet = rule.sku ? `SKU ${rule.sku.code}` : "the whole fleet";
  if (rule.kind === "slo_breach") return `${rule.interactionKind} p95 of ${fleet} over ${rule.windowMinutes} minutes`;
  if (rule.kind === "seats_low") return "license seats used";
  return `devices of ${fleet} unseen for ${rule.windowMinutes} minutes`;
}

/** A rule's condition in words: "voice p95 of the whole fleet over 10 minutes above 1,000 ms". */
export const alertCondition = (rule: RuleShape) => `${alertScope(rule)} above ${formatAlertValue(rule.kind, rule.threshold)}`;
