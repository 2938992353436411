import { z } from "zod";

export const ZOrgName = z
  .string({ message: "Enter an organization name." })
  .trim()
  .min(2, { message: "Organization names need at least 2 characters." })
  .max(80, { message: "Organization names are at most 80 characters." });

export const ZOrgSlug = z
  .string({ message: "Enter a URL slug." })
  .trim()
  .toLowerCase()
  .min(3, { message: "Slugs need at least 3 characters." })
  .max(48, { message: "Slugs are at most 48 characters." })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: "Slugs use lowercase letters, digits and single dashes, and cannot start or end with a dash.",
  });

export const ZCreateOrgInput = z.object({ name: ZOrgName, slug: ZOrgSlug.optional() });
export type TCreateOrgInput = z.infer<typeof ZCreateOrgInput>;

export const ZUpdateOrgInput = z.object({ name: ZOrgName.optional(), slug: ZOrgSlug.optional() });
export type TUpdateOrgInput = z.infer<typeof ZUpdateOrgInput>;
