/**
 * The C device client (clients/c) against the real gateway: builds it with CMake, runs its
 * ctest harness (unit + fuzz, plain and under ASan/UBSan), then drives the `anima-device` CLI
 * over HTTP — boot with a secret (token verified against the JWKS), a wrong secret, telemetry,
 * key mode with a key file made by `anima-device keygen`, a 429 with Retry-After honoured, and a
 * JWKS that does not match the token. No run may print a device secret.
 *
 * Needs cmake, pkg-config, libcurl, libsodium and cJSON (Debian packages; .ci/run installs them).
 * Skipped only where they are missing outside CI.
 */
import { spawn, spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createRemoteJWKSet, jwtVerify } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicUrl } from "@/server/env";
import { bootableFleet, listeningGateway } from "@/testing/gateway-fleet";

const SOURCE_DIR = import.meta.dirname;

function toolchainMissing(): string | null {
  if (spawnSync("cmake", ["--version"]).status !== 0) return "cmake";
  const libs = ["libsodium", "libcurl", "libcjson"];
  const pkg = spawnSync("pkg-config", ["--exists", ...libs]);
  return pkg.status === 0 ? null : `pkg-config or one of ${libs.join(", ")}`;
}

const missing = toolchainMissing();
// CI must build it: only a local machine without the packages may skip.
const describeC = missing && !process.env.CI ? describe.skip : describe;
if (missing && !process.env.CI) console.warn(`clients/c: skipped, ${missing} not installed (apt-get install cmake pkg-config libcurl4-openssl-dev libsodium-dev libcjson-dev)`);

type Run = { code: number | null; stdout: string; stderr: string; ms: number };

/** Runs a command without blocking the event loop (the gateway answers from this process). */
function run(command: string, args: string[], options: { cwd?: string } = {}): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }));
  });
}

async function mustRun(command: string, args: string[], options: { cwd?: string } = {}): Promise<Run> {
  const result = await run(command, args, options);
  if (result.code !== 0) throw new Error(`${command} ${args.join(" ")} exited ${result.code}\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
  return result;
}

type BootOutput = { deviceId: string; orgId: string; configVersion: number; config: unknown; session: { token: string; expiresIn: number }; serverTime: string; refreshAfter: number };

/** A stand-in in front of the gateway: a 429 for the first boot, or a JWKS with other keys; everything else proxied. */
function stubGateway(upstream: string, mode: "429-once" | "foreign-jwks") {
  const boots: number[] = [];
  const foreign = generateKeyPairSync("ed25519").publicKey.export({ format: "jwk" }).x;
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.url === "/trpc/device.boot") boots.push(Date.now());
    if (mode === "429-once" && req.url === "/trpc/device.boot" && boots.length === 1) {
      res.writeHead(429, { "content-type": "application/json", "retry-after": "1" });
      res.end(JSON.stringify({ error: { message: "Too many requests.", code: -32029, data: { code: "TOO_MANY_REQUESTS", httpStatus: 429, reason: "RATE_LIMITED" } } }));
      return;
    }
    const headers: Record<string, string> = {};
    for (const name of ["content-type", "authorization"]) if (typeof req.headers[name] === "string") headers[name] = req.headers[name];
    const answer = await fetch(`${upstream}${req.url ?? "/"}`, { method: req.method, headers, body: req.method === "POST" ? Buffer.concat(chunks) : undefined });
    let body = await answer.text();
    if (mode === "foreign-jwks" && req.url === "/.well-known/jwks.json") {
      const jwks = JSON.parse(body) as { keys: Record<string, string>[] };
      body = JSON.stringify({ keys: jwks.keys.map((key) => ({ ...key, x: foreign })) });
    }
    res.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "application/json" });
    res.end(body);
  };
  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      res.writeHead(502);
      res.end();
    });
  });
  return {
    boots,
    listen: () => new Promise<string>((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describeC(missing && !process.env.CI ? `C device client (clients/c): skipped, ${missing} not installed` : "C device client (clients/c) against the real gateway", () => {
  let buildDir = "";
  let cli = "";
  let gateway: Awaited<ReturnType<typeof listeningGateway>>;
  let base = "";
  const secrets: string[] = [];

  /** Runs anima-device and checks that no device secret reached its output. */
  async function device(args: string[]): Promise<Run> {
    const result = await run(cli, args);
    for (const secret of secrets) expect(result.stdout + result.stderr, "a device secret in anima-device's output").not.toContain(secret);
    return result;
  }

  beforeAll(async () => {
    buildDir = await mkdtemp(path.join(tmpdir(), "anima-c-"));
    await mustRun("cmake", ["-S", SOURCE_DIR, "-B", buildDir, "-DCMAKE_BUILD_TYPE=RelWithDebInfo"]);
    await mustRun("cmake", ["--build", buildDir, "--parallel", "2"]);
    cli = path.join(buildDir, "anima-device");
    gateway = await listeningGateway();
    base = `http://127.0.0.1:${gateway.port}`;
  });

  afterAll(async () => {
    await gateway?.close();
    if (buildDir) await rm(buildDir, { recursive: true, force: true });
  });

  it("passes its own harness under ctest: unit checks and the deterministic fuzz cases, plain and with ASan/UBSan", async () => {
    const ctest = await run("ctest", ["--test-dir", buildDir, "--output-on-failure"]);
    expect(ctest.code, ctest.stdout + ctest.stderr).toBe(0);
    expect(ctest.stdout).toMatch(/100% tests passed, 0 tests failed out of 4/);
  });

  it("boots with a secret: exit 0, the boot output JSON with a token that verifies; a wrong secret exits 3 with INVALID_CREDENTIALS; telemetry is accepted; config and refresh with the token", async () => {
    const { devices } = await bootableFleet(2);
    const device1 = devices[0]!;
    const device2 = devices[1]!;
    secrets.push(device1.secret, device2.secret);

    const boot = await device(["boot", "--gateway", base, "--device-id", device1.id, "--secret", device1.secret, "--firmware", "1.4.2", "--issuer", publicUrl(), "--audience", "anima-realtime"]);
    expect(boot.code, boot.stderr).toBe(0);
    const output = JSON.parse(boot.stdout) as BootOutput;
    expect(output).toMatchObject({ deviceId: device1.id, configVersion: 1, session: { expiresIn: expect.any(Number) }, refreshAfter: expect.any(Number) });
    expect(output.config).not.toBeNull();
    // The same token verifies with jose against the same JWKS: the C verifier and the gateway agree.
    const { payload } = await jwtVerify(output.session.token, createRemoteJWKSet(new URL(`${base}/.well-known/jwks.json`)), { audience: "anima-realtime" });
    expect(payload.sub).toBe(device1.id);

    const wrong = await device(["boot", "--gateway", base, "--device-id", device2.id, "--secret", `${device1.secret}x`]);
    expect(wrong.code).toBe(3);
    expect(wrong.stdout).toBe("");
    expect(wrong.stderr).toMatch(/boot refused: INVALID_CREDENTIALS \(UNAUTHORIZED, HTTP 401\)/);
    secrets.push(`${device1.secret}x`);

    const telemetry = await device(["telemetry", "--gateway", base, "--token", output.session.token, "--samples", "5"]);
    expect(telemetry.code, telemetry.stderr).toBe(0);
    expect(JSON.parse(telemetry.stdout)).toEqual({ accepted: 5, duplicate: false });

    const current = await device(["config", "--gateway", base, "--token", output.session.token, "--config-version", String(output.configVersion)]);
    expect(current.code, current.stderr).toBe(0);
    expect(JSON.parse(current.stdout)).toEqual({ configVersion: output.configVersion, config: null });
    const fetched = await device(["config", "--gateway", base, "--token", output.session.token]);
    expect(JSON.parse(fetched.stdout)).toEqual({ configVersion: output.configVersion, config: output.config });

    const refresh = await device(["refresh", "--gateway", base, "--token", output.session.token, "--device-id", device1.id]);
    expect(refresh.code, refresh.stderr).toBe(0);
    expect(JSON.parse(refresh.stdout)).toMatchObject({ configVersion: 1, session: { token: expect.any(String) } });
  });

  it("key mode: a key made by anima-device keygen, registered by its public key, boots with --key-file (no secret on the wire)", async () => {
    const { org, caller, sku } = await bootableFleet(1, 2);
    const keyFile = path.join(buildDir, "device.key");
    const keygen = await device(["keygen", "--key-file", keyFile]);
    expect(keygen.code, keygen.stderr).toBe(0);
    const { publicKey } = JSON.parse(keygen.stdout) as { publicKey: string };
    const registered = await caller.device.registerWithKeys({ orgSlug: org.slug, skuId: sku.id, devices: [{ serial: "C-KEY-1", publicKey }] });
    const deviceId = registered.devices[0]!.id;

    const boot = await device(["boot", "--gateway", base, "--device-id", deviceId, "--key-file", keyFile, "--firmware", "1.4.2"]);
    expect(boot.code, boot.stderr).toBe(0);
    expect(JSON.parse(boot.stdout)).toMatchObject({ deviceId, session: { token: expect.any(String) } });

    // Another device's key is refused like a wrong secret.
    const otherKey = path.join(buildDir, "other.key");
    expect((await device(["keygen", "--key-file", otherKey])).code).toBe(0);
    const impostor = await device(["boot", "--gateway", base, "--device-id", deviceId, "--key-file", otherKey]);
    expect(impostor.code).toBe(3);
    expect(impostor.stderr).toContain("INVALID_CREDENTIALS");
  });

  /** Boots a fresh device through a stub in front of the gateway; the stub's record of boot requests too. */
  async function bootThroughStub(mode: Parameters<typeof stubGateway>[1]) {
    const { devices } = await bootableFleet(1);
    const device1 = devices[0]!;
    secrets.push(device1.secret);
    const stub = stubGateway(base, mode);
    const stubBase = await stub.listen();
    try {
      const boot = await device(["boot", "--gateway", stubBase, "--device-id", device1.id, "--secret", device1.secret]);
      return { boot, boots: stub.boots, deviceId: device1.id };
    } finally {
      await stub.close();
    }
  }

  it("honours Retry-After: after a 429 with Retry-After: 1 it waits at least a second, then boots", async () => {
    const { boot, boots, deviceId } = await bootThroughStub("429-once");
    expect(boot.code, boot.stderr).toBe(0);
    expect(boots).toHaveLength(2);
    expect(boots[1]! - boots[0]!).toBeGreaterThanOrEqual(1000);
    expect(boot.stderr).toMatch(/HTTP 429 RATE_LIMITED, Retry-After 1 \(attempt 1 of 5\), retrying in \d+ ms/);
    expect((JSON.parse(boot.stdout) as BootOutput).deviceId).toBe(deviceId);
  });

  it("exits 5, printing nothing on stdout, when the token does not verify against the JWKS it is served", async () => {
    const { boot } = await bootThroughStub("foreign-jwks");
    expect(boot.code).toBe(5);
    expect(boot.stdout).toBe("");
    expect(boot.stderr).toContain("does not verify against the gateway's JWKS");
  });
});
