import "server-only";
import { z } from "zod";
import type { Db } from "@/server/db";
import { env, onEmbeddedDatabase } from "@/server/env";
import { AppError } from "@/server/errors";
import { recordAudit, type Actor } from "@/server/modules/audit/record-audit";
import { eventId } from "@/server/modules/events/emit";
import { EVENT_TYPE_NAMES } from "@/shared/events";
import { checkUrlShape, type DestinationPolicy } from "./destination";
import { endpointSecret } from "./secrets";
import { schemaMessage } from "@/shared/schema-message";

/** An organization's webhook endpoints at most (more is a 400, nothing stored). */
export const MAX_ENDPOINTS = 20;
const ROTATION_OVERLAP_MS = 24 * 3_600_000;

/**
 * Where webhooks may go: private, loopback and link-local receivers (and plain http) only
 * with WEBHOOK_ALLOW_PRIVATE_URLS=1, which the embedded database (the demo) turns on.
 */
export function destinationPolicy(): DestinationPolicy {
  const allowPrivate = env.WEBHOOK_ALLOW_PRIVATE_URLS ?? onEmbeddedDatabase();
  return { allowPrivate, requireHttps: !allowPrivate };
}

const ZEvents = z
  .array(z.enum(EVENT_TYPE_NAMES as [string, ...string[]], schemaMessage(`Unknown event type. Event types are: ${EVENT_TYPE_NAMES.join(", ")}.`)), schemaMessage("events must be a list of event types."))
  .min(1, schemaMessage("Choose at least one event type."))
  .max(EVENT_TYPE_NAMES.length)
  .transform((events) => [...new Set(events)]);

export const ZEndpointInput = z.object({
  url: z.string(schemaMessage("url is required.")).trim().min(1, schemaMessage("url is required.")).max(2048, schemaMessage("The URL is at most 2,048 characters.")),
  events: ZEvents,
  description: z.string().trim().max(200, schemaMessage("The description is at most 200 characters.")).optional(),
});

const SELECT = { id: true, url: true, events: true, description: true, enabled: true, disabledReason: true, createdAt: true, failingSince: true } as const;

function checkUrl(url: string) {
  const problem = checkUrlShape(url, destinationPolicy());
  if (problem) throw new AppError("BAD_REQUEST", `url: ${problem}`, { reason: "INVALID_WEBHOOK_URL" });
}

async function findEndpoint(db: Db, orgId: string, id: string) {
  const endpoint = await db.webhookEndpoint.findFirst({ where: { id, orgId }, select: { ...SELECT, secretVersion: true } });
  if (!endpoint) throw new AppError("NOT_FOUND", "Webhook endpoint not found.", { reason: "WEBHOOK_NOT_FOUND" });
  return endpoint;
}

/** Creates an endpoint; its signing secret is in the answer once and never again. */
export async function createEndpoint(db: Db, orgId: string, actor: Actor, input: z.infer<typeof ZEndpointInput>) {
  checkUrl(input.url);
  return db.$transaction(async (tx) => {
    // Counted under the organization's row lock, so two creations cannot both pass the limit.
    await tx.$queryRaw`SELECT 1 FROM "Organization" WHERE id = ${orgId} FOR UPDATE`;
    if ((await tx.webhookEndpoint.count({ where: { orgId } })) >= MAX_ENDPOINTS) {
      throw new AppError("BAD_REQUEST", `An organization has at most ${MAX_ENDPOINTS} webhook endpoints: delete one first.`, { reason: "WEBHOOK_LIMIT" });
    }
    const endpoint = await tx.webhookEndpoint.create({ data: { orgId, url: input.url, events: input.events, description: input.description || null }, select: SELECT });
    await recordAudit(tx, { orgId, actor, action: "webhook.created", targetType: "webhookEndpoint", targetId: endpoint.id, metadata: { url: endpoint.url, events: endpoint.events } });
    return { ...endpoint, secret: endpointSecret(endpoint.id, 1) };
  });
}

/** The organization's endpoints, oldest first (at most MAX_ENDPOINTS). */
export function listEndpoints(db: Db, orgId: string) {
  return db.webhookEndpoint.findMany({ where: { orgId }, select: SELECT, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

/** Deletes an endpoint and its delivery log; nothing more is sent to it. */
export async function deleteEndpoint(db: Db, orgId: string, actor: Actor, id: string) {
  const endpoint = await findEndpoint(db, orgId, id);
  await db.$transaction(async (tx) => {
    await tx.webhookEndpoint.delete({ where: { id: endpoint.id } });
    await recordAudit(tx, { orgId, actor, action: "webhook.deleted", targetType: "webhookEndpoint", targetId: endpoint.id, metadata: { url: endpoint.url } });
  });
  return { id: endpoint.id, deleted: true as const };
}

/** A new signing secret, shown once; the old one keeps signing beside it for 24 hours. */
export async function rotateSecret(db: Db, orgId: string, actor: Actor, id: string, now = new Date()) {
  const endpoint = await findEndpoint(db, orgId, id);
  const version = endpoint.secretVersion + 1;
  const previousSecretUntil = new Date(now.getTime() + ROTATION_OVERLAP_MS);
  await db.$transaction(async (tx) => {
    await tx.webhookEndpoint.update({ where: { id: endpoint.id }, data: { secretVersion: version, previousSecretUntil } });
    await recordAudit(tx, { orgId, actor, action: "webhook.secret_rotated", targetType: "webhookEndpoint", targetId: endpoint.id, metadata: { url: endpoint.url } });
  });
  return { id: endpoint.id, secret: endpointSecret(endpoint.id, version), previousSecretValidUntil: previousSecretUntil };
}

/** A `webhook.test` event for this endpoint alone, due at once: it shows up in the delivery log like any other. */
export async function sendTestEvent(db: Db, orgId: string, id: string, now = new Date()) {
  const endpoint = await findEndpoint(db, orgId, id);
  const event = { id: eventId(), orgId, type: "webhook.test", data: { endpointId: endpoint.id, message: "A test event from Anima." }, createdAt: now, dispatchedAt: now };
  await db.$transaction(async (tx) => {
    await tx.event.create({ data: event });
    await tx.webhookDelivery.create({ data: { orgId, endpointId: endpoint.id, eventId: event.id, nextAttemptAt: now } });
  });
  return { eventId: event.id };
}

/** Turns an endpoint on or off by hand; turning it on clears why it was off and its failure run. */
export async function setEndpointEnabled(db: Db, orgId: string, actor: Actor, id: string, enabled: boolean) {
  const endpoint = await findEndpoint(db, orgId, id);
  return db.$transaction(async (tx) => {
    const updated = await tx.webhookEndpoint.update({
      where: { id: endpoint.id },
      data: enabled ? { enabled: true, disabledReason: null, failingSince: null } : { enabled: false, disabledReason: "Disabled by hand." },
      select: SELECT,
    });
    await recordAudit(tx, { orgId, actor, action: enabled ? "webhook.enabled" : "webhook.disabled", targetType: "webhookEndpoint", targetId: endpoint.id, metadata: { url: endpoint.url } });
    return updated;
  });
}

export const ZDeliveriesInput = z.object({
  endpointId: z.string().min(1).max(64),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});

/** An endpoint's delivery log, newest first: each event, its attempts and what the receiver last said. */
export async function listDeliveries(db: Db, orgId: string, input: z.infer<typeof ZDeliveriesInput>) {
  const endpoint = await findEndpoint(db, orgId, input.endpointId);
  const where = { endpointId: endpoint.id, orgId };
  const [rows, total] = await Promise.all([
    db.webhookDelivery.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: {
        id: true, status: true, attempts: true, nextAttemptAt: true, lastAttemptAt: true, responseStatus: true, latencyMs: true, responseSnippet: true, deliveredAt: true, createdAt: true,
        event: { select: { id: true, type: true } },
      },
    }),
    db.webhookDelivery.count({ where }),
  ]);
  const items = rows.map(({ event, ...delivery }) => ({ ...delivery, eventId: event.id, eventType: event.type }));
  return { items, total, page: input.page, pageSize: input.pageSize };
}

/** Sends a delivery again now (a new attempt series with the same event id), whatever its state. */
export async function redeliver(db: Db, orgId: string, actor: Actor, deliveryId: string, now = new Date()) {
  const delivery = await db.webhookDelivery.findFirst({ where: { id: deliveryId, orgId }, select: { id: true, endpointId: true, eventId: true } });
  if (!delivery) throw new AppError("NOT_FOUND", "Delivery not found.", { reason: "WEBHOOK_NOT_FOUND" });
  await db.$transaction(async (tx) => {
    await tx.webhookDelivery.update({ where: { id: delivery.id }, data: { status: "pending", attempts: 0, nextAttemptAt: now } });
    await recordAudit(tx, { orgId, actor, action: "webhook.redelivered", targetType: "webhookEndpoint", targetId: delivery.endpointId, metadata: { eventId: delivery.eventId } });
  });
  return { id: delivery.id, status: "pending" as const };
}
