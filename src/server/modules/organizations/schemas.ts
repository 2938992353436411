import { z } from "zod";
import { ZOrgSlug } from "@/shared/slug";

export const ZOrgName = z
  .string({ message: "Enter an organization name." })
  .trim()
  .min(2, { message: "Organization names need at least 2 characters." })
  .max(80, { message: "Organization names are at most 80 characters." });

export const ZCreateOrgInput = z.object({ name: ZOrgName, slug: ZOrgSlug.optional() });
export type TCreateOrgInput = z.infer<typeof ZCreateOrgInput>;

export const ZUpdateOrgInput = z.object({ name: ZOrgName.optional(), slug: ZOrgSlug.optional() });
export type TUpdateOrgInput = z.infer<typeof ZUpdateOrgInput>;
