import { z } from "zod";
import { createEndpoint, deleteEndpoint, listEndpoints, rotateSecret, sendTestEvent, ZEndpointInput } from "@/server/modules/webhooks/endpoints";
import { ZCreatedEndpointDto, ZEndpointDto, ZRotatedSecretDto } from "../routers/webhook.dto";
import { apiKeyProcedure, createApiRouter } from "../trpc";
import { schemaMessage } from "@/shared/schema-message";

const ZId = z.object({ id: z.string(schemaMessage("id is required.")).min(1, schemaMessage("id is required.")).max(64) });

/** Webhook endpoints (contract: device-api.md "Webhooks"; docs/webhooks.md), scope `webhooks:write` or `*`. */
export const webhooksApiRouter = createApiRouter({
  /** `webhooks.create` (contract): `{ id, secret }` — the secret shown this once — and the endpoint (extension). */
  create: apiKeyProcedure("webhooks:write")
    .meta({
      summary: "Create a webhook endpoint (its signing secret is shown once)",
      example: { url: "https://erp.example.com/anima/webhooks", events: ["device.activated", "order.paid"], description: "ERP sync" },
    })
    .input(ZEndpointInput)
    .output(ZCreatedEndpointDto)
    .mutation(({ ctx, input }) => createEndpoint(ctx.db, ctx.apiKey.orgId, ctx.actor, input)),

  /** `webhooks.list` (contract): the organization's endpoints, oldest first (never their secrets). */
  list: apiKeyProcedure("webhooks:write")
    .meta({ summary: "The organization's webhook endpoints (never their secrets)" })
    .output(z.object({ webhooks: z.array(ZEndpointDto) }))
    .query(async ({ ctx }) => ({ webhooks: await listEndpoints(ctx.db, ctx.apiKey.orgId) })),

  /** `webhooks.delete` (contract): nothing more is sent to it. */
  delete: apiKeyProcedure("webhooks:write")
    .meta({ summary: "Delete a webhook endpoint", example: { id: "whe_cm4x2b7k90004" } })
    .input(ZId)
    .output(z.object({ id: z.string(), deleted: z.literal(true) }))
    .mutation(({ ctx, input }) => deleteEndpoint(ctx.db, ctx.apiKey.orgId, ctx.actor, input.id)),

  /** `webhooks.rotateSecret` (extension): a new secret, shown once; the old one signs beside it for 24 h. */
  rotateSecret: apiKeyProcedure("webhooks:write")
    .meta({ summary: "A new signing secret, shown once; the old one signs beside it for 24 h", example: { id: "whe_cm4x2b7k90004" } })
    .input(ZId)
    .output(ZRotatedSecretDto)
    .mutation(({ ctx, input }) => rotateSecret(ctx.db, ctx.apiKey.orgId, ctx.actor, input.id)),

  /** `webhooks.sendTest` (extension): a `webhook.test` event to this endpoint alone. */
  sendTest: apiKeyProcedure("webhooks:write")
    .meta({ summary: "Send a `webhook.test` event to this endpoint alone", example: { id: "whe_cm4x2b7k90004" } })
    .input(ZId)
    .output(z.object({ eventId: z.string() }))
    .mutation(({ ctx, input }) => sendTestEvent(ctx.db, ctx.apiKey.orgId, input.id)),
});
