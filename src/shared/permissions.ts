import type { Role } from "@/generated/prisma/enums";

export const ROLES = ["OWNER", "ADMIN", "DEVELOPER", "SALES", "VIEWER"] as const satisfies readonly Role[];

/**
 * What each role may do inside an organization. Roles are not a ladder (sales may buy
 * licenses, developers may not), so procedures ask for a permission, never a rank.
 */
const PERMISSIONS = {
  "org:read": ["OWNER", "ADMIN", "DEVELOPER", "SALES", "VIEWER"],
  "org:manage": ["OWNER", "ADMIN"],
  "members:manage": ["OWNER", "ADMIN"],
  "apikeys:manage": ["OWNER", "ADMIN"],
  "audit:read": ["OWNER", "ADMIN"],
  "skus:write": ["OWNER", "ADMIN", "DEVELOPER"],
  "devices:write": ["OWNER", "ADMIN", "DEVELOPER"],
  "licenses:buy": ["OWNER", "ADMIN", "SALES"],
  "webhooks:manage": ["OWNER", "ADMIN", "DEVELOPER"],
  "alerts:manage": ["OWNER", "ADMIN", "DEVELOPER"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** API key scopes, as fixed by the manufacturer API contract. */
export const API_SCOPES = ["skus:write", "devices:write", "licenses:read", "telemetry:read", "webhooks:write", "*"] as const;
export type ApiScope = (typeof API_SCOPES)[number];

/**
 * The console permission each API scope exercises, so a role's scopes follow from the one
 * permission table above: license balance and telemetry are what every member reads in the
 * console. `*` (every scope, including later ones) takes every permission there is.
 */
const SCOPE_PERMISSIONS: Record<Exclude<ApiScope, "*">, Permission> = {
  "skus:write": "skus:write",
  "devices:write": "devices:write",
  "licenses:read": "org:read",
  "telemetry:read": "org:read",
  "webhooks:write": "webhooks:manage",
};

/** True when a member of `role` could do themselves what `scope` lets a key do. */
export function roleAllowsScope(role: Role, scope: ApiScope): boolean {
  if (scope === "*") return (Object.keys(PERMISSIONS) as Permission[]).every((permission) => can(role, permission));
  return can(role, SCOPE_PERMISSIONS[scope]);
}

/** What caps a key: its creator's current role in the key's organization, null when the creator is gone, or the operator CLI's "operator" (no cap). */
export type KeyCap = Role | null | "operator";

/**
 * What a key given `scopes` may still do under `cap`: the scopes the creator's role still
 * holds, `*` standing for every scope; nothing when the creator is gone. `limited` says it
 * is less than the key was given. Unknown scopes are dropped.
 */
export function keyAccess(scopes: readonly string[], cap: KeyCap): { scopes: ApiScope[]; limited: boolean } {
  const known = scopes.filter((scope): scope is ApiScope => (API_SCOPES as readonly string[]).includes(scope));
  if (cap === null) return { scopes: [], limited: true };
  if (cap === "operator" || roleAllowsScope(cap, "*")) return { scopes: known, limited: false };
  const granted = known.includes("*") ? API_SCOPES : known;
  return { scopes: granted.filter((scope) => roleAllowsScope(cap, scope)), limited: known.some((scope) => !roleAllowsScope(cap, scope)) };
}

/** True when a key holding `granted` scopes may call a procedure requiring `required` (null: any scope). */
export function scopeGrants(granted: readonly string[], required: ApiScope | null): boolean {
  if (required === null) return granted.length > 0;
  return granted.includes("*") || granted.includes(required);
}

export const ROLE_LABELS: Record<Role, string> = {
  OWNER: "Owner",
  ADMIN: "Admin",
  DEVELOPER: "Developer",
  SALES: "Sales",
  VIEWER: "Viewer",
};
