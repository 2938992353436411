/** Staged rollouts through the manufacturer API over HTTP: publish with a plan, get, list, promote, abort; errors and tenants. */
import { describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/v1/[trpc]/route";
import { db } from "@/server/db";
import { createKey, createOrgWithMembers, SKU_INPUT } from "@/testing/factories";

type Envelope = { result?: { data: Record<string, unknown> }; error?: { message: string; data: Record<string, unknown> } };

async function mutate(path: string, key: string, body: unknown) {
  const request = new Request(`http://localhost/api/v1/${path}`, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify(body) });
  const response = await POST(request);
  return { status: response.status, body: (await response.json()) as Envelope };
}

async function query(path: string, key: string, input: unknown) {
  const response = await GET(new Request(`http://localhost/api/v1/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers: { authorization: `Bearer ${key}` } }));
  return { status: response.status, body: (await response.json()) as Envelope };
}

const PLAN = { steps: [5, 25, 100], stepMinutes: 60, gate: { kind: "voice", maxP95Ms: 1000, maxRegressionPct: 20, minInteractions: 100 } };

/** An organization with a write key and a SKU whose version 1 is live. */
async function liveSku() {
  const { org } = await createOrgWithMembers();
  const key = (await createKey(org.id, ["skus:write"])).key;
  const skuId = String((await mutate("skus.create", key, SKU_INPUT)).body.result!.data.id);
  expect((await mutate("skus.publishConfig", key, { skuId, agents: [{ agentId: "story-teller" }] })).body.result?.data).toEqual({ configVersion: 1 });
  return { org, key, skuId };
}

describe("/api/v1 staged rollouts", () => {
  it("publishConfig with a rollout answers its id; get, promote and abort answer the contract's shape", async () => {
    const { key, skuId } = await liveSku();
    const published = await mutate("skus.publishConfig", key, { skuId, agents: [{ agentId: "kids-companion" }], rollout: PLAN });
    expect(published.status).toBe(200);
    const { rolloutId } = published.body.result!.data as { rolloutId: string };
    expect(published.body.result!.data).toEqual({ configVersion: 2, rolloutId: expect.any(String) });

    const got = await query("rollouts.get", key, { rolloutId });
    expect(got.body.result!.data).toMatchObject({ rolloutId, skuId, fromVersion: 1, toVersion: 2, status: "running", percent: 5, steps: [5, 25, 100], gate: PLAN.gate });
    expect(got.body.result!.data).not.toHaveProperty("reason"); // the contract's `reason?`: only once there is one
    expect(typeof got.body.result!.data.stepEndsAt).toBe("string");

    expect((await mutate("rollouts.pause", key, { rolloutId })).body.result!.data).toMatchObject({ status: "paused", percent: 5, stepEndsAt: null });
    const twice = await mutate("rollouts.pause", key, { rolloutId });
    expect(twice.status).toBe(409);
    expect(twice.body.error!.data).toMatchObject({ code: "CONFLICT", reason: "ROLLOUT_STATE" });
    expect((await mutate("rollouts.resume", key, { rolloutId })).body.result!.data).toMatchObject({ status: "running", percent: 5 });
    expect((await mutate("rollouts.promote", key, { rolloutId })).body.result!.data).toMatchObject({ status: "running", percent: 25 });
    const aborted = await mutate("rollouts.abort", key, { rolloutId, reason: "Wrong voice on the German units." });
    expect(aborted.body.result!.data).toMatchObject({ status: "aborted", percent: 0, reason: "Wrong voice on the German units." });
    const again = await mutate("rollouts.promote", key, { rolloutId });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ message: "This rollout has already been aborted.", data: { code: "CONFLICT", reason: "ROLLOUT_FINISHED" } });

    const list = await query("rollouts.list", key, { skuId });
    expect(list.body.result!.data).toMatchObject({ total: 1, page: 1, rollouts: [{ rolloutId, status: "aborted" }] });
  });

  it("refuses a bad plan with the field named, and a publish while a rollout runs, storing nothing", async () => {
    const { key, skuId } = await liveSku();
    const cases: [unknown, RegExp][] = [
      [{ ...PLAN, steps: [25, 5, 100] }, /steps must be strictly ascending/],
      [{ ...PLAN, steps: [5, 50] }, /The last step must be 100/],
      [{ ...PLAN, steps: [5, 120] }, /at most 100/],
      [{ ...PLAN, stepMinutes: 0 }, /stepMinutes must be at least 1/],
      [{ ...PLAN, gate: { maxP95Ms: -5 } }, /maxP95Ms must be at least 1/],
      [{ ...PLAN, gate: { kind: "voice" } }, /A gate needs maxP95Ms, maxRegressionPct or both/],
    ];
    for (const [rollout, message] of cases) {
      const refused = await mutate("skus.publishConfig", key, { skuId, agents: [{ agentId: "kids-companion" }], rollout });
      expect(refused.status, JSON.stringify(rollout)).toBe(400);
      expect(refused.body.error!.message).toMatch(message);
    }
    expect(await db.skuConfigVersion.count({ where: { skuId } })).toBe(1);
    expect(await db.rollout.count({ where: { skuId } })).toBe(0);

    await mutate("skus.publishConfig", key, { skuId, agents: [{ agentId: "kids-companion" }], rollout: PLAN });
    const busy = await mutate("skus.publishConfig", key, { skuId, agents: [{ agentId: "story-teller" }] });
    expect(busy.status).toBe(409);
    expect(busy.body.error!.data).toMatchObject({ code: "CONFLICT", reason: "ROLLOUT_ACTIVE" });
    expect(await db.skuConfigVersion.count({ where: { skuId } })).toBe(2);
  });

  it("another organization's key can neither see nor change a rollout", async () => {
    const { key, skuId } = await liveSku();
    const { rolloutId } = (await mutate("skus.publishConfig", key, { skuId, agents: [{ agentId: "kids-companion" }], rollout: PLAN })).body.result!.data as { rolloutId: string };
    const { org: other } = await createOrgWithMembers();
    const intruder = (await createKey(other.id, ["*"])).key;
    for (const [status, body] of [
      [(await query("rollouts.get", intruder, { rolloutId })).status, (await query("rollouts.get", intruder, { rolloutId })).body],
      [(await mutate("rollouts.promote", intruder, { rolloutId })).status, null],
      [(await mutate("rollouts.abort", intruder, { rolloutId })).status, null],
      [(await mutate("rollouts.pause", intruder, { rolloutId })).status, null],
      [(await mutate("rollouts.resume", intruder, { rolloutId })).status, null],
    ] as const) {
      expect(status).toBe(404);
      if (body) expect(body.error!.data).toMatchObject({ reason: "ROLLOUT_NOT_FOUND" });
    }
    const list = await query("rollouts.list", intruder, { skuId });
    expect(list.status).toBe(404);
    expect(list.body.error!.data).toMatchObject({ reason: "SKU_NOT_FOUND" });
    expect(await db.rollout.findUniqueOrThrow({ where: { id: rolloutId } })).toMatchObject({ status: "running", stepIndex: 0 });
  });
});
