import { describe, expect, it } from "vitest";
import { z } from "zod";
import { escapeAllJson as escapeAll } from "@/testing/json-escape";
import { escapedStringBytes, worstCaseJsonBytes } from "./json-worst-case";

describe("worstCaseJsonBytes", () => {
  it("is exactly the size of the largest value, every string escaped, optional fields set", () => {
    const schema = z.object({
      id: z.guid(),
      name: z.string().max(8).trim().optional(),
      kind: z.enum(["a", "longer"]),
      n: z.number().int().min(-50).max(7),
      flag: z.boolean().optional(),
      list: z.array(z.object({ v: z.number().int().min(0).max(600_000) })).max(3),
    });
    const largest = { id: "00000000-0000-0000-0000-000000000000", name: "x".repeat(8), kind: "longer", n: -50, flag: false, list: [{ v: 600_000 }, { v: 600_000 }, { v: 600_000 }] };
    expect(schema.safeParse(largest).success).toBe(true);
    expect(JSON.parse(escapeAll(largest))).toEqual(largest);
    expect(worstCaseJsonBytes(schema)).toBe(Buffer.byteLength(escapeAll(largest)));
  });

  it("counts 6 bytes per UTF-16 unit: more than any UTF-8 spelling, astral characters included", () => {
    for (const text of ["é", "中", "😀", "\u2028"]) expect(escapedStringBytes(text.length)).toBeGreaterThanOrEqual(Buffer.byteLength(JSON.stringify(text)));
  });

  it("refuses a schema with no largest value", () => {
    expect(() => worstCaseJsonBytes(z.object({ s: z.string() }))).toThrow(/\$\.s: a string without a maximum length/);
    expect(() => worstCaseJsonBytes(z.object({ a: z.array(z.number().int().min(0).max(1)) }))).toThrow(/\$\.a: an array without a maximum/);
    expect(() => worstCaseJsonBytes(z.object({ n: z.number() }))).toThrow(/\$\.n/);
    expect(() => worstCaseJsonBytes(z.object({ u: z.unknown() }))).toThrow(/\$\.u/);
  });
});
