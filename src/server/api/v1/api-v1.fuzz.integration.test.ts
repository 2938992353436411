/**
 * Bad input everywhere, manufacturer API: random and malformed payloads against every
 * /api/v1 procedure through the real route handler. Every answer is a 4xx in the
 * contract's envelope (never a 5xx) and nothing is written.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { GET, POST } from "@/app/api/v1/[trpc]/route";
import { findUnstorableText } from "@/lib/unstorable-text";
import { MAX_BODY_BYTES } from "@/server/api/body-limit";
import { db } from "@/server/db";
import { createKey, createOrgWithMembers } from "@/testing/factories";
import { fuzzParams, inputFromBody, isErrorEnvelope, malformedBody, mutated, wrongContentType } from "@/testing/fuzz";
import { proceduresOf } from "@/testing/router-procedures";
import { tenantRowCounts } from "@/testing/row-counts";
import { apiV1Router } from "./root";

type Reply = { status: number; body: unknown };
const PROCEDURE_INFO = proceduresOf(apiV1Router);
type Procedure = string;

let key = "";
let orgId = "";

/** A POST whose body streams in 64 KB chunks with no content-length, as a chunked upload arrives. */
function chunkedPost(path: string, text: string): Request {
  const bytes = Buffer.from(text);
  let offset = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, (offset += 65_536)));
    },
  });
  // Node needs `duplex` for a streamed body; the DOM typings do not know it.
  const init: RequestInit & { duplex: "half" } = { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body, duplex: "half" };
  return new Request(`http://localhost/api/v1/${path}`, init);
}

async function send(path: string, init: { method: "GET" | "POST"; body?: string; query?: string; contentType?: string; headers?: Record<string, string> }): Promise<Reply> {
  const headers = new Headers(init.headers);
  headers.set("authorization", `Bearer ${key}`);
  if (init.contentType !== undefined) headers.set("content-type", init.contentType);
  const request = new Request(`http://localhost/api/v1/${path}${init.query ?? ""}`, { method: init.method, headers, body: init.body });
  const response = await (init.method === "POST" ? POST(request) : GET(request));
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) };
  } catch {
    return { status: response.status, body: text };
  }
}

/** The procedure's own input schema (null: it takes no input and ignores any). */
function inputSchema(procedure: Procedure): z.ZodType | null {
  return PROCEDURE_INFO[procedure]!.inputs.at(-1) ?? null;
}

function acceptable(procedure: Procedure, input: unknown): boolean {
  const schema = inputSchema(procedure);
  return (schema ? schema.safeParse(input).success : true) && !findUnstorableText(input);
}

function expectRefused(reply: Reply, context: string, statuses: number[]) {
  expect(reply.status, `${context} → ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`).toBeOneOf(statuses);
  expect(isErrorEnvelope(reply.body, reply.status), `${context}: not the error envelope: ${JSON.stringify(reply.body).slice(0, 300)}`).toBe(true);
}

const CAPABILITIES = { camera: true, mic: true, speaker: true, screen: false };
/** Valid inputs; ids name nothing, so even an accepted call cannot write (except skus.create and webhooks.create). */
const VALID: Record<Procedure, Record<string, unknown>> = {
  me: {},
  "catalog.list": {},
  "skus.create": { name: "Fuzz", code: "FUZZ-1", kind: "toy", capabilities: CAPABILITIES },
  "skus.list": { includeArchived: true },
  "skus.publishConfig": { skuId: "sku_missing", agents: [{ agentId: "story-teller", settings: { length: "short" }, tools: [] }] },
  "devices.register": { skuId: "sku_missing", serials: ["FZ-1", "FZ-2"] },
  "devices.setStatus": { deviceId: "dev_missing", status: "suspended" },
  "devices.revokeSessions": { deviceId: "dev_missing" },
  "devices.list": { limit: 10, status: "active", search: "FZ", tags: ["eu"] },
  "devices.setTags": { deviceId: "dev_missing", tags: ["eu"] },
  "devices.addTags": { deviceIds: ["dev_missing"], tags: ["eu"] },
  "devices.removeTags": { deviceIds: ["dev_missing"], tags: ["eu"] },
  "licenses.balance": {},
  "orders.list": { limit: 10 },
  "orders.invoice": { invoiceId: "invoice_missing" },
  "rollouts.get": { rolloutId: "rollout_missing" },
  "rollouts.list": { skuId: "sku_missing", page: 1, pageSize: 20 },
  "rollouts.promote": { rolloutId: "rollout_missing" },
  "rollouts.pause": { rolloutId: "rollout_missing" },
  "rollouts.resume": { rolloutId: "rollout_missing" },
  "rollouts.abort": { rolloutId: "rollout_missing", reason: "fuzz" },
  "webhooks.create": { url: "https://hooks.example.com/anima", events: ["device.revoked"] },
  "webhooks.list": {},
  "webhooks.delete": { id: "webhook_missing" },
  "webhooks.rotateSecret": { id: "webhook_missing" },
  "webhooks.sendTest": { id: "webhook_missing" },
};
const PROCEDURES = Object.keys(PROCEDURE_INFO).sort();
const isQuery = (procedure: Procedure) => PROCEDURE_INFO[procedure]!.type === "query";

function callWith(procedure: Procedure, input: unknown): Promise<Reply> {
  const json = JSON.stringify(input) ?? "null";
  if (isQuery(procedure)) return send(procedure, { method: "GET", query: `?input=${encodeURIComponent(json)}` });
  return send(procedure, { method: "POST", body: json, contentType: "application/json" });
}

beforeAll(async () => {
  const { org } = await createOrgWithMembers();
  orgId = org.id;
  key = (await createKey(org.id, ["*"])).key;
});

describe("manufacturer API under bad input (route handler)", () => {
  let before: Record<string, number>;
  beforeAll(async () => {
    before = await tenantRowCounts(db, [orgId]);
  });

  it("classifies every procedure", () => {
    expect(PROCEDURES).toEqual(Object.keys(VALID).sort());
  });

  it.each(PROCEDURES.filter((procedure) => inputSchema(procedure)))("%s: hostile inputs are 400 with the validation message, never a 5xx", async (procedure) => {
    await fc.assert(
      fc.asyncProperty(mutated(VALID[procedure]!), async (input) => {
        const valid = acceptable(procedure, input);
        // A valid SKU or endpoint would be created: not this test's subject.
        fc.pre(!(valid && (procedure === "skus.create" || procedure === "webhooks.create")));
        const reply = await callWith(procedure, input);
        const context = `${procedure} ${(JSON.stringify(input) ?? "").slice(0, 200)}`;
        if (valid) expect(reply.status, context).toBeLessThan(500);
        else expectRefused(reply, context, [400]);
      }),
      fuzzParams(60),
    );
  });

  it("malformed JSON, wrong content types and the wrong method are 4xx in the envelope", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PROCEDURES), fc.constantFrom<"GET" | "POST">("GET", "POST"), fc.option(wrongContentType, { nil: undefined }), malformedBody, async (procedure, method, contentType, body) => {
        fc.pre(body !== ""); // no input at all is a valid call of the input-less procedures
        const query = method === "GET" ? `?input=${encodeURIComponent(body)}` : "";
        const reply = await send(procedure, { method, body: method === "POST" ? body : undefined, contentType, query });
        const context = `${method} ${procedure} (${contentType}) ${JSON.stringify(body).slice(0, 120)}`;
        const rightMethod = (method === "GET") === isQuery(procedure);
        // Some "malformed" bodies are an input a lenient procedure takes (unknown fields are ignored).
        const seen = inputFromBody(body, method === "POST" ? contentType : undefined);
        if (rightMethod && (!inputSchema(procedure) || (seen && acceptable(procedure, seen.value)))) {
          expect(reply.status, context).toBeLessThan(500);
        } else {
          expectRefused(reply, context, [400, 405, 415]);
        }
      }),
      fuzzParams(150),
    );
  });

  it("NUL or a lone surrogate in any text is a 400 naming the field (it used to fail the query: 500)", async () => {
    for (const text of ["a\u0000b", "\uD800"]) {
      const reply = await callWith("skus.create", { ...VALID["skus.create"], name: text });
      expectRefused(reply, `skus.create name ${JSON.stringify(text)}`, [400]);
      expect(reply.body).toMatchObject({ error: { data: { reason: "INVALID_INPUT", issues: [{ path: ["name"] }] } } });
      expectRefused(await callWith("devices.setStatus", { deviceId: text, status: "revoked" }), "setStatus", [400]);
    }
  });

  it("an oversized body is 413 before it is read; batches and unknown procedures are refused", async () => {
    const serials = Array.from({ length: 200_000 }, (_, i) => `SERIAL-${i}-${"x".repeat(10)}`);
    const body = JSON.stringify({ skuId: "sku_missing", serials });
    expect(Buffer.byteLength(body)).toBeGreaterThan(MAX_BODY_BYTES);
    const declared = { "content-length": String(Buffer.byteLength(body)) };
    expectRefused(await send("devices.register", { method: "POST", body, contentType: "application/json", headers: declared }), "oversized", [413]);
    // The same body streamed without a declared length (chunked) is counted as it arrives.
    const streamed = await POST(chunkedPost("devices.register", body));
    expect(streamed.status).toBe(413);
    expect(await streamed.json()).toMatchObject({ error: { data: { code: "PAYLOAD_TOO_LARGE" } } });
    const small = await POST(chunkedPost("devices.register", JSON.stringify({ skuId: "sku_missing", serials: ["C-1"] })));
    expect(small.status).toBe(404); // read in full and served: the SKU does not exist
    expectRefused(await send("me,me", { method: "GET", query: "?batch=1" }), "batch", [400, 404]);
    expectRefused(await send("skus.nope", { method: "POST", body: "{}", contentType: "application/json" }), "unknown", [404]);
  });

  it("wrote nothing", async () => {
    expect(await tenantRowCounts(db, [orgId])).toEqual(before);
  });
});
