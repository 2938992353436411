/**
 * The number a person typed: a number when it reads as one, otherwise the text itself, so
 * the draft keeps what was typed and the server's message says what is wrong with it.
 */
export function parseTypedNumber(text: string): number | string {
  const trimmed = text.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/**
 * Splits typed text on commas into new tags, dropping blanks and tags already present. A Chinese
 * keyboard types the full-width comma (，) and the enumeration comma (、): both separate too.
 */
export function newTags(existing: readonly string[], text: string): string[] {
  const added = text
    .split(/[,，、]/)
    .map((tag) => tag.trim())
    .filter(Boolean);
  return [...new Set([...existing, ...added])];
}

/** "Language pairs" → "language pair": what one row of a repeatable field is called on its buttons. */
export function rowNoun(title: string): string {
  const lower = title.charAt(0).toLowerCase() + title.slice(1);
  return lower.endsWith("s") ? lower.slice(0, -1) : lower;
}

/** "Kids' companion, Baby journal and 3 more" */
export function listNames(names: readonly string[], shown = 2): string {
  if (names.length === 0) return "none";
  if (names.length <= shown + 1) return names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0]!;
  return `${names.slice(0, shown).join(", ")} and ${names.length - shown} more`;
}
