import "server-only";
import type { Db } from "@/server/db";
import { errorText } from "@/server/errors";
import { logger } from "@/server/logger";
import { recordAudit } from "@/server/modules/audit/record-audit";
import { mailOrgAdmins } from "@/server/modules/mail/org-admins";
import { postJson, type PostOptions } from "./post";
import { DISABLE_AFTER_FAILING_MS, nextAttemptAt } from "./retry";
import { signingSecrets } from "./secrets";
import { SIGNATURE_HEADER, signatureHeader } from "./signature";

/** The contract's limits on one attempt: an answer within 10 s, and at most 64 KB of it read. */
export const WEBHOOK_LIMITS = { timeoutMs: 10_000, maxResponseBytes: 64 * 1024 } as const;

/** How long a claimed delivery is held by the worker sending it before another may retry it (a crashed worker's lease). */
const LEASE_MS = 60_000;
const CLAIM = 20;

type Claimed = { id: string; orgId: string; endpointId: string; eventId: string; attempts: number };

/** The body receivers get (contract): `{ id, type, createdAt, orgId, data }`, serialized once so the signature covers exactly it. */
export function deliveryBody(event: { id: string; type: string; createdAt: Date; orgId: string; data: unknown }): string {
  return JSON.stringify({ id: event.id, type: event.type, createdAt: event.createdAt.toISOString(), orgId: event.orgId, data: event.data });
}

/** Claims due deliveries (SKIP LOCKED, leased by pushing their due time on): nobody else sends them meanwhile. */
async function claimDue(db: Db, now: Date): Promise<Claimed[]> {
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<Claimed[]>`
      SELECT id, "orgId", "endpointId", "eventId", attempts FROM "WebhookDelivery"
      WHERE status = 'pending' AND "nextAttemptAt" <= ${now} ORDER BY "nextAttemptAt" LIMIT ${CLAIM} FOR UPDATE SKIP LOCKED`;
    if (due.length > 0) {
      await tx.webhookDelivery.updateMany({ where: { id: { in: due.map((d) => d.id) } }, data: { nextAttemptAt: new Date(now.getTime() + LEASE_MS) } });
    }
    return due;
  });
}

/**
 * One attempt of a claimed delivery: signed with the endpoint's secret(s), posted under the
 * guard's limits, and recorded — delivered; or failed, to be retried with backoff until its
 * last attempt. An endpoint failing for a day is disabled and its admins are told. A delivery
 * whose endpoint was deleted or disabled meanwhile is not sent.
 */
async function attempt(db: Db, claimed: Claimed, options: PostOptions, now: Date): Promise<boolean> {
  const [endpoint, event] = await Promise.all([
    db.webhookEndpoint.findUnique({ where: { id: claimed.endpointId }, select: { id: true, url: true, enabled: true, secretVersion: true, previousSecretUntil: true, failingSince: true } }),
    db.event.findUnique({ where: { id: claimed.eventId }, select: { id: true, type: true, createdAt: true, orgId: true, data: true } }),
  ]);
  if (!endpoint || !event) return false; // deleted: its deliveries went with it
  if (!endpoint.enabled) {
    await db.webhookDelivery.update({ where: { id: claimed.id }, data: { status: "failed", nextAttemptAt: null, responseSnippet: "Not sent: the endpoint is disabled." } });
    return false;
  }
  const body = deliveryBody(event);
  const outcome = await postJson(endpoint.url, body, { [SIGNATURE_HEADER]: signatureHeader(signingSecrets(endpoint, now), body, now), "Anima-Event-Id": event.id }, options);
  const attempts = claimed.attempts + 1;
  const retryAt = outcome.ok ? null : nextAttemptAt(attempts, now);
  await db.webhookDelivery.updateMany({
    where: { id: claimed.id },
    data: {
      attempts,
      status: outcome.ok ? "delivered" : retryAt ? "pending" : "failed",
      nextAttemptAt: retryAt,
      lastAttemptAt: now,
      responseStatus: outcome.status,
      latencyMs: outcome.latencyMs,
      responseSnippet: outcome.snippet,
      deliveredAt: outcome.ok ? now : null,
    },
  });
  if (outcome.ok) {
    if (endpoint.failingSince) await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { failingSince: null } });
    return true;
  }
  const failingSince = endpoint.failingSince ?? now;
  if (!endpoint.failingSince) await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { failingSince } });
  else if (now.getTime() - failingSince.getTime() >= DISABLE_AFTER_FAILING_MS) await disableFailingEndpoint(db, claimed.orgId, endpoint.id, endpoint.url, failingSince);
  return false;
}

async function disableFailingEndpoint(db: Db, orgId: string, endpointId: string, url: string, failingSince: Date) {
  const reason = `Every delivery failed since ${failingSince.toISOString()}: disabled after a day of failures.`;
  const disabled = await db.webhookEndpoint.updateMany({ where: { id: endpointId, enabled: true }, data: { enabled: false, disabledReason: reason } });
  if (disabled.count === 0) return;
  await recordAudit(db, { orgId, actor: { type: "system", label: "webhooks" }, action: "webhook.disabled", targetType: "webhookEndpoint", targetId: endpointId, metadata: { url, reason } });
  void mailOrgAdmins(db, orgId, ({ t, org }) => ({
    subject: t("webhookDisabled.subject", { org: org.name }),
    paragraphs: [t("webhookDisabled.body", { url }), t("webhookDisabled.reason", { since: failingSince.toISOString() }), t("webhookDisabled.fix", { url: `${org.consoleUrl}/settings/webhooks` })],
  })).catch((error: unknown) => logger.warn("webhook disable email failed", { endpointId, error: errorText(error) }));
}

/** The worker's pass: sends every due delivery, a claim at a time, a few in parallel. Returns how many were delivered and failed. */
export async function deliverDue(db: Db, options: PostOptions, now = () => new Date()): Promise<{ delivered: number; failed: number }> {
  let delivered = 0;
  let failed = 0;
  for (let claimed = await claimDue(db, now()); claimed.length > 0; claimed = await claimDue(db, now())) {
    const results = await Promise.all(claimed.map((delivery) => attempt(db, delivery, options, now()).catch((error: unknown) => {
      logger.warn("webhook delivery attempt failed", { deliveryId: delivery.id, error: errorText(error) });
      return false;
    })));
    delivered += results.filter(Boolean).length;
    failed += results.filter((ok) => !ok).length;
  }
  return { delivered, failed };
}
