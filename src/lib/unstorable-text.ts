/**
 * Text the database cannot hold. PostgreSQL refuses NUL in `text` and `jsonb`, and a lone
 * UTF-16 surrogate has no UTF-8 encoding (Prisma cannot even send it). Either reaches the
 * database as an error deep inside a query — a 500 — unless it is refused at the door.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(text: string): boolean {
  return !text.includes("\u0000") && !LONE_SURROGATE.test(text);
}

export type UnstorableText = { path: (string | number)[]; message: string };

type Visit = { value: unknown; key: string | number | null; parent: Visit | null };

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Visit | null = visit; at && at.key !== null; at = at.parent) path.unshift(at.key);
  return path;
}

/**
 * The first string or object key inside `value` that the database cannot hold, with its
 * path; null when there is none. Walks with an explicit stack and builds the path only
 * when it finds something, so a hostile, deeply nested body costs linear time and cannot
 * overflow the call stack.
 */
export function findUnstorableText(value: unknown): UnstorableText | null {
  const pending: Visit[] = [{ value, key: null, parent: null }];
  while (pending.length > 0) {
    const visit = pending.pop()!;
    const current = visit.value;
    if (typeof current === "string") {
      if (!isStorableText(current)) return { path: pathOf(visit), message: "Text must be valid Unicode without NUL characters." };
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => pending.push({ value: item, key: index, parent: visit }));
    } else if (isPlainObject(current)) {
      for (const [key, item] of Object.entries(current)) {
        const child = { value: item, key, parent: visit };
        if (!isStorableText(key)) return { path: pathOf(child), message: "Field names must be valid Unicode without NUL characters." };
        pending.push(child);
      }
    }
  }
  return null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
