import { z } from "zod";
import { schemaMessage } from "@/shared/schema-message";

export const SKU_KINDS = ["glasses", "toy", "recorder", "speaker", "other"] as const;

const ZCapabilities = z.object({
  camera: z.boolean(schemaMessage("capabilities.camera must be true or false.")),
  mic: z.boolean(schemaMessage("capabilities.mic must be true or false.")),
  speaker: z.boolean(schemaMessage("capabilities.speaker must be true or false.")),
  screen: z.boolean(schemaMessage("capabilities.screen must be true or false.")),
});

const ZSkuFields = z.object({
  name: z.string(schemaMessage("Enter a SKU name.")).trim().min(1, schemaMessage("Enter a SKU name.")).max(100, schemaMessage("SKU names are at most 100 characters.")),
  code: z
    .string(schemaMessage("Enter a SKU code."))
    .trim()
    .min(1, schemaMessage("Enter a SKU code."))
    .max(40, schemaMessage("SKU codes are at most 40 characters."))
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, schemaMessage("SKU codes use letters, digits, dots, dashes and underscores.")),
  kind: z.enum(SKU_KINDS, schemaMessage(`kind is one of ${SKU_KINDS.join(", ")}.`)),
  capabilities: ZCapabilities,
  hardwareRevision: z.string().trim().max(40, schemaMessage("Hardware revisions are at most 40 characters.")).nullish(),
  defaultLanguage: z
    .string()
    .trim()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, schemaMessage("Use a language tag such as en, de or zh-CN."))
    .max(35)
    .optional(),
  notes: z.string().trim().max(2000, schemaMessage("Notes are at most 2,000 characters.")).nullish(),
});

export const ZCreateSkuInput = ZSkuFields;
export type TCreateSkuInput = z.infer<typeof ZCreateSkuInput>;

export const ZUpdateSkuInput = ZSkuFields.partial().extend({ skuId: z.string().min(1).max(64) });
export type TUpdateSkuInput = z.infer<typeof ZUpdateSkuInput>;

export const ZSkuId = z.string(schemaMessage("skuId is required.")).min(1, schemaMessage("skuId is required.")).max(64);
