import { z } from "zod";
import { worstCaseJsonBytes } from "@/lib/json-worst-case";
import { MAX_SAMPLES_PER_BATCH, ZTelemetryBatch, ZTelemetrySample } from "@/server/modules/telemetry/ingest";

/**
 * Every device request but telemetry is small: boot's largest valid input, every string at its
 * maximum and escaped, is about 15 KB. Larger bodies are refused (413) before they are read.
 */
export const DEFAULT_BODY_BYTES = 64 * 1024;

/**
 * Slack beyond the batch's largest compact spelling, per sample: whitespace between tokens (a
 * batch pretty-printed with 4-space indentation adds about 170 bytes a sample) and numbers
 * spelled longer than their digits (`600000.0`). Plus 1 KiB for the envelope.
 */
export const TELEMETRY_SLACK_PER_SAMPLE = 256;
const ENVELOPE_SLACK = 1024;

/**
 * The contract's "Telemetry size" extension: the largest valid batch — 500 samples, every field
 * set, every string at its maximum length written as `\uXXXX` escapes, integers at their most
 * digits — is always accepted. Derived from the schemas (worstCaseJsonBytes), so a new or longer
 * field moves the limit with it; 815,336 bytes today.
 */
export const MAX_TELEMETRY_BODY_BYTES =
  worstCaseJsonBytes(ZTelemetryBatch.extend({ samples: z.array(ZTelemetrySample).max(MAX_SAMPLES_PER_BATCH) })) +
  MAX_SAMPLES_PER_BATCH * TELEMETRY_SLACK_PER_SAMPLE +
  ENVELOPE_SLACK;

const LIMITS: Record<string, number> = { "device.reportTelemetry": MAX_TELEMETRY_BODY_BYTES };

/** The largest body `procedure` accepts, in bytes: a declared length above it is refused at once, a streamed body as soon as it passes it. */
export function bodyLimit(procedure: string): number {
  return LIMITS[procedure] ?? DEFAULT_BODY_BYTES;
}
