/** One delivery attempt against a real local receiver: what counts as delivered, and what a hostile receiver cannot do. */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPrivateAddress, vetDestination } from "./destination";
import { postJson, type PostOptions } from "./post";
import { signatureHeader, verifySignature } from "./signature";

type Received = { headers: IncomingMessage["headers"]; body: string };
const received: Received[] = [];
const routes: Record<string, (res: ServerResponse) => void> = {
  "/ok": (res) => res.end("thanks"),
  "/fail": (res) => res.writeHead(500).end("database down"),
  "/redirect": (res) => res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data" }).end(),
  "/hang": () => undefined,
  "/flood": (res) => {
    res.writeHead(200);
    const chunk = "x".repeat(64 * 1024);
    const pump = () => {
      while (res.write(chunk)) if (res.writableLength > 1 << 20) break;
    };
    pump();
    res.on("drain", pump);
  },
};
const server = createServer((req, res) => {
  let body = "";
  req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
  req.on("end", () => {
    received.push({ headers: req.headers, body });
    (routes[req.url ?? ""] ?? ((r: ServerResponse) => r.writeHead(404).end()))(res);
  });
});
let base = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

const LOCAL: PostOptions = { requireHttps: false, allowPrivate: true, timeoutMs: 2_000, maxResponseBytes: 16 * 1024 };
const body = JSON.stringify({ id: "evt_1", type: "device.revoked", createdAt: "2026-12-04T12:00:00.000Z", orgId: "o1", data: { deviceId: "d1" } });

describe("posting a webhook", () => {
  it("delivers the raw JSON body with its signature, which the receiver verifies", async () => {
    const at = new Date();
    const outcome = await postJson(`${base}/ok`, body, { "Anima-Signature": signatureHeader(["whsec_test"], body, at) }, LOCAL);
    expect(outcome).toMatchObject({ status: 200, ok: true, snippet: "thanks" });
    const last = received.at(-1)!;
    expect(last.body).toBe(body);
    expect(last.headers["content-type"]).toBe("application/json");
    expect(verifySignature(String(last.headers["anima-signature"]), "whsec_test", last.body)).toBe(true);
  });

  it("counts a 500 and a redirect as failures, keeping what the receiver said, and never follows the redirect", async () => {
    expect(await postJson(`${base}/fail`, body, {}, LOCAL)).toMatchObject({ status: 500, ok: false, snippet: "database down" });
    const count = received.length;
    const redirected = await postJson(`${base}/redirect`, body, {}, LOCAL);
    expect(redirected).toMatchObject({ status: 302, ok: false, snippet: " (redirect to http://169.254.169.254/latest/meta-data not followed)" });
    expect(received.length).toBe(count + 1);
  });

  it("gives up on a receiver that never answers, and reads only the start of a flood", async () => {
    const hung = await postJson(`${base}/hang`, body, {}, { ...LOCAL, timeoutMs: 300 });
    expect(hung).toMatchObject({ status: null, ok: false, snippet: "No answer within 0.3 s." });
    expect(hung.latencyMs).toBeLessThan(2_000);
    const flooded = await postJson(`${base}/flood`, body, {}, LOCAL);
    expect(flooded).toMatchObject({ status: 200, ok: true });
    expect(flooded.snippet.length).toBeLessThanOrEqual(500);
  });

  it("refuses private, loopback and link-local receivers unless allowed, and non-https when https is required", async () => {
    const strict = { ...LOCAL, allowPrivate: false };
    const count = received.length;
    expect(await postJson(`${base}/ok`, body, {}, strict)).toMatchObject({ status: null, ok: false, snippet: expect.stringContaining("127.0.0.1 is a private, loopback or link-local address") });
    expect(received.length).toBe(count);
    await expect(vetDestination("http://localhost:8080/hook", strict)).rejects.toThrow(/private, loopback or link-local/);
    await expect(vetDestination("http://169.254.169.254/latest", strict)).rejects.toThrow(/169\.254\.169\.254/);
    await expect(vetDestination("http://[::ffff:10.0.0.1]/hook", strict)).rejects.toThrow(/private/);
    await expect(vetDestination("http://example.com/hook", { requireHttps: true, allowPrivate: false })).rejects.toThrow("A webhook URL must use https.");
    await expect(vetDestination("ftp://example.com/hook", strict)).rejects.toThrow(/must use https/);
    await expect(vetDestination("https://user:pw@example.com/hook", strict)).rejects.toThrow(/user name or password/);
    await expect(vetDestination("not a url", strict)).rejects.toThrow("The URL is not a valid absolute URL.");
    // A public-looking name is judged by every address it resolves to, and the request goes to the one checked.
    const resolvesTo = (...addresses: string[]) => async () => addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
    await expect(vetDestination("https://hooks.example.com/x", strict, resolvesTo("10.0.0.5"))).rejects.toThrow("The host hooks.example.com resolves to 10.0.0.5");
    await expect(vetDestination("https://hooks.example.com/x", strict, resolvesTo("93.184.215.14", "fd00::1"))).rejects.toThrow(/resolves to fd00::1/);
    expect(await vetDestination("https://hooks.example.com/x", strict, resolvesTo("93.184.215.14"))).toMatchObject({ address: "93.184.215.14", family: 4 });
    await expect(vetDestination("https://nowhere.invalid/x", strict, async () => Promise.reject(new Error("ENOTFOUND")))).rejects.toThrow("The host nowhere.invalid could not be resolved.");
  });

  it("tells private addresses from public ones", () => {
    for (const address of ["10.1.2.3", "172.20.0.1", "192.168.1.1", "127.0.0.1", "169.254.169.254", "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fd00:ec2::254", "::ffff:192.168.0.1"]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
    for (const address of ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"]) expect(isPrivateAddress(address), address).toBe(false);
  });
});
