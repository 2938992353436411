import "server-only";
import { z } from "zod";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { createGroupCommit } from "@/server/group-commit";
import { DAY_MS } from "@/shared/time";

const ms = z.number().int().min(0).max(600_000);
const count = z.number().int().min(0).max(100_000_000);
/** Samples older than this are refused (and rollups accept late samples up to it). */
export const MAX_SAMPLE_AGE_MS = 7 * DAY_MS;
export const MAX_FUTURE_MS = 5 * 60_000;
/** Samples one batch may hold (the contract's limit). */
export const MAX_SAMPLES_PER_BATCH = 500;

/**
 * Every field is bounded as sent (the gateway's body limit is derived from these bounds): `at`
 * to 64 characters (an RFC 3339 time with nanoseconds and an offset is 35), `agentId` to 64
 * before it is trimmed.
 */
export const ZTelemetrySample = z.object({
  at: z.iso.datetime({ offset: true }).max(64),
  kind: z.enum(["voice", "video"]),
  e2eMs: ms,
  agentId: z.string().max(64).trim().min(1).optional(),
  firstAudioMs: ms.optional(),
  asrMs: ms.optional(),
  llmMs: ms.optional(),
  ttsMs: ms.optional(),
  inputTokens: count.optional(),
  outputTokens: count.optional(),
  durationMs: ms.optional(),
});
export type TelemetrySample = z.infer<typeof ZTelemetrySample>;

/**
 * The batch envelope; each sample is checked by `validateSamples`, which names every bad index.
 * `batchId` is kept in canonical (lower-case) form: the column is text, compared byte for byte,
 * and a retry that spells the same UUID in upper case must find the stored batch.
 */
export const ZTelemetryBatch = z.object({
  batchId: z.guid("batchId must be a UUID").transform((id) => id.toLowerCase()),
  samples: z.array(z.unknown()).min(1, "A batch holds 1 to 500 samples").max(MAX_SAMPLES_PER_BATCH, "A batch holds 1 to 500 samples"),
});

export function validateSamples(samples: unknown[], now: Date): TelemetrySample[] {
  const problems: { index: number; message: string }[] = [];
  const valid: TelemetrySample[] = [];
  samples.forEach((raw, index) => {
    const parsed = ZTelemetrySample.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      problems.push({ index, message: `${[...issue.path].join(".") || "sample"}: ${issue.message}` });
      return;
    }
    const age = now.getTime() - Date.parse(parsed.data.at);
    if (age > MAX_SAMPLE_AGE_MS) problems.push({ index, message: "at: older than 7 days" });
    else if (age < -MAX_FUTURE_MS) problems.push({ index, message: "at: more than 5 minutes in the future" });
    else valid.push(parsed.data);
  });
  if (problems.length) {
    const shown = problems.slice(0, 5).map((p) => `[${p.index}] ${p.message}`).join("; ");
    throw new AppError("BAD_REQUEST", `Invalid samples at ${problems.length === 1 ? "index" : "indexes"} ${problems.map((p) => p.index).join(", ")} — nothing stored. ${shown}`, { reason: "INVALID_SAMPLES", details: {
      invalidIndexes: problems.map((p) => p.index),
      problems: problems.slice(0, 50),
    } });
  }
  return valid;
}

/** Whom the samples belong to at this moment: set by the gateway from the session token and the device record. */
export type Attribution = { orgId: string; skuId: string; deviceId: string; firmware: string | null; configVersion: number };

type Batch = { who: Attribution; batchId: string; samples: TelemetrySample[] };
export type IngestOutcome = { accepted: number; duplicate: boolean };

/** Most batches one statement stores (500 samples each at most: ≤ 100,000 rows). */
const MAX_GROUP = 200;
/** Statements in flight per process: one executing while the next group is sent. */
const CONCURRENT_WRITES = 2;
const committers = new WeakMap<Db, ReturnType<typeof createGroupCommit<Batch, IngestOutcome>>>();

/**
 * `device.reportTelemetry`: the whole batch or nothing, once per (device, batchId). Batches
 * arriving together are stored together (group commit): one statement and one commit for
 * all of them instead of one per batch, which is what ingest throughput was bound by.
 */
export async function ingestTelemetry(db: Db, who: Attribution, input: z.infer<typeof ZTelemetryBatch>, now = new Date()): Promise<IngestOutcome> {
  const samples = validateSamples(input.samples, now);
  let committer = committers.get(db);
  if (!committer) {
    committer = createGroupCommit((group: Batch[]) => storeBatches(db, group, new Date()), { maxGroup: MAX_GROUP, concurrency: CONCURRENT_WRITES });
    committers.set(db, committer);
  }
  return committer.submit({ who, batchId: input.batchId, samples });
}

/**
 * One statement for a group of batches: each batch row is the idempotency key, and a
 * batch's samples are inserted only when its row is new (`unnest` of column arrays, one
 * round trip whatever the size). A batch sent twice in the same group is stored once.
 */
async function storeBatches(db: Db, group: Batch[], receivedAt: Date): Promise<IngestOutcome[]> {
  const firsts = new Map<string, number>();
  group.forEach((b, i) => {
    const key = `${b.who.deviceId} ${b.batchId}`;
    if (!firsts.has(key)) firsts.set(key, i);
  });
  const firstIndexes = [...firsts.values()];
  const unique = firstIndexes.map((i) => group[i]!);
  const batchColumn = <T>(pick: (b: Batch) => T) => unique.map(pick);
  const samples = unique.flatMap((b, n) => b.samples.map((s) => ({ n: n + 1, s })));
  const column = <T>(pick: (s: TelemetrySample) => T) => samples.map(({ s }) => pick(s));
  const stored = await db.$queryRaw<{ n: bigint }[]>`
    WITH incoming AS (
      SELECT * FROM unnest(${batchColumn((b) => b.who.deviceId)}::text[], ${batchColumn((b) => b.batchId)}::text[], ${batchColumn((b) => b.who.orgId)}::text[],
        ${batchColumn((b) => b.who.skuId)}::text[], ${batchColumn((b) => b.who.firmware ?? "unknown")}::text[], ${batchColumn((b) => b.who.configVersion)}::int[],
        ${batchColumn((b) => b.samples.length)}::int[]) WITH ORDINALITY AS b("deviceId", "batchId", "orgId", "skuId", firmware, "configVersion", samples, n)
    ),
    incoming_sample AS (
      SELECT n, agent, kind, (at AT TIME ZONE 'UTC')::timestamp(3) AS at, e2e, first_audio, asr, llm, tts, input_tokens, output_tokens, duration
      FROM unnest(
        ${samples.map((x) => x.n)}::int[], ${column((s) => s.agentId ?? "")}::text[], ${column((s) => s.kind)}::text[], ${column((s) => s.at)}::timestamptz[],
        ${column((s) => s.e2eMs)}::int[], ${column((s) => s.firstAudioMs ?? null)}::int[], ${column((s) => s.asrMs ?? null)}::int[],
        ${column((s) => s.llmMs ?? null)}::int[], ${column((s) => s.ttsMs ?? null)}::int[], ${column((s) => s.inputTokens ?? 0)}::int[],
        ${column((s) => s.outputTokens ?? 0)}::int[], ${column((s) => s.durationMs ?? 0)}::int[]
      ) AS s(n, agent, kind, at, e2e, first_audio, asr, llm, tts, input_tokens, output_tokens, duration)
    ),
    -- The span of each batch's samples, exactly as stored: the rollup reads only the partitions it covers.
    span AS (SELECT n, min(at) AS first, max(at) AS last FROM incoming_sample GROUP BY n),
    batch AS (
      INSERT INTO "TelemetryBatch" ("deviceId", "batchId", "orgId", samples, "receivedAt", "firstSampleAt", "lastSampleAt")
      SELECT "deviceId", "batchId", "orgId", samples, ${receivedAt}, span.first, span.last FROM incoming JOIN span USING (n)
      ON CONFLICT DO NOTHING RETURNING "deviceId", "batchId"
    ),
    new_batch AS (SELECT i.* FROM incoming i JOIN batch USING ("deviceId", "batchId")),
    sample AS (
      INSERT INTO "TelemetrySample" ("orgId", "skuId", "deviceId", "batchId", firmware, "configVersion", "agentId", kind, at,
        "e2eMs", "firstAudioMs", "asrMs", "llmMs", "ttsMs", "inputTokens", "outputTokens", "durationMs")
      SELECT b."orgId", b."skuId", b."deviceId", b."batchId", b.firmware, b."configVersion", s.agent, s.kind::"InteractionKind",
        s.at, s.e2e, s.first_audio, s.asr, s.llm, s.tts, s.input_tokens, s.output_tokens, s.duration
      FROM incoming_sample s JOIN new_batch b ON b.n = s.n
    )
    SELECT n FROM new_batch`;
  // `n` is the batch's 1-based position among the unique ones.
  const storedIndexes = new Set(stored.map((row) => firstIndexes[Number(row.n) - 1]!));
  return group.map((b, i) => (storedIndexes.has(i) ? { accepted: b.samples.length, duplicate: false } : { accepted: 0, duplicate: true }));
}
