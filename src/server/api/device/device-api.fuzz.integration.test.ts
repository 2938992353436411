/**
 * Bad input everywhere, device API: random and malformed payloads against every device
 * procedure of the real gateway server over HTTP. Every answer is a 4xx in the contract's
 * envelope (never a 5xx), the process keeps serving, and nothing is written.
 */
import fc from "fast-check";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { findUnstorableText } from "@/lib/unstorable-text";
import { db } from "@/server/db";
import { bodyLimit } from "@/server/gateway-http/body-limits";
import { createGatewayServer } from "@/server/gateway-http/server";
import { grantSeats } from "@/server/modules/licenses/grant-seats";
import { validateSamples } from "@/server/modules/telemetry/ingest";
import { callerFor, createOrgWithMembers, SKU_INPUT } from "@/testing/factories";
import { fuzzParams, inputFromBody, isErrorEnvelope, malformedBody, mutated, wrongContentType } from "@/testing/fuzz";
import { proceduresOf } from "@/testing/router-procedures";
import { tenantRowCounts } from "@/testing/row-counts";
import { deviceApiRouter } from "./root";

// Hundreds of requests from one device in a few seconds are the point here, not abuse:
// the per-device limit (read when the limiter module loads) would turn them into 429s.
vi.hoisted(() => {
  process.env.GATEWAY_DEVICE_RATE_PER_MINUTE = "1000000";
});

type Procedure = "gateway.echo" | "device.boot" | "device.refresh" | "device.config" | "device.reportTelemetry";
type Reply = { status: number; body: unknown };

const server = createGatewayServer(db, { maxLagMs: Number.POSITIVE_INFINITY });
let base = "";
let token = "";
let orgId = "";

/** A plain HTTP client, as firmware would be: the body is sent exactly as given. */
async function send(procedure: string, init: { method?: string; body?: string; query?: string; contentType?: string; token?: string } = {}): Promise<Reply> {
  const headers: Record<string, string> = {};
  if (init.contentType !== undefined) headers["content-type"] = init.contentType;
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  const url = `${base}/trpc/${procedure}${init.query ?? ""}`;
  const response = await fetch(url, { method: init.method ?? "POST", headers, body: init.body });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // left as text: the assertion below reports it
  }
  return { status: response.status, body };
}

/** The input as the procedure's own validation sees it, for the oracle below. */
function inputSchema(procedure: Procedure): z.ZodType {
  const parser = proceduresOf(deviceApiRouter)[procedure]?.inputs.at(-1);
  if (!parser) throw new Error(`${procedure} has no input parser`);
  return parser;
}

/** Would the procedure accept this input (then a 4xx is not guaranteed)? */
function acceptable(procedure: Procedure, input: unknown): boolean {
  const parsed = inputSchema(procedure).safeParse(input);
  if (!parsed.success || findUnstorableText(input)) return false;
  if (procedure !== "device.reportTelemetry") return true;
  try {
    validateSamples((parsed.data as { samples: unknown[] }).samples, new Date());
    return true;
  } catch {
    return false;
  }
}

function expectRefused(reply: Reply, context: string, statuses: number[] = [400, 413]) {
  expect(reply.status, `${context} → ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`).toBeOneOf(statuses);
  expect(isErrorEnvelope(reply.body, reply.status), `${context}: not the error envelope: ${JSON.stringify(reply.body).slice(0, 300)}`).toBe(true);
}

const VALID: Record<Procedure, () => Record<string, unknown>> = {
  "gateway.echo": () => ({ message: "hello" }),
  "device.boot": () => ({ deviceId: "dev_unknown_fuzz", secret: "s3cret", firmware: "1.0.0", configVersion: 1 }),
  "device.refresh": () => ({}),
  "device.config": () => ({ configVersion: 1 }),
  "device.reportTelemetry": () => ({ batchId: crypto.randomUUID(), samples: [{ at: new Date().toISOString(), kind: "voice", e2eMs: 800 }] }),
};
const PROCEDURES = Object.keys(VALID) as Procedure[];
const IS_QUERY: Record<Procedure, boolean> = { "gateway.echo": false, "device.boot": false, "device.refresh": false, "device.config": true, "device.reportTelemetry": false };

/** Sends `input` the way the contract says (query string for queries, JSON body for mutations). */
function callWith(procedure: Procedure, input: unknown): Promise<Reply> {
  const json = JSON.stringify(input) ?? "null";
  const auth = procedure.startsWith("device.") && procedure !== "device.boot" ? token : undefined;
  if (IS_QUERY[procedure]) return send(procedure, { method: "GET", query: `?input=${encodeURIComponent(json)}`, token: auth });
  return send(procedure, { body: json, contentType: "application/json", token: auth });
}

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { org, owner } = await createOrgWithMembers();
  orgId = org.id;
  const caller = callerFor(owner.id);
  const sku = await caller.sku.create({ orgSlug: org.slug, ...SKU_INPUT });
  const { devices } = await caller.device.register({ orgSlug: org.slug, skuId: sku.id, devices: [{ serial: "FUZZ-1" }] });
  await grantSeats(db, org.id, { type: "system", label: "test" }, { seats: 1, reason: "fuzz tests" });
  await caller.skuConfig.saveDraft({ orgSlug: org.slug, skuId: sku.id, revision: 0, lineup: { agents: [{ agentId: "story-teller" }] } });
  await caller.skuConfig.publish({ orgSlug: org.slug, skuId: sku.id, revision: 1 });
  const boot = await send("device.boot", { body: JSON.stringify({ deviceId: devices[0]!.id, secret: devices[0]!.secret }), contentType: "application/json" });
  token = (boot.body as { result: { data: { session: { token: string } } } }).result.data.session.token;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("device API under bad input (gateway over HTTP)", () => {
  let before: Record<string, number>;
  beforeAll(async () => {
    before = await tenantRowCounts(db, [orgId]);
  });

  it.each(PROCEDURES)("%s: hostile inputs are 400 (413 when oversized) with the validation message, never a 5xx", async (procedure) => {
    await fc.assert(
      fc.asyncProperty(mutated(VALID[procedure]()), async (input) => {
        const valid = acceptable(procedure, input);
        fc.pre(!(valid && procedure === "device.reportTelemetry")); // a valid batch would be stored: not this test's subject
        const json = JSON.stringify(input) ?? "null";
        const reply = await callWith(procedure, input);
        const context = `${procedure} ${json.slice(0, 200)}`;
        if (IS_QUERY[procedure] && encodeURIComponent(json).length > 8_000 && reply.status === 431) {
          // Node's HTTP parser refuses an over-long URL itself, before any handler runs.
        } else if (Buffer.byteLength(json) > bodyLimit(procedure) && !IS_QUERY[procedure]) {
          expectRefused(reply, context, [413]);
        } else if (!valid) {
          expectRefused(reply, context, [400]);
          expect((reply.body as { error: { data: { reason?: string } } }).error.data.reason, context).toBeOneOf(["INVALID_INPUT", "INVALID_SAMPLES"]);
        } else {
          expect(reply.status, context).toBeLessThan(500);
        }
      }),
      fuzzParams(procedure === "device.reportTelemetry" ? 120 : 80),
    );
  });

  it("malformed JSON, wrong content types and wrong methods are 4xx in the envelope", async () => {
    const method = fc.constantFrom("GET", "POST", "PUT", "PATCH", "DELETE");
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PROCEDURES), method, fc.option(wrongContentType, { nil: undefined }), malformedBody, async (procedure, verb, contentType, body) => {
        const auth = procedure === "device.boot" || procedure === "gateway.echo" ? undefined : token;
        const hasBody = verb !== "GET";
        fc.pre(body !== ""); // no body or `?input=` is a call without input, which a procedure may accept
        const query = hasBody ? "" : `?input=${encodeURIComponent(body)}`;
        const reply = await send(procedure, { method: verb, body: hasBody ? body : undefined, contentType, token: auth, query });
        const context = `${verb} ${procedure} (${contentType}) ${JSON.stringify(body).slice(0, 120)}`;
        // Node's HTTP parser refuses an over-long URL itself (431), before any handler runs.
        if (query.length > 8_000 && reply.status === 431) return;
        // Some "malformed" bodies are an input a lenient procedure takes (refresh ignores unknown fields).
        const seen = inputFromBody(body, hasBody ? contentType : undefined);
        if (seen && acceptable(procedure, seen.value)) expect(reply.status, context).toBeLessThan(500);
        else expectRefused(reply, context, [400, 404, 405, 413, 415]);
      }),
      fuzzParams(150),
    );
  });

  it("covers every device procedure", () => {
    expect(Object.keys(proceduresOf(deviceApiRouter)).sort()).toEqual([...PROCEDURES].sort());
  });

  it("NUL or a lone surrogate in the deviceId is a 400 naming the field (it used to fail the query: 500)", async () => {
    for (const deviceId of ["a\u0000b", "\uD800"]) {
      const reply = await callWith("device.boot", { deviceId, secret: "s" });
      expectRefused(reply, `boot ${JSON.stringify(deviceId)}`, [400]);
      expect(reply.body).toMatchObject({ error: { data: { reason: "INVALID_INPUT", issues: [{ path: ["deviceId"] }] } } });
    }
  });

  it("oversized bodies, batch calls and unknown procedures are refused in the envelope", async () => {
    const oversized = JSON.stringify({ deviceId: "d", secret: "x".repeat(bodyLimit("device.boot")) });
    expectRefused(await send("device.boot", { body: oversized, contentType: "application/json" }), "oversized boot", [413]);
    expectRefused(await send("device.boot,device.boot", { body: "{}", contentType: "application/json", query: "?batch=1" }), "batched boot", [400, 404]);
    expectRefused(await send("device.nope", { body: "{}", contentType: "application/json" }), "unknown procedure", [404]);
    expectRefused(await send("device.reportTelemetry", { body: "{}", contentType: "application/json", token: "not.a.jwt" }), "bad token", [401]);
  });

  it("wrote nothing, and the gateway still serves", async () => {
    expect(await tenantRowCounts(db, [orgId])).toEqual(before);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const refreshed = await send("device.refresh", { body: "{}", contentType: "application/json", token });
    expect(refreshed.status).toBe(200);
  });
});
