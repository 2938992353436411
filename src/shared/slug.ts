import { z } from "zod";
import { schemaMessage } from "@/shared/schema-message";

/** Slugs that would collide with console routes or look official. */
const RESERVED = new Set(["new", "api", "admin", "settings", "operator", "anima", "invite", "www", "app"]);

/** A URL slug derived from a name: lowercase ASCII, digits and single dashes. */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
  return slug.length >= 3 ? slug : `${slug || "org"}-team`.replace(/^-/, "");
}

export function isReservedSlug(slug: string): boolean {
  return RESERVED.has(slug);
}

/** The slug format every organization URL uses (the console derives one with `slugify`). */
export const ZOrgSlug = z
  .string(schemaMessage("Enter a URL slug."))
  .trim()
  .toLowerCase()
  .min(3, schemaMessage("Slugs need at least 3 characters."))
  .max(48, schemaMessage("Slugs are at most 48 characters."))
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, schemaMessage("Slugs use lowercase letters, digits and single dashes, and cannot start or end with a dash."));
