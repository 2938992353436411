import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db, DbTx } from "@/server/db";
import { errorText } from "@/server/errors";
import { logger } from "@/server/logger";
import { emitEvent } from "@/server/modules/events/emit";
import { latencySummary } from "@/server/modules/telemetry/latency";
import { alertTransition } from "@/shared/alerts";
import { mailAlert } from "./alert-mail";
import { ALERT_RULE_SELECT } from "./rules";
import { DAY_MS } from "@/shared/time";

/** A rule as the evaluation needs it: what the console shows, plus its tenant and quiet interval's start. */
const EVALUATED = { ...ALERT_RULE_SELECT, orgId: true, lastNotifiedAt: true } as const;

export type EvaluatedRule = Prisma.AlertRuleGetPayload<{ select: typeof EVALUATED }>;
type Rule = Pick<EvaluatedRule, "orgId" | "kind" | "skuId" | "interactionKind" | "windowMinutes" | "minSample">;

/**
 * The value a rule watches, now; null when there is too little to judge (fewer interactions
 * or devices than the rule's minimum, or no seats at all). Latency comes from the minute
 * rollups the latency page reads; the other two from the license pool and the devices.
 */
export async function measureRule(db: Db, rule: Rule, now: Date): Promise<number | null> {
  if (rule.kind === "slo_breach") {
    const from = new Date(now.getTime() - rule.windowMinutes * 60_000);
    const summary = await latencySummary(db, rule.orgId, rule.interactionKind ?? "voice", { from, to: now, skuId: rule.skuId ?? undefined });
    return summary.count >= rule.minSample ? summary.p95 : null;
  }
  if (rule.kind === "seats_low") {
    const pool = await db.licensePool.findUnique({ where: { orgId: rule.orgId }, select: { seatsUsed: true, seatsTotal: true } });
    return pool && pool.seatsTotal > 0 ? (100 * pool.seatsUsed) / pool.seatsTotal : null;
  }
  // Offline spike: of the active devices seen in the last day, the share not seen for the window.
  const unseenSince = new Date(now.getTime() - rule.windowMinutes * 60_000);
  const [row] = await db.$queryRaw<{ seen: bigint; unseen: bigint }[]>`
    SELECT count(*) AS seen, count(*) FILTER (WHERE "lastSeenAt" < ${unseenSince}) AS unseen
    FROM "Device"
    WHERE "orgId" = ${rule.orgId} AND status = 'active' AND "lastSeenAt" >= ${new Date(now.getTime() - DAY_MS)}
      AND (${rule.skuId}::text IS NULL OR "skuId" = ${rule.skuId})`;
  const seen = Number(row?.seen ?? 0);
  return seen > 0 && seen >= rule.minSample ? (100 * Number(row!.unseen)) / seen : null;
}

type Outcome = "fired" | "resolved";

/**
 * Applies one reading to a rule under its row lock (two workers judge it once): records the
 * reading; on firing opens an incident and announces it (`slo.breached` for latency rules,
 * `alert.triggered` for the others, which webhooks and the console's bell carry); on
 * resolving closes the incident and announces that. The worst value of an open incident is
 * kept. Mail goes to the rule's recipients after commit.
 */
export async function applyReading(db: Db, ruleId: string, value: number | null, now: Date): Promise<Outcome | null> {
  const result = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "AlertRule" WHERE id = ${ruleId} AND enabled FOR UPDATE`;
    const rule = await tx.alertRule.findFirst({ where: { id: ruleId, enabled: true }, select: EVALUATED });
    if (!rule) return null;
    const transition = alertTransition(rule, value, now);
    await tx.alertRule.update({
      where: { id: ruleId },
      data: { lastValue: value, lastEvaluatedAt: now, ...(transition && { state: transition === "fire" ? "firing" : "ok", stateSince: now, lastNotifiedAt: now }) },
    });
    if (value === null) return null;
    if (rule.state === "firing") {
      await tx.alertIncident.updateMany({ where: { ruleId, resolvedAt: null, peakValue: { lt: value } }, data: { peakValue: value } });
    }
    if (!transition) return null;
    const outcome: Outcome = transition === "fire" ? "fired" : "resolved";
    const incident =
      outcome === "fired"
        ? await tx.alertIncident.create({ data: { orgId: rule.orgId, ruleId, startedAt: now, startValue: value, peakValue: value }, select: { id: true } })
        : await closeIncident(tx, ruleId, value, now);
    await emitEvent(tx, { orgId: rule.orgId, type: EVENT_OF[rule.kind === "slo_breach" ? "slo" : "other"][outcome], data: eventData(rule, value, incident?.id ?? null), at: now });
    return { rule, outcome, value };
  });
  if (!result) return null;
  void mailAlert(db, result.rule, result.outcome, result.value).catch((error: unknown) => logger.warn("alert email failed", { ruleId, error: errorText(error) }));
  return result.outcome;
}

const EVENT_OF = {
  slo: { fired: "slo.breached", resolved: "slo.recovered" },
  other: { fired: "alert.triggered", resolved: "alert.resolved" },
} as const;

async function closeIncident(tx: DbTx, ruleId: string, value: number, now: Date) {
  const open = await tx.alertIncident.findFirst({ where: { ruleId, resolvedAt: null }, select: { id: true, startedAt: true }, orderBy: { startedAt: "desc" } });
  if (open) await tx.alertIncident.update({ where: { id: open.id }, data: { resolvedAt: now, endValue: value } });
  return open;
}

function eventData(rule: EvaluatedRule, value: number, incidentId: string | null) {
  return {
    alertRuleId: rule.id,
    name: rule.name,
    kind: rule.kind,
    skuId: rule.skuId,
    sku: rule.sku?.code ?? null,
    ...(rule.kind === "slo_breach" && { interactionKind: rule.interactionKind }),
    threshold: rule.threshold,
    windowMinutes: rule.kind === "seats_low" ? null : rule.windowMinutes,
    value: Math.round(value * 10) / 10,
    incidentId,
  };
}

/** The worker's pass, every minute: each enabled rule measured and judged; one rule's failure does not stop the others. */
export async function evaluateAlerts(db: Db, now = new Date()): Promise<{ evaluated: number; fired: number; resolved: number }> {
  const rules = await db.alertRule.findMany({ where: { enabled: true }, select: { id: true, orgId: true, kind: true, skuId: true, interactionKind: true, windowMinutes: true, minSample: true } });
  const counts = { evaluated: 0, fired: 0, resolved: 0 };
  for (const rule of rules) {
    try {
      const outcome = await applyReading(db, rule.id, await measureRule(db, rule, now), now);
      counts.evaluated++;
      if (outcome) counts[outcome]++;
    } catch (error) {
      logger.warn("alert rule evaluation failed", { ruleId: rule.id, error: errorText(error) });
    }
  }
  return counts;
}
