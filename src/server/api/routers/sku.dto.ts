import { z } from "zod";
import { SKU_KINDS } from "@/shared/sku-schemas";
import { ZCapabilities } from "../common.dto";

export const ZSkuDto = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  kind: z.enum(SKU_KINDS),
  capabilities: ZCapabilities,
  hardwareRevision: z.string().nullable(),
  defaultLanguage: z.string(),
  notes: z.string().nullable(),
  archivedAt: z.date().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

const ZDeviceCounts = z.object({
  provisioned: z.number().int(),
  active: z.number().int(),
  suspended: z.number().int(),
  revoked: z.number().int(),
  total: z.number().int(),
});
export const ZSkuWithCountsDto = ZSkuDto.extend({ deviceCounts: ZDeviceCounts });
