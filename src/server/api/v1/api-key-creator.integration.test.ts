/**
 * A key never does more than its creator could do now: the creator's current role in the
 * key's organization caps its scopes on every call (over the /api/v1 route handler).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/[trpc]/route";
import type { Role } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import { callerFor, createKey, createOrgWithMembers, createUser } from "@/testing/factories";
import { createOrganization } from "@/server/modules/organizations/organizations";
import type { ApiScope } from "@/shared/permissions";

async function call(procedure: string, key: string) {
  const request = new Request(`http://localhost/api/v1/${procedure}`, { headers: { authorization: `Bearer ${key}` } });
  const response = await GET(request);
  return { status: response.status, body: (await response.json()) as { result?: { data: unknown }; error?: { data: { reason?: string } } } };
}

/** The scopes `me` reports, or the refusal's status and reason. */
async function access(key: string) {
  const { status, body } = await call("me", key);
  return status === 200 ? (body.result!.data as { scopes: string[] }).scopes : { status, reason: body.error?.data.reason };
}

/** Every procedure a key with any scope may call, including `me`: all refused with 403 and `reason`. */
async function expectRefusedEverywhere(key: string, reason: string) {
  for (const procedure of ["me", "catalog.list", "skus.list", "licenses.balance", "devices.list"]) {
    const { status, body } = await call(procedure, key);
    expect(status, procedure).toBe(403);
    expect(body.error?.data.reason, procedure).toBe(reason);
  }
}

/** An organization whose member of `role` created a key with `scopes` (through the module, as the console does). */
async function keyOf(role: Role, scopes: ApiScope[]) {
  const { org, owner, members } = await createOrgWithMembers([role]);
  const creator = members[role]!;
  const key = await createKey(org.id, scopes, { actor: { type: "user", userId: creator.id }, role });
  const setRole = (next: Role) => callerFor(owner.id).member.changeRole({ orgSlug: org.slug, membershipId: creator.membershipId, role: next });
  return { org, owner, creator, key, setRole };
}

describe("a key whose creator was demoted", () => {
  it("developer → viewer: keeps only what a viewer holds; promoted back, it has everything again", async () => {
    const { key, setRole } = await keyOf("DEVELOPER", ["skus:write", "licenses:read"]);
    expect(await access(key.key)).toEqual(["skus:write", "licenses:read"]);
    await setRole("VIEWER");
    expect(await access(key.key)).toEqual(["licenses:read"]);
    expect((await call("licenses.balance", key.key)).status).toBe(200);
    const refused = await call("devices.list", key.key);
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).toContain("its creator's role is now viewer");
    await setRole("DEVELOPER");
    expect(await access(key.key)).toEqual(["skus:write", "licenses:read"]);
  });

  it("developer → viewer with only write scopes: the key answers 403 to everything, me included", async () => {
    const { key, setRole } = await keyOf("DEVELOPER", ["skus:write", "devices:write"]);
    await setRole("VIEWER");
    await expectRefusedEverywhere(key.key, "API_KEY_NO_SCOPES");
    await setRole("ADMIN");
    expect(await access(key.key)).toEqual(["skus:write", "devices:write"]);
  });

  it("admin → developer: a * key keeps the scopes a developer holds, not *; promoted back, * again", async () => {
    const { key, setRole } = await keyOf("ADMIN", ["*"]);
    expect(await access(key.key)).toEqual(["*"]);
    await setRole("DEVELOPER");
    expect(await access(key.key)).toEqual(["skus:write", "devices:write", "licenses:read", "telemetry:read", "webhooks:write"]);
    await setRole("SALES");
    expect(await access(key.key)).toEqual(["licenses:read", "telemetry:read"]);
    await setRole("ADMIN");
    expect(await access(key.key)).toEqual(["*"]);
  });
});

describe("a key whose creator is gone", () => {
  it("removed from the organization: 403 for everything; back as a member, the key works again", async () => {
    const { org, owner, creator, key } = await keyOf("ADMIN", ["*"]);
    await callerFor(owner.id).member.remove({ orgSlug: org.slug, membershipId: creator.membershipId });
    await expectRefusedEverywhere(key.key, "API_KEY_CREATOR_GONE");
    await db.membership.create({ data: { orgId: org.id, userId: creator.id, role: "ADMIN" } });
    expect(await access(key.key)).toEqual(["*"]);
  });

  it("deleted: 403 for everything (the key does not turn into an operator key)", async () => {
    const { creator, key } = await keyOf("ADMIN", ["*"]);
    await db.user.delete({ where: { id: creator.id } });
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).createdById).toBeNull();
    await expectRefusedEverywhere(key.key, "API_KEY_CREATOR_GONE");
  });

  it("an admin of another organization gives this organization's key nothing", async () => {
    const { org: orgA, owner: ownerA, creator, key } = await keyOf("ADMIN", ["*"]);
    const orgB = await createOrganization(db, creator.id, { name: "Creator's own org" });
    expect(await db.membership.findFirst({ where: { orgId: orgB.id, userId: creator.id } })).toMatchObject({ role: "OWNER" });
    await callerFor(ownerA.id).member.remove({ orgSlug: orgA.slug, membershipId: creator.membershipId });
    await expectRefusedEverywhere(key.key, "API_KEY_CREATOR_GONE");

    // A key of A naming as creator someone who was only ever a member of B holds nothing in A.
    const outsider = await createUser("Outsider");
    const { org: orgC } = await createOrgWithMembers();
    await db.membership.create({ data: { orgId: orgB.id, userId: outsider.id, role: "ADMIN" } });
    const foreign = await createKey(orgC.id, ["*"], { actor: { type: "user", userId: outsider.id }, role: "ADMIN" });
    await expectRefusedEverywhere(foreign.key, "API_KEY_CREATOR_GONE");
  });
});

describe("keys of the operator CLI", () => {
  it("have no creator to cap them and keep their scopes", async () => {
    const { org } = await createOrgWithMembers();
    const key = await createKey(org.id, ["devices:write", "licenses:read"]);
    expect(await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).toMatchObject({ createdById: null, operatorIssued: true });
    expect(await access(key.key)).toEqual(["devices:write", "licenses:read"]);
    expect((await call("devices.list", key.key)).status).toBe(200);
  });

  it("the migration marks earlier creator-less keys as the CLI's, unless their creation was audited as a member's", async () => {
    const cli = await keyOf("ADMIN", ["*"]);
    const cliKey = await createKey(cli.org.id, ["*"]);
    await db.apiKey.update({ where: { id: cliKey.id }, data: { operatorIssued: false } });
    await db.user.delete({ where: { id: cli.creator.id } });
    await db.apiKey.update({ where: { id: cli.key.id }, data: { operatorIssued: false } });

    const dir = path.resolve(import.meta.dirname, "../../../../prisma/migrations");
    const migration = readFileSync(path.join(dir, "20261204052101_api_key_operator_issued/migration.sql"), "utf8");
    await db.$executeRawUnsafe(migration.slice(migration.indexOf("UPDATE")));

    expect(await access(cliKey.key)).toEqual(["*"]);
    expect(await access(cli.key.key)).toEqual({ status: 403, reason: "API_KEY_CREATOR_GONE" });
  });
});

describe("the console's list of keys", () => {
  it("shows what each key may do now and why it is limited", async () => {
    const { org, owner, key, setRole } = await keyOf("ADMIN", ["*"]);
    const list = async () => (await callerFor(owner.id).apiKey.list({ orgSlug: org.slug })).find((row) => row.id === key.id);
    expect(await list()).toMatchObject({ scopes: ["*"], effectiveScopes: ["*"], limitedBy: null });
    await setRole("VIEWER");
    expect(await list()).toMatchObject({ scopes: ["*"], effectiveScopes: ["licenses:read", "telemetry:read"], limitedBy: { creatorRole: "VIEWER" } });
    await db.user.delete({ where: { id: (await db.apiKey.findUniqueOrThrow({ where: { id: key.id } })).createdById! } });
    expect(await list()).toMatchObject({ effectiveScopes: [], limitedBy: { creatorRole: null }, createdBy: "Deleted account" });
  });
});
