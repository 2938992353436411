/**
 * Building blocks of the routers' output schemas (each router's own DTOs sit beside it in
 * `routers/<router>.dto.ts`). Responses are explicit DTOs: `.output()` strips anything a
 * module might add by mistake (a hash, a token), never passes it on.
 */
import { z } from "zod";
import { ROLES } from "@/shared/permissions";

export const ZRole = z.enum(ROLES);

/** Free-form settings of a lineup or catalog item, keyed by setting id. */
export const ZSettingsDto = z.record(z.string(), z.unknown());

export const ZCapabilities = z.object({ camera: z.boolean(), mic: z.boolean(), speaker: z.boolean(), screen: z.boolean() });

/** The paging fields every paged list answers with, after its `items` (or `entries`). */
export const pageFields = {
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
};
