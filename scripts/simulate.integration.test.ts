/** `npm run simulate` as a maker runs it: a child process booting a virtual fleet against a real gateway, feeding the dashboards. */
import { execFile } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { GET, POST } from "@/app/api/v1/[trpc]/route";
import { db } from "@/server/db";
import { createGatewayServer } from "@/server/gateway-http/server";
import { grantSeats } from "@/server/modules/licenses/grant-seats";
import { latencySummary } from "@/server/modules/telemetry/latency";
import { rollUpAll } from "@/server/modules/telemetry/rollup";
import { superviseRollouts } from "@/server/modules/rollouts/supervise";
import { callerFor, createKey, createOrgWithMembers, SKU_INPUT } from "@/testing/factories";
import { SERVER_CONDITIONS } from "./lib/run";

const exec = promisify(execFile);
const server = createGatewayServer(db, { maxLagMs: Number.POSITIVE_INFINITY });
let gateway = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  gateway = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it("boots N virtual devices, refreshes them and reports interactions that reach the latency rollups", { timeout: 90_000 }, async () => {
  const { org, owner } = await createOrgWithMembers();
  const caller = callerFor(owner.id);
  const sku = await caller.sku.create({ orgSlug: org.slug, ...SKU_INPUT });
  await caller.skuConfig.saveDraft({ orgSlug: org.slug, skuId: sku.id, revision: 0, lineup: { agents: [{ agentId: "story-teller" }, { agentId: "kids-companion" }] } });
  await caller.skuConfig.publish({ orgSlug: org.slug, skuId: sku.id, revision: 1 });
  await grantSeats(db, org.id, { type: "system", label: "test" }, { seats: 8, reason: "simulator test" });

  const { stdout } = await exec(
    "node_modules/.bin/tsx",
    [SERVER_CONDITIONS, "scripts/simulate.ts", "--devices", "10", "--org", org.slug, "--gateway", gateway, "--duration", "3", "--report-every", "1", "--talk-share", "1"],
    { env: { ...process.env, DATABASE_URL: inject("databaseUrl") } },
  );
  const summary = JSON.parse(stdout) as { devices: number; booted: number; failures: Record<string, number>; interactionsReported: number };
  // 8 seats for 10 devices: two are refused with the contract's reason, not retried forever.
  expect(summary).toMatchObject({ devices: 10, booted: 8, failures: { LICENSE_EXHAUSTED: 2 } });
  // Talking back to back, every booted device starts a conversation at once: one each at least.
  expect(summary.interactionsReported).toBeGreaterThanOrEqual(8);

  await rollUpAll(db);
  const range = { from: new Date(Date.now() - 3_600_000), to: new Date(Date.now() + 60_000) };
  expect((await latencySummary(db, org.id, "voice", range)).count).toBe(summary.interactionsReported);
});

it("--slow-version plays a bad config version: its devices report slower, and a rollout's gate sends it back", { timeout: 90_000 }, async () => {
  const { org, owner } = await createOrgWithMembers();
  const caller = callerFor(owner.id);
  const orgSlug = org.slug;
  const sku = await caller.sku.create({ orgSlug, ...SKU_INPUT });
  await caller.skuConfig.saveDraft({ orgSlug, skuId: sku.id, revision: 0, lineup: { agents: [{ agentId: "story-teller" }] } });
  await caller.skuConfig.publish({ orgSlug, skuId: sku.id, revision: 1 });
  await caller.skuConfig.saveDraft({ orgSlug, skuId: sku.id, revision: 1, lineup: { agents: [{ agentId: "story-teller" }, { agentId: "kids-companion" }] } });
  const gate = { kind: "voice" as const, maxP95Ms: 1000, minInteractions: 3 };
  const { rolloutId } = await caller.skuConfig.publish({ orgSlug, skuId: sku.id, revision: 2, rollout: { steps: [50, 100], stepMinutes: 60, gate } });
  await grantSeats(db, org.id, { type: "system", label: "test" }, { seats: 20, reason: "simulator test" });

  await exec(
    "node_modules/.bin/tsx",
    [SERVER_CONDITIONS, "scripts/simulate.ts", "--devices", "20", "--org", orgSlug, "--gateway", gateway, "--duration", "3", "--report-every", "1", "--talk-share", "1", "--slow-version", "2", "--slow-ms", "1500"],
    { env: { ...process.env, DATABASE_URL: inject("databaseUrl") } },
  );
  await rollUpAll(db);
  const range = { from: new Date(Date.now() - 3_600_000), to: new Date(Date.now() + 60_000), skuId: sku.id };
  const [v1, v2] = await Promise.all([latencySummary(db, org.id, "voice", { ...range, configVersion: 1 }), latencySummary(db, org.id, "voice", { ...range, configVersion: 2 })]);
  // Both cohorts talked; the simulator's latency is log-normal around 700 ms, version 2's 1.5 s slower.
  expect(v1.count).toBeGreaterThan(0);
  expect(v2.count).toBeGreaterThan(0);
  expect(v1.p50!).toBeLessThan(1_200);
  expect(v2.p50!).toBeGreaterThan(2_000);

  await expect.poll(async () => {
    await rollUpAll(db);
    await superviseRollouts(db);
    return (await caller.rollout.list({ orgSlug, skuId: sku.id })).items[0]?.status;
  }, { timeout: 15_000, interval: 200 }).toBe("rolled_back");
  expect((await caller.rollout.list({ orgSlug, skuId: sku.id })).items[0]).toMatchObject({ rolloutId, reason: expect.stringMatching(/^version 2's voice p95 was [\d,]+ ms over \d+ interactions, above the gate's 1,000 ms\.$/) });
});

it("--console --api-key registers the fleet through the manufacturer API, as a factory would", { timeout: 90_000 }, async () => {
  const { org, owner } = await createOrgWithMembers();
  const caller = callerFor(owner.id);
  const sku = await caller.sku.create({ orgSlug: org.slug, ...SKU_INPUT, code: "SIM-API" });
  await caller.skuConfig.saveDraft({ orgSlug: org.slug, skuId: sku.id, revision: 0, lineup: { agents: [{ agentId: "story-teller" }] } });
  await caller.skuConfig.publish({ orgSlug: org.slug, skuId: sku.id, revision: 1 });
  await grantSeats(db, org.id, { type: "system", label: "test" }, { seats: 5, reason: "simulator API test" });
  const key = await createKey(org.id, ["skus:write", "devices:write"]);
  // The console's /api/v1 route handlers behind a plain HTTP server.
  const consoleServer = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request = new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers: req.headers as Record<string, string>, body: req.method === "POST" ? Buffer.concat(chunks) : undefined });
    const response = await (req.method === "POST" ? POST(request) : GET(request));
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => consoleServer.listen(0, "127.0.0.1", resolve));
  try {
    const consoleUrl = `http://127.0.0.1:${(consoleServer.address() as AddressInfo).port}`;
    const { stdout, stderr } = await exec(
      "node_modules/.bin/tsx",
      [SERVER_CONDITIONS, "scripts/simulate.ts", "--devices", "5", "--console", consoleUrl, "--api-key", key.key, "--sku", "SIM-API", "--gateway", gateway],
      { env: { ...process.env, DATABASE_URL: inject("databaseUrl") } },
    );
    expect(stderr).toContain("through http://127.0.0.1");
    expect(JSON.parse(stdout)).toMatchObject({ devices: 5, booted: 5 });
    const registered = await db.device.findMany({ where: { orgId: org.id }, select: { tags: true, status: true } });
    expect(registered).toHaveLength(5);
    expect(registered.every((device) => device.tags.includes("simulator") && device.status === "active")).toBe(true);
    // Registered by the key, as the audit log says.
    expect(await db.auditLog.count({ where: { orgId: org.id, actorApiKeyId: key.id, action: "devices.registered" } })).toBeGreaterThan(0);
  } finally {
    await new Promise<void>((resolve) => consoleServer.close(() => resolve()));
  }
});
