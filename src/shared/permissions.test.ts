import { describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { API_SCOPES, can, keyAccess, roleAllowsScope, scopeGrants } from "./permissions";

describe("permissions", () => {
  it("only owners and admins manage members, keys and see the audit log", () => {
    for (const permission of ["members:manage", "apikeys:manage", "audit:read", "org:manage"] as const) {
      expect([can("OWNER", permission), can("ADMIN", permission)]).toEqual([true, true]);
      expect([can("DEVELOPER", permission), can("SALES", permission), can("VIEWER", permission)]).toEqual([false, false, false]);
    }
  });

  it("sales may buy licenses but not write SKUs; developers the reverse; viewers neither", () => {
    expect([can("SALES", "licenses:buy"), can("SALES", "skus:write")]).toEqual([true, false]);
    expect([can("DEVELOPER", "licenses:buy"), can("DEVELOPER", "skus:write")]).toEqual([false, true]);
    expect([can("VIEWER", "licenses:buy"), can("VIEWER", "skus:write"), can("VIEWER", "org:read")]).toEqual([false, false, true]);
  });

  it("keys: * grants every scope; a role caps what a key may carry", () => {
    expect(scopeGrants(["*"], "devices:write")).toBe(true);
    expect(scopeGrants(["licenses:read"], "devices:write")).toBe(false);
    expect(scopeGrants(["licenses:read"], null)).toBe(true);
    expect(scopeGrants([], null)).toBe(false);
    expect(roleAllowsScope("SALES", "devices:write")).toBe(false);
    expect(roleAllowsScope("SALES", "licenses:read")).toBe(true);
    expect(roleAllowsScope("DEVELOPER", "*")).toBe(false);
  });

  it("a role holds the scopes whose console permission it has; * only with every permission", () => {
    const held = (role: Role) => API_SCOPES.filter((scope) => roleAllowsScope(role, scope));
    expect(held("OWNER")).toEqual([...API_SCOPES]);
    expect(held("ADMIN")).toEqual([...API_SCOPES]);
    expect(held("DEVELOPER")).toEqual(["skus:write", "devices:write", "licenses:read", "telemetry:read", "webhooks:write"]);
    expect(held("SALES")).toEqual(["licenses:read", "telemetry:read"]);
    expect(held("VIEWER")).toEqual(["licenses:read", "telemetry:read"]);
  });

  it("a key keeps only what its creator's current role holds; nothing once the creator is gone", () => {
    expect(keyAccess(["*"], "ADMIN")).toEqual({ scopes: ["*"], limited: false });
    expect(keyAccess(["*"], "SALES")).toEqual({ scopes: ["licenses:read", "telemetry:read"], limited: true });
    expect(keyAccess(["skus:write", "licenses:read"], "VIEWER")).toEqual({ scopes: ["licenses:read"], limited: true });
    expect(keyAccess(["skus:write"], "VIEWER")).toEqual({ scopes: [], limited: true });
    expect(keyAccess(["skus:write"], "DEVELOPER")).toEqual({ scopes: ["skus:write"], limited: false });
    expect(keyAccess(["*"], null)).toEqual({ scopes: [], limited: true });
    expect(keyAccess(["*", "gone:scope"], "operator")).toEqual({ scopes: ["*"], limited: false });
  });
});
