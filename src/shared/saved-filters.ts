import { z } from "zod";
import { schemaMessage } from "@/shared/schema-message";

/** A user keeps at most this many saved device-list filters per organization. */
export const MAX_SAVED_FILTERS = 20;

/** The device-list URL parameters a saved filter may hold (filters and sort, never the page). */
export const SAVED_FILTER_KEYS = ["q", "sku", "status", "firmware", "seen", "tags", "sort", "dir"] as const;

export const ZSavedFilterName = z
  .string(schemaMessage("Give the filter a name."))
  .trim()
  .min(1, schemaMessage("Give the filter a name."))
  .max(60, schemaMessage("Names are at most 60 characters."));

/**
 * The saved query: a URL query string of the device list ("status=active&tags=eu"),
 * reduced to the known keys; the list validates each value again when it reads the URL.
 */
export const ZSavedFilterQuery = z
  .string()
  .max(1000, schemaMessage("This filter is too long to save."))
  .transform((raw) => {
    const given = new URLSearchParams(raw);
    const kept = new URLSearchParams();
    for (const key of SAVED_FILTER_KEYS) {
      const value = given.get(key);
      if (value) kept.set(key, value.slice(0, 200));
    }
    return kept.toString();
  })
  .pipe(z.string().min(1, schemaMessage("Set a filter before saving it.")));
