/** The manufacturer API over HTTP (the route handler with real Requests): keys, scopes, envelope. */
import { describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/v1/[trpc]/route";
import { db } from "@/server/db";
import { callerFor, createKey, createOrgWithMembers, expectTRPCError } from "@/testing/factories";

async function call(path: string, key: string | null, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  if (key) headers.set("authorization", `Bearer ${key}`);
  const request = new Request(`http://localhost/api/v1/${path}`, { ...init, headers });
  const response = await (init.method === "POST" ? POST(request) : GET(request));
  return { status: response.status, body: (await response.json()) as Record<string, never> };
}

describe("/api/v1 authentication", () => {
  it("me returns the key's organization and scopes in the plain tRPC envelope", async () => {
    const { org } = await createOrgWithMembers();
    const key = await createKey(org.id, ["licenses:read", "skus:write"]);
    const { status, body } = await call("me", key.key);
    expect(status).toBe(200);
    expect(body).toEqual({
      result: { data: { orgId: org.id, apiKeyId: key.id, name: key.name, scopes: ["licenses:read", "skus:write"] } },
    });
  });

  it("refuses a missing, malformed, unknown, revoked or expired key with 401 and a reason", async () => {
    const { org, owner } = await createOrgWithMembers();
    const revoked = await createKey(org.id, ["*"]);
    await callerFor(owner.id).apiKey.revoke({ orgSlug: org.slug, apiKeyId: revoked.id });
    const expired = await createKey(org.id, ["*"]);
    await db.apiKey.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });

    const cases: [string | null, string][] = [
      [null, "INVALID_API_KEY"],
      ["not-a-key", "INVALID_API_KEY"],
      [`anima_sk_${"A".repeat(43)}`, "INVALID_API_KEY"],
      [revoked.key, "API_KEY_REVOKED"],
      [expired.key, "API_KEY_EXPIRED"],
    ];
    for (const [key, reason] of cases) {
      const { status, body } = await call("me", key);
      expect(status, String(key)).toBe(401);
      expect(body).toMatchObject({ error: { code: -32001, data: { code: "UNAUTHORIZED", httpStatus: 401, reason } } });
    }
  });

  it("stores only the hash and shows the key once", async () => {
    const { org, owner } = await createOrgWithMembers();
    const created = await callerFor(owner.id).apiKey.create({ orgSlug: org.slug, name: "factory line", scopes: ["devices:write"] });
    expect(created.key).toMatch(/^anima_sk_[A-Za-z0-9_-]{43}$/);
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.hash).not.toContain(created.key);
    expect(JSON.stringify(row)).not.toContain(created.key);
    const listed = await callerFor(owner.id).apiKey.list({ orgSlug: org.slug });
    expect(JSON.stringify(listed)).not.toContain(created.key);
    expect(listed[0]).toMatchObject({ prefix: created.key.slice(0, 15), scopes: ["devices:write"], lastUsedAt: null });

    await call("me", created.key);
    const used = await callerFor(owner.id).apiKey.list({ orgSlug: org.slug });
    expect(used[0]?.lastUsedAt).toBeInstanceOf(Date);
  });

  it("a key expires after 90 days unless its creator chooses 30, 365 or never; once expired it is refused with a 401 saying so", async () => {
    const { org, owner } = await createOrgWithMembers();
    const caller = callerFor(owner.id);
    const daysLeft = (expiresAt: Date | null) => (expiresAt ? Math.round((expiresAt.getTime() - Date.now()) / 86_400_000) : null);
    const byDefault = await caller.apiKey.create({ orgSlug: org.slug, name: "default", scopes: ["*"] });
    expect(daysLeft(byDefault.expiresAt)).toBe(90);
    for (const expiresInDays of [30, 365, null]) {
      const chosen = await caller.apiKey.create({ orgSlug: org.slug, name: `chosen ${expiresInDays}`, scopes: ["*"], expiresInDays });
      expect(daysLeft(chosen.expiresAt)).toBe(expiresInDays);
    }
    await expectTRPCError(caller.apiKey.create({ orgSlug: org.slug, name: "k", scopes: ["*"], expiresInDays: 0 }), "BAD_REQUEST");

    expect((await call("me", byDefault.key)).status).toBe(200);
    await db.apiKey.update({ where: { id: byDefault.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const refused = await call("me", byDefault.key);
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ error: { message: "This API key has expired.", data: { reason: "API_KEY_EXPIRED" } } });
  });

  it("a key never grants more than its creator's current role; it dies when the creator leaves", async () => {
    const { org, owner, members } = await createOrgWithMembers(["ADMIN"]);
    const admin = { actor: { type: "user" as const, userId: members.ADMIN!.id }, role: "ADMIN" as const };
    const key = await createKey(org.id, ["*", "licenses:read"], admin);
    expect((await call("me", key.key)).body).toMatchObject({ result: { data: { scopes: ["*", "licenses:read"] } } });

    await callerFor(owner.id).member.changeRole({ orgSlug: org.slug, membershipId: members.ADMIN!.membershipId, role: "SALES" });
    expect((await call("me", key.key)).body).toMatchObject({ result: { data: { scopes: ["licenses:read", "telemetry:read"] } } });

    await callerFor(owner.id).member.remove({ orgSlug: org.slug, membershipId: members.ADMIN!.membershipId });
    expect(await call("me", key.key)).toMatchObject({ status: 403, body: { error: { data: { reason: "API_KEY_CREATOR_GONE" } } } });
  });

  it("validates key creation input with clear messages", async () => {
    const { org, owner } = await createOrgWithMembers();
    const caller = callerFor(owner.id);
    await expectTRPCError(caller.apiKey.create({ orgSlug: org.slug, name: "", scopes: ["*"] }), "BAD_REQUEST", /name/);
    await expectTRPCError(caller.apiKey.create({ orgSlug: org.slug, name: "k", scopes: [] }), "BAD_REQUEST", /at least one scope/);
    // @ts-expect-error an unknown scope on purpose
    await expectTRPCError(caller.apiKey.create({ orgSlug: org.slug, name: "k", scopes: ["root"] }), "BAD_REQUEST", /Scopes are/);
    expect(await caller.apiKey.list({ orgSlug: org.slug })).toEqual([]);
  });

  it("refuses a declared body over the limit with 413 before reading it", async () => {
    const { org } = await createOrgWithMembers();
    const key = await createKey(org.id, ["*"]);
    const response = await call("devices.register", key.key, {
      method: "POST",
      body: "{}",
      headers: { "content-type": "application/json", "content-length": String(5 * 1024 * 1024) },
    });
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ error: { data: { reason: "PAYLOAD_TOO_LARGE" } } });
  });

  it("answers unknown procedures and bad JSON with 4xx, never 500", async () => {
    const { org } = await createOrgWithMembers();
    const key = await createKey(org.id, ["*"]);
    expect((await call("nope", key.key)).status).toBe(404);
    const bad = await call("me", key.key, { method: "POST", body: "{not json", headers: { "content-type": "application/json" } });
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expect(bad.status).toBeLessThan(500);
  });
});
