import "server-only";
import { z } from "zod";
import type { Db, DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit, type Actor } from "@/server/modules/audit/record-audit";
import { ALERT_KIND_INFO, ALERT_LIMITS, ALERT_RULE_KINDS } from "@/shared/alerts";
import { schemaMessage } from "@/shared/schema-message";

const int = (name: string, { min, max }: { min: number; max: number }) =>
  z
    .number(schemaMessage(`${name} must be a whole number.`))
    .int(schemaMessage(`${name} must be a whole number.`))
    .min(min, schemaMessage(`${name} is at least ${min.toLocaleString("en-US")}.`))
    .max(max, schemaMessage(`${name} is at most ${max.toLocaleString("en-US")}.`));

const common = {
  name: z.string().trim().min(1, schemaMessage("Give the rule a name.")).max(80, schemaMessage("The name is at most 80 characters.")),
  minIntervalMinutes: int("The minimum interval", ALERT_LIMITS.minIntervalMinutes),
  emailUserIds: z
    .array(z.string().min(1).max(64))
    .max(ALERT_LIMITS.recipients, schemaMessage(`At most ${ALERT_LIMITS.recipients} members are mailed.`))
    .transform((ids) => [...new Set(ids)]),
};
const skuId = z.string().min(1).max(64).nullable();

/** A rule as created or edited: each kind has its own fields; the ones a kind has not are not accepted. */
export const ZAlertRuleInput = z.discriminatedUnion(
  "kind",
  [
    z.object({
      kind: z.literal("slo_breach"),
      ...common,
      skuId,
      interactionKind: z.enum(["voice", "video"], schemaMessage("interactionKind is voice or video.")),
      threshold: int("The p95 threshold (ms)", ALERT_LIMITS.thresholdMs),
      windowMinutes: int("The window (minutes)", ALERT_LIMITS.windowMinutes),
      minSample: int("The least number of interactions", ALERT_LIMITS.minSample),
    }),
    z.object({ kind: z.literal("seats_low"), ...common, threshold: int("The seats-used threshold (%)", ALERT_LIMITS.percent) }),
    z.object({
      kind: z.literal("offline_spike"),
      ...common,
      skuId,
      threshold: int("The offline share (%)", ALERT_LIMITS.percent),
      windowMinutes: int("The unseen time (minutes)", ALERT_LIMITS.windowMinutes),
      minSample: int("The least number of devices", ALERT_LIMITS.minSample),
    }),
  ],
  schemaMessage(`kind is one of ${ALERT_RULE_KINDS.join(", ")}.`),
);
export type AlertRuleInput = z.infer<typeof ZAlertRuleInput>;

export const ALERT_RULE_SELECT = {
  id: true,
  name: true,
  kind: true,
  skuId: true,
  sku: { select: { code: true } },
  interactionKind: true,
  threshold: true,
  windowMinutes: true,
  minSample: true,
  minIntervalMinutes: true,
  emailUserIds: true,
  enabled: true,
  state: true,
  stateSince: true,
  lastValue: true,
  lastEvaluatedAt: true,
  createdAt: true,
} as const;

/** The columns of a rule as stored: fields a kind does not use are stored empty. */
function ruleColumns(input: AlertRuleInput) {
  return {
    name: input.name,
    kind: input.kind,
    skuId: input.kind === "seats_low" ? null : input.skuId,
    interactionKind: input.kind === "slo_breach" ? input.interactionKind : null,
    threshold: input.threshold,
    windowMinutes: input.kind === "seats_low" ? 0 : input.windowMinutes,
    minSample: input.kind === "seats_low" ? 0 : input.minSample,
    minIntervalMinutes: input.minIntervalMinutes,
    emailUserIds: input.emailUserIds,
  };
}

/** Refuses a SKU or recipient of another organization (or none): both are named in the error. */
async function checkReferences(tx: DbTx, orgId: string, input: AlertRuleInput) {
  const sku = input.kind === "seats_low" ? null : input.skuId;
  if (sku && !(await tx.sku.findFirst({ where: { id: sku, orgId }, select: { id: true } }))) {
    throw new AppError("BAD_REQUEST", "skuId: no such SKU in this organization.", { reason: "SKU_NOT_FOUND" });
  }
  const members = await tx.membership.findMany({ where: { orgId, userId: { in: input.emailUserIds } }, select: { userId: true } });
  if (members.length !== input.emailUserIds.length) {
    throw new AppError("BAD_REQUEST", "emailUserIds: every recipient must be a member of this organization.", { reason: "INVALID_ALERT_RECIPIENT" });
  }
}

async function findRule(db: Db | DbTx, orgId: string, id: string) {
  const rule = await db.alertRule.findFirst({ where: { id, orgId }, select: { id: true, name: true, kind: true } });
  if (!rule) throw new AppError("NOT_FOUND", "Alert rule not found.", { reason: "ALERT_RULE_NOT_FOUND" });
  return rule;
}

const auditOf = (input: AlertRuleInput) => ({ ...ruleColumns(input), kindLabel: ALERT_KIND_INFO[input.kind].label });

export async function createAlertRule(db: Db, orgId: string, actor: Actor, input: AlertRuleInput) {
  return db.$transaction(async (tx) => {
    // Counted under the organization's row lock, so two creations cannot both pass the limit.
    await tx.$queryRaw`SELECT 1 FROM "Organization" WHERE id = ${orgId} FOR UPDATE`;
    if ((await tx.alertRule.count({ where: { orgId } })) >= ALERT_LIMITS.rulesPerOrg) {
      throw new AppError("BAD_REQUEST", `An organization has at most ${ALERT_LIMITS.rulesPerOrg} alert rules: delete one first.`, { reason: "ALERT_RULE_LIMIT" });
    }
    await checkReferences(tx, orgId, input);
    const rule = await tx.alertRule.create({ data: { orgId, ...ruleColumns(input) }, select: ALERT_RULE_SELECT });
    await recordAudit(tx, { orgId, actor, action: "alert_rule.created", targetType: "alertRule", targetId: rule.id, metadata: auditOf(input) });
    return rule;
  });
}

/**
 * Edits a rule; its kind cannot change (its history would stop making sense). A firing rule
 * keeps firing until its next reading judges it by the new threshold.
 */
export async function updateAlertRule(db: Db, orgId: string, actor: Actor, id: string, input: AlertRuleInput) {
  return db.$transaction(async (tx) => {
    const rule = await findRule(tx, orgId, id);
    if (rule.kind !== input.kind) throw new AppError("BAD_REQUEST", "kind: a rule's kind cannot change; create a new rule instead.", { reason: "ALERT_KIND_CHANGED" });
    await checkReferences(tx, orgId, input);
    // Its latest reading was taken by the old settings: the next one is awaited.
    const updated = await tx.alertRule.update({ where: { id }, data: { ...ruleColumns(input), lastValue: null, lastEvaluatedAt: null }, select: ALERT_RULE_SELECT });
    await recordAudit(tx, { orgId, actor, action: "alert_rule.updated", targetType: "alertRule", targetId: id, metadata: auditOf(input) });
    return updated;
  });
}

/** Turns a rule on or off; off, a firing rule is resolved quietly (no reading judges it any more). */
export async function setAlertRuleEnabled(db: Db, orgId: string, actor: Actor, id: string, enabled: boolean, now = new Date()) {
  return db.$transaction(async (tx) => {
    const rule = await findRule(tx, orgId, id);
    if (!enabled) await tx.alertIncident.updateMany({ where: { ruleId: id, resolvedAt: null }, data: { resolvedAt: now } });
    const updated = await tx.alertRule.update({ where: { id }, data: enabled ? { enabled, lastValue: null, lastEvaluatedAt: null } : { enabled, state: "ok", stateSince: now }, select: ALERT_RULE_SELECT });
    await recordAudit(tx, { orgId, actor, action: enabled ? "alert_rule.enabled" : "alert_rule.disabled", targetType: "alertRule", targetId: id, metadata: { name: rule.name } });
    return updated;
  });
}

/** Deletes a rule and its history. */
export async function deleteAlertRule(db: Db, orgId: string, actor: Actor, id: string) {
  await db.$transaction(async (tx) => {
    const rule = await findRule(tx, orgId, id);
    await tx.alertRule.delete({ where: { id } });
    await recordAudit(tx, { orgId, actor, action: "alert_rule.deleted", targetType: "alertRule", targetId: id, metadata: { name: rule.name, kind: rule.kind } });
  });
  return { id, deleted: true as const };
}

/** The organization's rules, firing ones first, then by name (at most ALERT_LIMITS.rulesPerOrg). */
export function listAlertRules(db: Db, orgId: string) {
  return db.alertRule.findMany({ where: { orgId }, select: ALERT_RULE_SELECT, orderBy: [{ state: "desc" }, { name: "asc" }, { id: "asc" }] });
}

export const ZIncidentsInput = z.object({
  ruleId: z.string().min(1).max(64),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(5).max(100).default(20),
});

/** One rule and a page of its history, newest first. */
export async function alertRuleHistory(db: Db, orgId: string, input: z.infer<typeof ZIncidentsInput>) {
  const rule = await db.alertRule.findFirst({ where: { id: input.ruleId, orgId }, select: ALERT_RULE_SELECT });
  if (!rule) throw new AppError("NOT_FOUND", "Alert rule not found.", { reason: "ALERT_RULE_NOT_FOUND" });
  const where = { ruleId: rule.id, orgId };
  const [incidents, total] = await Promise.all([
    db.alertIncident.findMany({
      where,
      select: { id: true, startedAt: true, resolvedAt: true, startValue: true, peakValue: true, endValue: true },
      orderBy: [{ startedAt: "desc" }, { id: "desc" }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
    }),
    db.alertIncident.count({ where }),
  ]);
  return { rule, incidents, total, page: input.page, pageSize: input.pageSize };
}
