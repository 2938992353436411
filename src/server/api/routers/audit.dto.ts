import { z } from "zod";
import { pageFields } from "../common.dto";

export const ZAuditPageDto = z.object({
  entries: z.array(
    z.object({
      id: z.string(),
      action: z.string(),
      targetType: z.string(),
      targetId: z.string().nullable(),
      targetName: z.string().nullable(),
      metadata: z.record(z.string(), z.unknown()),
      createdAt: z.date(),
      actor: z.object({ type: z.enum(["user", "apiKey", "system"]), id: z.string().nullable(), name: z.string() }),
    }),
  ),
  ...pageFields,
});

export const ZAuditFacetsDto = z.object({
  actions: z.array(z.string()),
  actors: z.array(z.object({ id: z.string(), name: z.string() })),
});
