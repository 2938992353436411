import { z } from "zod";
import { schemaMessage } from "@/shared/schema-message";

/** Device groups: at most this many tags on one device. */
export const MAX_TAGS_PER_DEVICE = 20;
export const MAX_TAG_LENGTH = 32;
/** Tags filter the device list together (a device must carry every one). */
export const MAX_FILTER_TAGS = 5;
/** CSV import: several tags in one cell are separated by `;` or `|`. */
export const TAG_SEPARATORS = /[;|]/;

const TAG_PATTERN = /^[a-z0-9][a-z0-9._:-]*$/;

/** Trim and lowercase: "  Beta-Fleet " is the tag "beta-fleet". */
export const normalizeTag = (tag: string) => tag.trim().toLowerCase();

/**
 * One tag: 1–32 characters after trimming and lowercasing; lowercase letters, digits and
 * `. _ : -`, starting with a letter or digit ("eu", "beta-2026", "line:3").
 */
export const ZTag = z
  .string(schemaMessage("Tags are strings."))
  .transform(normalizeTag)
  .pipe(
    z
      .string()
      .min(1, schemaMessage("Tag is empty."))
      .max(MAX_TAG_LENGTH, schemaMessage(`Tags are at most ${MAX_TAG_LENGTH} characters.`))
      .regex(TAG_PATTERN, schemaMessage("Tags start with a letter or digit and use only letters, digits and . _ : -")),
  );

/** A device's tags: normalised, duplicates dropped, at most 20. */
export const ZTagList = z
  .array(ZTag, schemaMessage("tags must be an array of strings."))
  .max(MAX_TAGS_PER_DEVICE * 5, schemaMessage(`A device has at most ${MAX_TAGS_PER_DEVICE} tags.`))
  .transform((tags) => [...new Set(tags)])
  .pipe(z.array(z.string()).max(MAX_TAGS_PER_DEVICE, schemaMessage(`A device has at most ${MAX_TAGS_PER_DEVICE} tags.`)));

/** Tags to add or remove in one call: at least one. */
export const ZTagChange = ZTagList.pipe(z.array(z.string()).min(1, schemaMessage("Give at least one tag.")));

/** Splits a CSV cell ("eu; beta|line:3") into its tags (not yet validated). */
export const splitTagCell = (cell: string): string[] =>
  cell
    .split(TAG_SEPARATORS)
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0);

/** The first problem with a list of tags, or null when ZTagList accepts it. */
export function tagListProblem(tags: string[]): string | null {
  const parsed = ZTagList.safeParse(tags);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? "Tags are not valid.");
}
