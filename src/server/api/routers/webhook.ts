import { z } from "zod";
import {
  createEndpoint, deleteEndpoint, listDeliveries, listEndpoints, redeliver, rotateSecret, sendTestEvent, setEndpointEnabled, ZDeliveriesInput, ZEndpointInput,
} from "@/server/modules/webhooks/endpoints";
import { ZCreatedEndpointDto, ZDeliveryPageDto, ZEndpointDto, ZRotatedSecretDto } from "./webhook.dto";
import { createTRPCRouter, orgProcedure } from "../trpc";

const ZId = z.object({ id: z.string().min(1).max(64) });

/** Settings → Webhooks (docs/webhooks.md): owners, admins and developers. */
export const webhookRouter = createTRPCRouter({
  list: orgProcedure("webhooks:manage")
    .output(z.array(ZEndpointDto))
    .query(({ ctx }) => listEndpoints(ctx.db, ctx.org.id)),
  create: orgProcedure("webhooks:manage")
    .input(ZEndpointInput)
    .output(ZCreatedEndpointDto)
    .mutation(({ ctx, input }) => createEndpoint(ctx.db, ctx.org.id, ctx.actor, input)),
  setEnabled: orgProcedure("webhooks:manage")
    .input(ZId.extend({ enabled: z.boolean() }))
    .output(ZEndpointDto)
    .mutation(({ ctx, input }) => setEndpointEnabled(ctx.db, ctx.org.id, ctx.actor, input.id, input.enabled)),
  rotateSecret: orgProcedure("webhooks:manage")
    .input(ZId)
    .output(ZRotatedSecretDto)
    .mutation(({ ctx, input }) => rotateSecret(ctx.db, ctx.org.id, ctx.actor, input.id)),
  sendTest: orgProcedure("webhooks:manage")
    .input(ZId)
    .output(z.object({ eventId: z.string() }))
    .mutation(({ ctx, input }) => sendTestEvent(ctx.db, ctx.org.id, input.id)),
  delete: orgProcedure("webhooks:manage")
    .input(ZId)
    .output(z.object({ id: z.string(), deleted: z.literal(true) }))
    .mutation(({ ctx, input }) => deleteEndpoint(ctx.db, ctx.org.id, ctx.actor, input.id)),
  deliveries: orgProcedure("webhooks:manage")
    .input(ZDeliveriesInput)
    .output(ZDeliveryPageDto)
    .query(({ ctx, input }) => listDeliveries(ctx.db, ctx.org.id, input)),
  redeliver: orgProcedure("webhooks:manage")
    .input(ZId)
    .output(z.object({ id: z.string(), status: z.literal("pending") }))
    .mutation(({ ctx, input }) => redeliver(ctx.db, ctx.org.id, ctx.actor, input.id)),
});
