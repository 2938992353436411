import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "./client-address";
import { prepareConsoleRequest } from "./console-http";

let server: Server;
let port: number;

beforeAll(async () => {
  // What Next.js would see: the client address header, echoed back.
  server = createServer((req, res) => {
    if (prepareConsoleRequest(req, res)) res.end(JSON.stringify({ address: req.headers[CLIENT_ADDRESS_HEADER] ?? null }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function send(method: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string; allow?: string }>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method, path, headers }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, allow: res.headers.allow }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the console's HTTP front", () => {
  it("ignores X-Forwarded-For and a forged client address header when no proxy is trusted", async () => {
    delete process.env.TRUSTED_PROXIES;
    const res = await send("GET", "/", { "x-forwarded-for": "203.0.113.7", [CLIENT_ADDRESS_HEADER]: "198.51.100.1" });
    expect(JSON.parse(res.body)).toEqual({ address: "127.0.0.1" });
  });

  it("reads X-Forwarded-For through a trusted proxy", async () => {
    process.env.TRUSTED_PROXIES = "127.0.0.1";
    try {
      const res = await send("GET", "/", { "x-forwarded-for": "1.1.1.1, 203.0.113.7" });
      expect(JSON.parse(res.body)).toEqual({ address: "203.0.113.7" });
    } finally {
      delete process.env.TRUSTED_PROXIES;
    }
  });

  it("answers 405 with Allow to methods the console does not serve, 404 to malformed paths", async () => {
    for (const method of ["TRACE", "PUT", "DELETE", "PATCH", "PROPFIND"]) {
      const res = await send(method, "/o/acme");
      expect([method, res.status, res.allow]).toEqual([method, 405, "GET, HEAD, POST, OPTIONS"]);
    }
    for (const path of ["/o/%ff", "/o/%E0%A4%A", "/%", "/sign-in/%c0%af"]) expect((await send("GET", path)).status).toBe(404);
    expect((await send("GET", "/o/acme?q=%ff")).status).toBe(200); // the query string is Next's to parse
  });
});
