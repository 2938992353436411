import { z } from "zod";
import { pageFields } from "../common.dto";

/** A webhook endpoint, never with its secret (console and `webhooks.list`). */
export const ZEndpointDto = z.object({
  id: z.string(),
  url: z.string(),
  events: z.array(z.string()),
  description: z.string().nullable(),
  enabled: z.boolean(),
  /** why it is disabled; null while enabled */
  disabledReason: z.string().nullable(),
  /** when its current run of failed deliveries began; null when the last one succeeded */
  failingSince: z.date().nullable(),
  createdAt: z.date(),
});

export const ZCreatedEndpointDto = ZEndpointDto.extend({ secret: z.string() });
export const ZRotatedSecretDto = z.object({ id: z.string(), secret: z.string(), previousSecretValidUntil: z.date() });

export const ZDeliveryPageDto = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      eventId: z.string(),
      eventType: z.string(),
      status: z.enum(["pending", "delivered", "failed"]),
      attempts: z.number().int(),
      nextAttemptAt: z.date().nullable(),
      lastAttemptAt: z.date().nullable(),
      responseStatus: z.number().int().nullable(),
      latencyMs: z.number().int().nullable(),
      responseSnippet: z.string().nullable(),
      deliveredAt: z.date().nullable(),
      createdAt: z.date(),
    }),
  ),
  ...pageFields,
});
