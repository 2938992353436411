/**
 * Guard audit: every procedure of every router is in the table of procedure-guards.ts, and
 * its actual guard — observed by calling it without credentials, with the wrong ones and
 * with the right ones — is the one the table names. Guards run before the procedure's own
 * input is validated, so the probes send no meaningful input: whatever error comes back
 * after the guard (usually BAD_REQUEST) shows the guard let the call through.
 */
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { API_SCOPES, ROLES, can, type ApiScope } from "@/shared/permissions";
import { ORG_PROCEDURES } from "@/testing/cross-tenant-calls";
import { createKey, createOrgWithMembers, createUnverifiedUser, createUser, SKU_INPUT, callerFor } from "@/testing/factories";
import { proceduresOf } from "@/testing/router-procedures";
import { createDeviceCaller, deviceApiRouter } from "./device/root";
import { API_V1_GUARDS, DEVICE_GUARDS, UI_GUARDS, type Guard } from "./procedure-guards";
import { appRouter } from "./root";
import { createInnerContext } from "./trpc";
import { createApiV1Caller, apiV1Router } from "./v1/root";
import { grantSeats } from "@/server/modules/licenses/grant-seats";

type Outcome = TRPCError["code"] | "OK";
type AnyCaller = Record<string, unknown>;

/** Calls `path` on a tRPC caller and reports the error code (or OK). */
async function outcome(caller: AnyCaller, path: string, input: unknown): Promise<{ code: Outcome; message: string }> {
  const call = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (input: unknown) => Promise<unknown>;
  try {
    await call(input);
    return { code: "OK", message: "" };
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, message: error.message };
    throw error;
  }
}

const SCOPES = API_SCOPES.filter((scope): scope is Exclude<ApiScope, "*"> => scope !== "*");
const describeGuard = (guard: Guard) => JSON.stringify(guard);

describe("procedure guard audit", () => {
  it("every procedure of every router has a row in the guard table, and no row is stale", () => {
    expect(Object.keys(proceduresOf(appRouter)).sort()).toEqual(Object.keys(UI_GUARDS).sort());
    expect(Object.keys(proceduresOf(apiV1Router)).sort()).toEqual(Object.keys(API_V1_GUARDS).sort());
    expect(Object.keys(proceduresOf(deviceApiRouter)).sort()).toEqual(Object.keys(DEVICE_GUARDS).sort());
  });

  it("every procedure guarded by organization membership has a cross-tenant test", () => {
    const orgGuarded = Object.entries(UI_GUARDS).filter(([, guard]) => guard.kind === "org").map(([path]) => path);
    expect(orgGuarded.sort()).toEqual(Object.keys(ORG_PROCEDURES).sort());
  });

  describe("console UI router", () => {
    let probe: Awaited<ReturnType<typeof createOrgWithMembers>>;
    let stranger: string;
    let unverified: string;
    let operator: string;

    beforeAll(async () => {
      probe = await createOrgWithMembers(["ADMIN", "DEVELOPER", "SALES", "VIEWER"]);
      stranger = (await createUser("Stranger")).id;
      unverified = (await createUnverifiedUser("Unproven")).id;
      operator = (await createUser("Operator")).id;
      await db.user.update({ where: { id: operator }, data: { isOperator: true } });
    });

    /** Members may have left (organization.leave really runs for allowed roles): put them back. */
    async function restoreMembers() {
      for (const role of ROLES.filter((r) => r !== "OWNER")) {
        const member = probe.members[role]!;
        const exists = await db.membership.findFirst({ where: { orgId: probe.org.id, userId: member.id } });
        if (!exists) await db.membership.create({ data: { orgId: probe.org.id, userId: member.id, role } });
        else if (exists.role !== role) await db.membership.update({ where: { id: exists.id }, data: { role } });
      }
    }

    async function observedGuard(path: string): Promise<Guard | { kind: "org"; roles: string[] } | { kind: "unclassified"; detail: string }> {
      const input = { orgSlug: probe.org.slug };
      const anonymous = await outcome(callerFor(null) as unknown as AnyCaller, path, input);
      if (anonymous.code !== "UNAUTHORIZED") return { kind: "public" };
      const asStranger = await outcome(callerFor(stranger) as unknown as AnyCaller, path, input);
      if (asStranger.code === "FORBIDDEN" && /operator/i.test(asStranger.message)) {
        const asOperator = await outcome(callerFor(operator) as unknown as AnyCaller, path, input);
        return asOperator.code === "FORBIDDEN" ? { kind: "unclassified", detail: "operators refused too" } : { kind: "operator" };
      }
      if (asStranger.code === "NOT_FOUND" && /Organization not found/.test(asStranger.message)) {
        const roles: string[] = [];
        for (const role of ROLES) {
          const userId = role === "OWNER" ? probe.owner.id : probe.members[role]!.id;
          const result = await outcome(callerFor(userId) as unknown as AnyCaller, path, input);
          if (result.code !== "FORBIDDEN") roles.push(role);
          await restoreMembers();
        }
        return { kind: "org", roles };
      }
      if (asStranger.code === "FORBIDDEN") return { kind: "unclassified", detail: asStranger.message };
      const asUnverified = await outcome(callerFor(unverified) as unknown as AnyCaller, path, input);
      if (asUnverified.code === "FORBIDDEN" && /Confirm your email/.test(asUnverified.message)) return { kind: "verified" };
      return { kind: "session" };
    }

    it.each(Object.entries(UI_GUARDS))("%s", async (path, guard) => {
      const observed = await observedGuard(path);
      const expected = guard.kind === "org" ? { kind: "org", roles: ROLES.filter((role) => can(role, guard.permission)) } : guard;
      expect(observed, `${path}: the table says ${describeGuard(guard)}`).toEqual(expected);
    });
  });

  describe("manufacturer API", () => {
    let keys: Record<ApiScope, string>;

    beforeAll(async () => {
      const { org } = await createOrgWithMembers();
      const entries = await Promise.all(([...SCOPES, "*"] as ApiScope[]).map(async (scope) => [scope, (await createKey(org.id, [scope])).key] as const));
      keys = Object.fromEntries(entries) as Record<ApiScope, string>;
    });

    const caller = (key: string | null) => createApiV1Caller(createInnerContext({ db, authorization: key ? `Bearer ${key}` : null })) as unknown as AnyCaller;

    it.each(Object.entries(API_V1_GUARDS))("%s", async (path, guard) => {
      expect((await outcome(caller(null), path, undefined)).code, "without a key").toBe("UNAUTHORIZED");
      expect((await outcome(caller("anima_sk_not-a-real-key"), path, undefined)).code, "with an unknown key").toBe("UNAUTHORIZED");
      const granted: (ApiScope | null)[] = [];
      for (const scope of SCOPES) if ((await outcome(caller(keys[scope]), path, undefined)).code !== "FORBIDDEN") granted.push(scope);
      expect((await outcome(caller(keys["*"]), path, undefined)).code, "with the * scope").not.toBe("FORBIDDEN");
      const observed = granted.length === SCOPES.length ? apiKeyGuard(null) : granted.length === 1 ? apiKeyGuard(granted[0]!) : { kind: "apiKey", scopes: granted };
      expect(observed, `${path}: the table says ${describeGuard(guard)}`).toEqual(guard);
    });
  });

  describe("device API", () => {
    let token = "";

    beforeAll(async () => {
      const { org, owner } = await createOrgWithMembers();
      const ui = callerFor(owner.id);
      const sku = await ui.sku.create({ orgSlug: org.slug, ...SKU_INPUT });
      const [device] = (await ui.device.register({ orgSlug: org.slug, skuId: sku.id, devices: [{ serial: "AUDIT-1" }] })).devices;
      await grantSeats(db, org.id, { type: "system", label: "test" }, { seats: 1, reason: "guard audit" });
      await ui.skuConfig.saveDraft({ orgSlug: org.slug, skuId: sku.id, revision: 0, lineup: { agents: [{ agentId: "story-teller" }] } });
      await ui.skuConfig.publish({ orgSlug: org.slug, skuId: sku.id, revision: 1 });
      token = (await createDeviceCaller(createInnerContext({ db })).device.boot({ deviceId: device!.id, secret: device!.secret })).session.token;
    });

    const caller = (bearer: string | null) => createDeviceCaller(createInnerContext({ db, authorization: bearer ? `Bearer ${bearer}` : null })) as unknown as AnyCaller;

    it.each(Object.entries(DEVICE_GUARDS))("%s", async (path, guard) => {
      const anonymous = await outcome(caller(null), path, undefined);
      if (anonymous.code !== "UNAUTHORIZED") {
        expect({ kind: "device" }, `${path}: the table says ${describeGuard(guard)}`).toEqual(guard);
        return;
      }
      expect((await outcome(caller("not.a.token"), path, undefined)).code, "with a forged token").toBe("UNAUTHORIZED");
      expect((await outcome(caller(token), path, undefined)).code, "with a valid token").not.toBe("UNAUTHORIZED");
      expect({ kind: "deviceSession" }, `${path}: the table says ${describeGuard(guard)}`).toEqual(guard);
    });
  });
});

function apiKeyGuard(scope: ApiScope | null): Guard {
  return { kind: "apiKey", scope };
}
