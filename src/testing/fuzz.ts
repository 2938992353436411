/**
 * fast-check settings and hostile payloads shared by the fuzz tests. Runs are seeded: CI
 * repeats the same cases (FUZZ_SEED overrides, e.g. to replay a failure); locally each run
 * explores new ones. fast-check prints the seed and path of any failure, so every failure
 * can be replayed with FUZZ_SEED=<seed>.
 */
import fc from "fast-check";

const DEFAULT_CI_SEED = 20_260_401;

function fuzzSeed(): number {
  if (process.env.FUZZ_SEED) return Number(process.env.FUZZ_SEED);
  return process.env.CI ? DEFAULT_CI_SEED : Date.now() % 2_147_483_647;
}

/** Parameters for `fc.assert`: the run's seed and a moderate number of runs. */
export function fuzzParams(numRuns: number): fc.Parameters<unknown> {
  return { seed: fuzzSeed(), numRuns };
}

/** Text that breaks naive code: NUL, lone surrogates, bidi overrides, emoji, quotes, huge. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("", " ", "\u0000", "a\u0000b", "\uD800", "x\uDFFFy", "\u202Eevil", "😀", "\uFFFF", "'; DROP TABLE \"Device\";--", "../../etc/passwd", "=cmd|' /C calc'!A0", "null", "NaN"),
  fc.integer({ min: 1_000, max: 70_000 }).map((length) => "x".repeat(length)),
);

/** Numbers JSON can carry that schemas tend to forget: negative, fractional, huge, -0. */
const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(-1, 0, -0, 1.5, 2 ** 31, 2 ** 53 + 2, -(2 ** 63), 1e308),
);

/** Any JSON value built from hostile leaves, a few levels deep. */
const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    hostileNumber,
    hostileString,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(hostileString, tie("value"), { maxKeys: 4 }),
  ),
})).value;

/** Arrays or objects nested a few dozen deep (deeper nesting is sent as raw text: `deepJsonText`). */
const nested: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 10, max: 60 }), fc.boolean(), hostileJson)
  .map(([depth, asArrays, leaf]) => {
    let value: unknown = leaf;
    for (let i = 0; i < depth; i++) value = asArrays ? [value] : { a: value };
    return value;
  });

/** Valid JSON nested thousands deep, as text (fast-check itself cannot print such values). */
const deepJsonText: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1_000, max: 20_000 }), fc.boolean())
  .map(([depth, asArrays]) => (asArrays ? `${"[".repeat(depth)}${"]".repeat(depth)}` : `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`));

/**
 * A valid input with one hostile change: a field replaced by a hostile value or deleted,
 * extra fields added, or the whole input swapped for a wrong type.
 */
export function mutated(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid);
  const whole = [
    fc.dictionary(hostileString, hostileJson, { minKeys: 1, maxKeys: 3 }).map((extra) => ({ ...valid, ...extra })),
    hostileJson,
    nested,
  ];
  if (keys.length === 0) return fc.oneof(...whole);
  return fc.oneof(
    fc.tuple(fc.constantFrom(...keys), hostileJson).map(([key, value]) => ({ ...valid, [key]: value })),
    fc.tuple(fc.constantFrom(...keys), nested).map(([key, value]) => ({ ...valid, [key]: value })),
    fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key))),
    ...whole,
  );
}

/** Request bodies that are not the JSON of an input at all. */
export const malformedBody: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.constantFrom("", "{", '{"deviceId": "x", ', "[1,2", "undefined", "{'a': 1}", "\uFEFF{}", '{"a":1}garbage', "\u0000", '{"__proto__": {"polluted": true}}', '{"constructor": {"prototype": {"x": 1}}}'),
  fc.integer({ min: 100, max: 20_000 }).map((depth) => "[".repeat(depth)),
  deepJsonText,
);

/** Content types a client might wrongly send with a JSON body. */
export const wrongContentType = fc.constantFrom(
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/octet-stream",
  "application/json; charset=utf-16",
  "application/xml",
  "",
);

export type ErrorEnvelope = { error: { message: string; code: number; data: { code: string; httpStatus: number; reason?: string } } };

/** True when `body` is the contract's tRPC error envelope, consistent with the HTTP status. */
export function isErrorEnvelope(body: unknown, status: number): body is ErrorEnvelope {
  if (typeof body !== "object" || body === null || !("error" in body)) return false;
  const { error } = body as { error: Partial<ErrorEnvelope["error"]> };
  return (
    typeof error?.message === "string" &&
    error.message.length > 0 &&
    typeof error.code === "number" &&
    typeof error.data?.code === "string" &&
    error.data.httpStatus === status
  );
}

/**
 * The input a tRPC handler makes of a raw body, for the oracle: JSON when it parses, an
 * opaque object for octet-stream and form-data bodies (tRPC hands those over as objects),
 * null when it is no input at all.
 */
export function inputFromBody(body: string, contentType: string | undefined): { value: unknown } | null {
  if (contentType && /^(application\/octet-stream|multipart\/form-data)/.test(contentType)) return { value: {} };
  try {
    return { value: JSON.parse(body) };
  } catch {
    return null;
  }
}
