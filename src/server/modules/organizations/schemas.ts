import { z } from "zod";
import { ZOrgSlug } from "@/shared/slug";
import { schemaMessage } from "@/shared/schema-message";

export const ZOrgName = z
  .string(schemaMessage("Enter an organization name."))
  .trim()
  .min(2, schemaMessage("Organization names need at least 2 characters."))
  .max(80, schemaMessage("Organization names are at most 80 characters."));

export const ZCreateOrgInput = z.object({ name: ZOrgName, slug: ZOrgSlug.optional() });
export type TCreateOrgInput = z.infer<typeof ZCreateOrgInput>;

export const ZUpdateOrgInput = z.object({ name: ZOrgName.optional(), slug: ZOrgSlug.optional() });
export type TUpdateOrgInput = z.infer<typeof ZUpdateOrgInput>;
