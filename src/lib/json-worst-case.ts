import { z } from "zod";

type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  maxItems?: number;
  maxLength?: number;
  format?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
};

/** Formats whose values have one length whatever the case or content. */
const FORMAT_LENGTH: Record<string, number> = { uuid: 36 };

/** The longest JSON text of a string of `length` UTF-16 units: each unit as a `\uXXXX` escape, in quotes. */
export const escapedStringBytes = (length: number) => 2 + 6 * length;

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const integerDigits = (value: number) => String(value).length;

function worst(schema: JsonSchema, path: string): number {
  if (schema.enum) return Math.max(...schema.enum.map((value) => (typeof value === "string" ? escapedStringBytes(value.length) : JSON.stringify(value).length)));
  switch (schema.type) {
    case "object": {
      // Every field set: optional ones too. Keys can be escaped like any string.
      const fields = Object.entries(schema.properties ?? {}).map(([key, value]) => escapedStringBytes(key.length) + 1 + worst(value, `${path}.${key}`));
      return 2 + sum(fields) + Math.max(0, fields.length - 1);
    }
    case "array": {
      if (schema.maxItems === undefined || !schema.items) throw new Error(`${path}: an array without a maximum length has no largest size`);
      return 2 + schema.maxItems * worst(schema.items, `${path}[]`) + Math.max(0, schema.maxItems - 1);
    }
    case "string": {
      const length = (schema.format === undefined ? undefined : FORMAT_LENGTH[schema.format]) ?? schema.maxLength;
      if (length === undefined) throw new Error(`${path}: a string without a maximum length has no largest size`);
      return escapedStringBytes(length);
    }
    case "integer": {
      if (schema.minimum === undefined || schema.maximum === undefined) throw new Error(`${path}: an integer without bounds has no largest size`);
      return Math.max(integerDigits(schema.minimum), integerDigits(schema.maximum));
    }
    case "boolean":
      return 5;
    default:
      throw new Error(`${path}: cannot bound the JSON size of ${JSON.stringify(schema).slice(0, 80)}`);
  }
}

/**
 * The largest JSON text (in bytes) of any value `schema` accepts, spelled without insignificant
 * whitespace: every field present (optional ones too), every string (keys included) at its
 * maximum length written entirely as `\uXXXX` escapes (6 bytes per UTF-16 unit, more than any
 * UTF-8 spelling), integers with their most digits. Derived from the schema's JSON Schema
 * (`z.toJSONSchema`, input side), so a body limit sized with it follows the schema. Throws for
 * anything unbounded (a string without `max`, an array without `max`, a number that is not a
 * bounded integer, an unknown value): such a schema has no largest valid body.
 * Not covered, by nature: whitespace between tokens, other spellings of a number (`6e5`,
 * `600000.0`) and unknown keys (stripped by zod, so valid) — callers add a documented slack.
 */
export function worstCaseJsonBytes(schema: z.ZodType): number {
  return worst(z.toJSONSchema(schema, { io: "input" }) as JsonSchema, "$");
}
