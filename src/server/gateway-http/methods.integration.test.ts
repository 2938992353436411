/**
 * HTTP methods at the gateway: each route answers its documented methods — POST for a mutation,
 * GET for a query, GET and HEAD for /healthz, /readyz and the JWKS — and anything else with 405
 * and `Allow` (the tRPC error envelope under /trpc). Never a 5xx (TRACE used to be a 500).
 */
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listeningGateway } from "@/testing/gateway-fleet";
import { rawRequest } from "@/testing/http-request";

let gateway: Awaited<ReturnType<typeof listeningGateway>>;
beforeAll(async () => {
  gateway = await listeningGateway();
});
afterAll(() => gateway.close());

const ODD = ["TRACE", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND", "PURGE", "LINK"];
const PLAIN = ["/healthz", "/readyz", "/.well-known/jwks.json"];
const MUTATIONS = ["/trpc/device.boot", "/trpc/device.refresh", "/trpc/device.reportTelemetry", "/trpc/gateway.echo"];
const QUERIES = ["/trpc/device.config"];

/** `method` on `path`, with a small JSON body for the methods that usually carry one. */
const send = (method: string, path: string) =>
  rawRequest(gateway.port, { method, path, ...(["GET", "HEAD", "TRACE"].includes(method) ? {} : { body: "{}", headers: { "content-type": "application/json" } }) });

function expectEnvelope405(reply: Awaited<ReturnType<typeof send>>, context: string, allow: string) {
  expect(reply.status, `${context}: ${reply.text}`).toBe(405);
  expect(reply.headers.allow, context).toBe(allow);
  expect(reply.json(), context).toMatchObject({ error: { message: expect.stringContaining("Unsupported"), code: -32005, data: { code: "METHOD_NOT_SUPPORTED", httpStatus: 405 } } });
}

describe("methods", () => {
  it("the plain routes answer GET and HEAD; anything else is 405 with Allow: GET, HEAD", async () => {
    for (const path of PLAIN) {
      expect((await send("GET", path)).status, path).toBe(200);
      const head = await send("HEAD", path);
      expect([head.status, head.text], path).toEqual([200, ""]);
      for (const method of [...ODD, "POST"]) {
        const reply = await send(method, path);
        expect(reply.status, `${method} ${path}: ${reply.text}`).toBe(405);
        expect(reply.headers.allow, `${method} ${path}`).toBe("GET, HEAD");
      }
    }
  });

  it("a mutation takes POST only, a query GET only: anything else is the tRPC envelope's 405 with Allow", async () => {
    for (const path of MUTATIONS) for (const method of [...ODD, "GET", "HEAD"]) {
      const reply = await send(method, path);
      if (method === "HEAD") expect([reply.status, reply.headers.allow], path).toEqual([405, "POST"]);
      else expectEnvelope405(reply, `${method} ${path}`, "POST");
    }
    for (const path of QUERIES) for (const method of [...ODD, "POST", "HEAD"]) {
      const reply = await send(method, path);
      if (method === "HEAD") expect([reply.status, reply.headers.allow], path).toEqual([405, "GET"]);
      else expectEnvelope405(reply, `${method} ${path}`, "GET");
    }
  });

  it("an unknown procedure or path is a 404 whatever the method", async () => {
    for (const method of [...ODD, "GET", "POST"]) {
      const procedure = await send(method, "/trpc/device.nope");
      expect(procedure.status, `${method}: ${procedure.text}`).toBe(404);
      expect(procedure.json()).toMatchObject({ error: { data: { code: "NOT_FOUND", httpStatus: 404 } } });
      expect((await send(method, "/nowhere")).status).toBe(404);
    }
  });

  it("malformed or encoded procedure paths are 4xx with any method", async () => {
    for (const path of ["/trpc/%ff", "/trpc/%", "/trpc/", "/trpc/device%2Eboot", "/trpc/device.boot%00"]) {
      for (const method of ["GET", "POST", "TRACE", "PUT"]) {
        const reply = await send(method, path);
        expect(reply.status, `${method} ${path}: ${reply.text}`).toBeGreaterThanOrEqual(400);
        expect(reply.status, `${method} ${path}: ${reply.text}`).toBeLessThan(500);
        expect(reply.json(), `${method} ${path}`).toMatchObject({ error: { data: { httpStatus: reply.status } } });
      }
    }
    // An encoded name is the procedure it decodes to, methods included.
    expectEnvelope405(await send("TRACE", "/trpc/device%2Eboot"), "TRACE encoded boot", "POST");
  });

  it("CONNECT is a 405, not a dropped connection", async () => {
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(gateway.port, "127.0.0.1", () => socket.write("CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n"));
      let text = "";
      socket.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
      socket.on("end", () => resolve(text));
      socket.on("error", reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 405 Method Not Allowed\r\n/);
    expect(answer).toMatch(/\r\nAllow: GET, HEAD, POST\r\n/);
  });

  it("the documented methods still work", async () => {
    expect((await send("POST", "/trpc/gateway.echo")).status).toBe(400); // reached the procedure: its input is missing
    expect((await rawRequest(gateway.port, { path: "/trpc/gateway.echo", body: '{"message":"hi"}', headers: { "content-type": "application/json" } })).json()).toEqual({ result: { data: { message: "hi" } } });
    expect((await send("GET", "/trpc/device.config")).status).toBe(401); // reached the procedure: no token
  });
});
