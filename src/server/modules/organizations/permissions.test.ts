import { describe, expect, it } from "vitest";
import { can, roleAllowsScope, scopeGrants } from "./permissions";

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
    expect(scopeGrants([], null)).toBe(true);
    expect(roleAllowsScope("SALES", "devices:write")).toBe(false);
    expect(roleAllowsScope("SALES", "licenses:read")).toBe(true);
    expect(roleAllowsScope("DEVELOPER", "*")).toBe(false);
  });
});
