/**
 * The contract's "Telemetry size": the largest valid batch — 500 samples, every field set, every
 * string at its maximum length written as \uXXXX escapes, integers at their most digits — is
 * accepted over HTTP (fast path and tRPC adapter), padded up to the very limit; one byte more is
 * 413, and a chunked upload is refused while it streams. Other procedures keep a small limit.
 */
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { bootableFleet, listeningGateway } from "@/testing/gateway-fleet";
import { bootFrom, rawRequest } from "@/testing/http-request";
import { escapeAllJson } from "@/testing/json-escape";
import { bodyLimit, DEFAULT_BODY_BYTES, MAX_TELEMETRY_BODY_BYTES, TELEMETRY_SLACK_PER_SAMPLE } from "./body-limits";

let fast: Awaited<ReturnType<typeof listeningGateway>>;
let adapter: Awaited<ReturnType<typeof listeningGateway>>;
let token = "";
let deviceId = "";
beforeAll(async () => {
  [fast, adapter] = await Promise.all([listeningGateway(), listeningGateway({ fastPath: false })]);
  const device = (await bootableFleet(1)).devices[0]!;
  deviceId = device.id;
  const booted = await bootFrom(fast.port, { deviceId: device.id, secret: device.secret });
  token = (booted.json() as { result: { data: { session: { token: string } } } }).result.data.session.token;
});
afterAll(() => Promise.all([fast.close(), adapter.close()]));

/** 500 samples with every field at its longest: a 64-character `at` (nanoseconds and more), a 64-character agentId, the largest integers. */
function largestBatch() {
  const at = `${new Date().toISOString().slice(0, 23)}${"0".repeat(40)}Z`;
  const sample = { at, kind: "video", e2eMs: 600_000, agentId: "a".repeat(64), firstAudioMs: 600_000, asrMs: 600_000, llmMs: 600_000, ttsMs: 600_000, inputTokens: 100_000_000, outputTokens: 100_000_000, durationMs: 600_000 };
  return { batchId: crypto.randomUUID(), samples: Array.from({ length: 500 }, () => sample) };
}

const telemetry = (port: number, body: string) =>
  rawRequest(port, { path: "/trpc/device.reportTelemetry", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body });

/** Streams `{"batchId":…,"samples":[` and then samples without end (no content-length), until the gateway answers. */
function endlessUpload(port: number, giveUpAfterBytes: number): Promise<{ status: number; sentBeforeAnswer: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = request({ host: "127.0.0.1", port, method: "POST", path: "/trpc/device.reportTelemetry", agent: false, headers: { "content-type": "application/json", authorization: `Bearer ${token}` } }, (res) => {
      answered = true;
      const sentBeforeAnswer = sent;
      res.resume();
      res.on("end", () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, sentBeforeAnswer });
      });
    });
    req.on("error", (error) => !answered && reject(error));
    const chunk = Buffer.from(`${escapeAllJson(largestBatch().samples[0])},`.repeat(40));
    const pump = () => {
      while (!answered && sent < giveUpAfterBytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      if (!answered) req.end();
    };
    req.write(`{"batchId":"${crypto.randomUUID()}","samples":[`);
    pump();
  });
}

describe("telemetry body limit", () => {
  it("is the largest valid batch's compact size plus the documented slack, and far above the small procedures' limit", () => {
    const batch = largestBatch();
    const escaped = escapeAllJson(batch);
    expect(JSON.parse(escaped)).toEqual(batch);
    expect(Buffer.byteLength(escaped) + 500 * TELEMETRY_SLACK_PER_SAMPLE + 1024).toBe(MAX_TELEMETRY_BODY_BYTES);
    expect(bodyLimit("device.reportTelemetry")).toBe(MAX_TELEMETRY_BODY_BYTES);
    expect(bodyLimit("device.boot")).toBe(DEFAULT_BODY_BYTES);
  });

  it.each([
    ["fast path", () => fast.port],
    ["tRPC adapter", () => adapter.port],
  ])("%s: the largest valid batch padded to exactly the limit is stored whole; one byte more is 413", async (_name, port) => {
    const batch = largestBatch();
    const escaped = escapeAllJson(batch);
    const atLimit = escaped + " ".repeat(MAX_TELEMETRY_BODY_BYTES - Buffer.byteLength(escaped));
    const accepted = await telemetry(port(), atLimit);
    expect(accepted.status, accepted.text.slice(0, 300)).toBe(200);
    expect(accepted.json()).toEqual({ result: { data: { accepted: 500, duplicate: false } } });
    expect(await db.telemetrySample.count({ where: { deviceId, batchId: batch.batchId } })).toBe(500);

    const over = await telemetry(port(), `${atLimit} `);
    expect(over.status).toBe(413);
    expect(over.json()).toMatchObject({ error: { data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413 } } });
  });

  it("a chunked upload (no declared length) beyond the limit is refused while it streams", async () => {
    const giveUp = 64 * 1024 * 1024;
    const { status, sentBeforeAnswer } = await endlessUpload(fast.port, giveUp);
    expect(status).toBe(413);
    expect(sentBeforeAnswer).toBeLessThan(giveUp / 4);
  });

  it("boot keeps its small limit", async () => {
    const reply = await bootFrom(fast.port, { deviceId: "d", secret: "s", firmware: "x".repeat(DEFAULT_BODY_BYTES) });
    expect(reply.status).toBe(413);
  });
});
