/**
 * Formula injection, property-tested: whatever text ends up in an exported CSV, no cell a
 * spreadsheet reads back starts with = + - @ tab or CR, and removing the guard quote gives
 * the original text back (nothing else is altered). Read back with the console's own parser.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { manifestCsv } from "@/features/devices/manifest-csv";
import { parseCsvRecords, parseDeviceCsv } from "@/features/devices/parse-device-csv";
import { fuzzParams } from "@/testing/fuzz";
import { toCsv } from "./csv";

const FORMULA_START = /^[=+\-@\t\r]/;
/** Text biased towards the characters that matter: formula starts, quotes, separators, line breaks. */
const cellText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.tuple(fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\n", '"', ",", " ", "'"), fc.string({ maxLength: 20 })).map(([start, rest]) => start + rest),
);

/** What a neutralized cell holds: the text itself, behind a guard quote when it would start a formula. */
const guarded = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

function readBack(csv: string): string[][] {
  const { records, error } = parseCsvRecords(csv);
  expect(error).toBeNull();
  return records.map((record) => record.fields);
}

describe("CSV exports neutralize formulas", () => {
  it("toCsv: no text cell starts a formula, and each one reads back as written", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cellText, cellText, fc.oneof(fc.double(), fc.constant(null))), { maxLength: 8 }), (rows) => {
        const columns = [
          { header: "label", value: (row: (typeof rows)[number]) => row[0] },
          { header: "=evil header", value: (row: (typeof rows)[number]) => row[1] },
          { header: "value", value: (row: (typeof rows)[number]) => row[2] },
        ];
        const [header, ...lines] = readBack(toCsv(columns, rows));
        expect(header).toEqual(["label", "'=evil header", "value"]);
        expect(lines).toHaveLength(rows.length);
        lines.forEach((cells, index) => {
          for (const cell of cells.slice(0, 2)) expect(FORMULA_START.test(cell), JSON.stringify(cell)).toBe(false);
          expect(cells.slice(0, 2)).toEqual([guarded(rows[index]![0]), guarded(rows[index]![1])]);
          const number = rows[index]![2];
          expect(cells[2]).toBe(number !== null && Number.isFinite(number) ? String(number) : "");
        });
      }),
      fuzzParams(300),
    );
  });

  it("manifestCsv: labels and batches are neutralized, serials, ids, secrets and tags survive byte for byte", () => {
    const safe = fc.string({ unit: fc.constantFrom(..."ABCxyz019-_"), minLength: 1, maxLength: 20 });
    // Valid tags (src/shared/device-tags.ts): a letter or digit first, so none starts a formula.
    const tag = fc
      .tuple(fc.constantFrom(..."az09"), fc.string({ unit: fc.constantFrom(..."abz09.-_:"), maxLength: 31 }))
      .map(([first, rest]) => first + rest);
    const device = fc.record({
      id: safe,
      serial: safe,
      secret: safe,
      label: fc.option(cellText, { nil: null }),
      batch: fc.option(cellText, { nil: null }),
      tags: fc.array(tag, { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(device, { maxLength: 6 }), (devices) => {
        const [, ...lines] = readBack(manifestCsv(devices));
        lines.forEach((cells, index) => {
          const { serial, id, secret, label, batch, tags } = devices[index]!;
          expect(cells.slice(0, 3)).toEqual([serial, id, secret]);
          for (const cell of cells.slice(3)) expect(FORMULA_START.test(cell)).toBe(false);
          expect(cells.slice(3)).toEqual([guarded(label ?? ""), guarded(batch ?? ""), tags.join(";")]);
        });
      }),
      fuzzParams(300),
    );
  });

  it("the device CSV parser never throws, whatever the file holds", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.array(cellText, { maxLength: 30 }).map((parts) => parts.join(","))), (text) => {
        const parsed = parseDeviceCsv(text);
        if (parsed.ok) expect(parsed.rows.every((row) => typeof row.serial === "string" && Array.isArray(row.issues))).toBe(true);
        // A refusal is a problem code the console words from its catalog (csv-issues.ts).
        else expect(parsed.error.code).toMatch(/^[a-zA-Z]+$/);
      }),
      fuzzParams(500),
    );
  });
});
